"""aws_events_targets.EventBus: an ECR repository's scan findings forwarded to a central security account's bus
(imported by ARN, with a dead-letter queue), to a bus imported by name with the user's role, and to a local bus."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ScanForwarding")

repo = ecr.Repository(stack, "Repo", image_scan_on_push=True)
central = events.EventBus.from_event_bus_arn(
    stack, "CentralBus", "arn:aws:events:eu-west-1:999999999999:event-bus/security-findings"
)
dlq = sqs.Queue(stack, "ForwardingDlq")
repo.on_image_scan_completed(
    "ScanToCentral", target=targets.EventBus(central, dead_letter_queue=dlq), image_tags=["prod"]
)

role = iam.Role(stack, "ForwarderRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
audit = events.EventBus.from_event_bus_name(stack, "AuditBus", "audit")
pushes = repo.on_cloud_trail_image_pushed("PushToAudit", target=targets.EventBus(audit, role=role))

local = events.EventBus(stack, "LocalBus", event_bus_name="ecr-findings")
rule = repo.on_event("AllToLocal", description="every ECR event, twice")
rule.add_target(targets.EventBus(local))
rule.add_target(targets.EventBus(central))

app.synth()
