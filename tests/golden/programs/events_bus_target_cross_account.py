"""aws_events_targets.EventBus across accounts and regions: a workload stack's scan rule puts events on a named
bus of a central security stack (its ARN crosses environments by name), which lets the workload account put; on a
named bus of another region, and on an unnamed bus of another stack (a cross-stack reference)."""

from purecdk import App, Environment, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam

app = App()
central = Stack(app, "Central", env=Environment(account="999999999999", region="eu-west-1"))
workload = Stack(app, "Workload", env=Environment(account="111111111111", region="us-east-1"))

bus = events.EventBus(central, "Findings", event_bus_name="security-findings")
bus.grant_put_events_to(iam.AccountPrincipal("111111111111"), "AllowWorkloadAccount")
events.Rule(
    central,
    "Archive",
    event_bus=bus,
    event_pattern=events.EventPattern(source=["aws.ecr"], detail_type=["ECR Image Scan"]),
)

repo = ecr.Repository(workload, "Repo", image_scan_on_push=True)
scan_rule = repo.on_image_scan_completed("ScanToCentral", target=targets.EventBus(bus))

# the same account in another region (by name), and an unnamed bus of another stack of the same environment
regional = Stack(app, "Regional", env=Environment(account="111111111111", region="eu-central-1"))
scan_rule.add_target(targets.EventBus(events.EventBus(regional, "Findings", event_bus_name="regional-findings")))
shared = Stack(app, "Shared", env=Environment(account="111111111111", region="us-east-1"))
scan_rule.add_target(targets.EventBus(events.EventBus(shared, "Findings")))

same_region = Stack(app, "SameRegion", env=Environment(account="111111111111", region="eu-west-1"))
other = events.EventBus.from_event_bus_arn(
    same_region, "Other", "arn:aws:events:eu-west-1:999999999999:event-bus/security-findings"
)
events.Rule(
    same_region,
    "Forward",
    event_pattern=events.EventPattern(source=["aws.ecr"]),
    targets=[targets.EventBus(other)],
)

app.synth()
