"""targets.SnsTopic on an ECR scan rule: topic policy (events.amazonaws.com), message input, role-based publishing."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "TargetsSns")

repository = ecr.Repository(stack, "Repo", image_scan_on_push=True)
topic = sns.Topic(stack, "ScanTopic", display_name="Image scans")
rule = repository.on_image_scan_completed(
    "Scanned",
    target=targets.SnsTopic(
        topic,
        message=events.RuleTargetInput.from_text(
            f"Scan of {events.EventField.from_path('$.detail.repository-name')} finished: "
            f"{events.EventField.from_path('$.detail.finding-severity-counts')}"
        ),
    ),
)
rule.add_target(targets.SnsTopic(topic))

other = sns.Topic(stack, "RoleTopic")
rule.add_target(targets.SnsTopic(other, authorize_using_role=True))
given = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
rule.add_target(targets.SnsTopic(other, role=given))

imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:external")
events.Rule(
    stack,
    "Daily",
    schedule=events.Schedule.cron(minute="0", hour="8"),
    targets=[targets.SnsTopic(imported, message=events.RuleTargetInput.from_object({"kind": "daily"}))],
)

app.synth()
