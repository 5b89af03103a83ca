"""events.Connection, events.ApiDestination and the ApiDestination target: an ECR repository's scan findings sent
to a Slack webhook (API key from Secrets Manager) and to Jira (basic auth, parameters), an OAuth connection, and
imported connections and destinations."""

from purecdk import App, Duration, SecretValue, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "Webhooks")
repo = ecr.Repository(stack, "Repo", image_scan_on_push=True)

slack_connection = events.Connection(
    stack,
    "Slack",
    authorization=events.Authorization.api_key(
        "x-api-key", SecretValue.secrets_manager("slack/webhook", json_field="token")
    ),
    description="Slack webhook",
)
slack = events.ApiDestination(
    stack,
    "SlackWebhook",
    connection=slack_connection,
    endpoint="https://hooks.slack.com/services/T000/B000/XXXX",
    rate_limit_per_second=5,
)
dlq = sqs.Queue(stack, "Dlq")
repo.on_image_scan_completed(
    "ScanToSlack",
    target=targets.ApiDestination(
        slack,
        event=events.RuleTargetInput.from_object(
            {"text": f"Scan of {events.EventField.from_path('$.detail.repository-name')} finished"}
        ),
        dead_letter_queue=dlq,
        retry_attempts=3,
        max_event_age=Duration.hours(2),
    ),
)

jira_connection = events.Connection(
    stack,
    "Jira",
    connection_name="jira",
    authorization=events.Authorization.basic("robot", SecretValue.secrets_manager("jira/robot", json_field="password")),
    header_parameters={
        "X-Team": events.HttpParameter.from_string("security"),
        "X-Token": events.HttpParameter.from_secret(SecretValue.secrets_manager("jira/token")),
    },
    query_string_parameters={"project": events.HttpParameter.from_string("SEC")},
    body_parameters={"source": events.HttpParameter.from_string("ecr")},
)
jira = events.ApiDestination(
    stack,
    "JiraIssues",
    api_destination_name="jira-issues",
    description="create Jira issues",
    connection=jira_connection,
    endpoint="https://example.atlassian.net/rest/api/2/issue/*",
    http_method=events.HttpMethod.PUT,
)
rule = repo.on_image_scan_completed("ScanToJira", image_tags=["prod"])
rule.add_target(
    targets.ApiDestination(
        jira,
        header_parameters={"X-Priority": "high"},
        path_parameter_values=["SEC-1"],
        query_string_parameters={"notify": "true"},
    )
)
rule.add_target(targets.ApiDestination(slack))

oauth = events.Connection(
    stack,
    "OAuth",
    authorization=events.Authorization.oauth(
        authorization_endpoint="https://auth.example.com/token",
        client_id="client",
        client_secret=SecretValue.secrets_manager("oauth/client"),
        http_method=events.HttpMethod.POST,
        header_parameters={"Accept": events.HttpParameter.from_string("application/json")},
    ),
)
plain_oauth = events.Connection(
    stack,
    "PlainOAuth",
    authorization=events.Authorization.oauth(
        authorization_endpoint="https://auth.example.com/token",
        client_id="client",
        client_secret=SecretValue.unsafe_plain_text("secret"),
        http_method=events.HttpMethod.GET,
    ),
)
role = iam.Role(stack, "InvokeRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
for connection in (oauth, plain_oauth):
    destination = events.ApiDestination(
        stack, f"{connection.node.id}Destination", connection=connection, endpoint="https://api.example.com"
    )
    repo.on_event(f"{connection.node.id}Rule", target=targets.ApiDestination(destination, event_role=role))

imported_connection = events.Connection.from_event_bus_arn(
    stack,
    "ImportedConnection",
    "arn:aws:events:us-east-1:123456789012:connection/pagerduty/3b2b1f8c-1111-2222-3333-444455556666",
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/pagerduty/abc-AbCdEf",
)
pagerduty = events.ApiDestination(
    stack, "PagerDuty", connection=imported_connection, endpoint="https://events.pagerduty.com/v2/enqueue"
)
imported_destination = events.ApiDestination.from_api_destination_attributes(
    stack,
    "ImportedDestination",
    api_destination_arn="arn:aws:events:us-east-1:123456789012:api-destination/opsgenie/0000-1111",
    connection=imported_connection,
)
repo.on_cloud_trail_image_pushed(
    "PushToPagers", target=targets.ApiDestination(pagerduty)
).add_target(targets.ApiDestination(imported_destination))

app.synth()
