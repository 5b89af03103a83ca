"""EventBridge L1s: a bus, rules with structured targets (maps, nested structs, JSON patterns), an archive,
a connection and an API destination, a bus policy; attributes used across resources and in outputs."""

import json

from purecdk import App, Aws, CfnOutput, CfnTag, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsL1Stack")

bus = events.CfnEventBus(
    stack,
    "Bus",
    name="orders-bus",
    description="Events of the orders domain",
    kms_key_identifier=f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    dead_letter_config=events.CfnEventBus.DeadLetterConfigProperty(
        arn=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:orders-bus-dlq"
    ),
    log_config=events.CfnEventBus.LogConfigProperty(include_detail="FULL", level="INFO"),
    policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AllowPartner",
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                "Action": "events:PutEvents",
                "Resource": f"arn:{Aws.PARTITION}:events:{Aws.REGION}:{Aws.ACCOUNT_ID}:event-bus/orders-bus",
            }
        ],
    },
    tags=[CfnTag(key="domain", value="orders")],
)

connection = events.CfnConnection(
    stack,
    "Connection",
    name="billing-api",
    description="The billing API",
    authorization_type="API_KEY",
    auth_parameters=events.CfnConnection.AuthParametersProperty(
        api_key_auth_parameters=events.CfnConnection.ApiKeyAuthParametersProperty(
            api_key_name="x-api-key", api_key_value="{{resolve:secretsmanager:billing-api-key}}"
        ),
        invocation_http_parameters=events.CfnConnection.ConnectionHttpParametersProperty(
            header_parameters=[
                events.CfnConnection.ParameterProperty(key="x-source", value="eventbridge"),
                events.CfnConnection.ParameterProperty(key="x-token", value="secret", is_value_secret=True),
            ],
            query_string_parameters=[events.CfnConnection.ParameterProperty(key="version", value="2")],
            body_parameters=[events.CfnConnection.ParameterProperty(key="origin", value="orders")],
        ),
    ),
)

destination = events.CfnApiDestination(
    stack,
    "Destination",
    name="billing-invoices",
    description="Create invoices",
    connection_arn=connection.attr_arn,
    http_method="POST",
    invocation_endpoint="https://billing.example.com/invoices/*",
    invocation_rate_limit_per_second=20,
)

pattern = {"source": ["orders"], "detail-type": ["OrderPlaced"], "detail": {"amount": [{"numeric": [">", 100]}]}}
rule = events.CfnRule(
    stack,
    "Rule",
    name="large-orders",
    description="Large orders go to billing",
    event_bus_name=bus.ref,
    event_pattern=pattern,
    state="ENABLED",
    role_arn=f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/events-invoke",
    targets=[
        events.CfnRule.TargetProperty(
            id="Billing",
            arn=destination.attr_arn,
            role_arn=f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/events-api-destination",
            http_parameters=events.CfnRule.HttpParametersProperty(
                header_parameters={"x-order": "$.detail.id", "content-type": "application/json"},
                query_string_parameters={"priority": "high"},
                path_parameter_values=["$.detail.customer"],
            ),
            input_transformer=events.CfnRule.InputTransformerProperty(
                input_paths_map={"id": "$.detail.id", "amount": "$.detail.amount"},
                input_template='{"order": <id>, "total": <amount>}',
            ),
            retry_policy=events.CfnRule.RetryPolicyProperty(maximum_event_age_in_seconds=3600, maximum_retry_attempts=5),
            dead_letter_config=events.CfnRule.DeadLetterConfigProperty(
                arn=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:billing-dlq"
            ),
        ),
        events.CfnRule.TargetProperty(
            id="Fifo",
            arn=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:orders.fifo",
            sqs_parameters=events.CfnRule.SqsParametersProperty(message_group_id="orders"),
            input_path="$.detail",
        ),
        events.CfnRule.TargetProperty(
            id="Stream",
            arn=f"arn:{Aws.PARTITION}:kinesis:{Aws.REGION}:{Aws.ACCOUNT_ID}:stream/orders",
            kinesis_parameters=events.CfnRule.KinesisParametersProperty(partition_key_path="$.detail.id"),
            input=json.dumps({"constant": True}),
        ),
    ],
    tags=[CfnTag(key="priority", value="high")],
)

events.CfnRule(
    stack,
    "Nightly",
    schedule_expression="cron(0 3 * * ? *)",
    state="DISABLED",
    targets=[
        events.CfnRule.TargetProperty(
            id="Command",
            arn=f"arn:{Aws.PARTITION}:ssm:{Aws.REGION}::document/AWS-RunShellScript",
            role_arn=f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/events-ssm",
            run_command_parameters=events.CfnRule.RunCommandParametersProperty(
                run_command_targets=[
                    events.CfnRule.RunCommandTargetProperty(key="tag:role", values=["batch", "report"])
                ]
            ),
        )
    ],
)

archive = events.CfnArchive(
    stack,
    "Archive",
    source_arn=bus.attr_arn,
    archive_name="orders-archive",
    description="Every order event",
    event_pattern={"source": ["orders"]},
    retention_days=30,
)

events.CfnEventBusPolicy(
    stack,
    "BusPolicy",
    statement_id="AllowOrg",
    event_bus_name=bus.ref,
    statement={
        "Effect": "Allow",
        "Principal": "*",
        "Action": "events:PutEvents",
        "Resource": bus.attr_arn,
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1234567890"}},
    },
)

CfnOutput(stack, "BusArn", value=bus.attr_arn)
CfnOutput(stack, "BusName", value=bus.attr_name)
CfnOutput(stack, "RuleArn", value=rule.attr_arn)
CfnOutput(stack, "ArchiveArn", value=archive.attr_arn)
CfnOutput(stack, "ConnectionSecret", value=connection.attr_secret_arn)
CfnOutput(stack, "DestinationArn", value=destination.attr_arn)

app.synth()
