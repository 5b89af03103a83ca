"""Validation findings acknowledged with Validations.of(scope).acknowledge: suppressed in the report (where
the acknowledgement covers them) so that only the unacknowledged one fails the recommended context."""

from purecdk import Acknowledgment, App, Stack, Validations
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "AcknowledgedStack")

legacy = Construct(stack, "Legacy")
sqs.CfnQueue(legacy, "ShortRetention", message_retention_period=30)
sqs.CfnQueue(legacy, "LongDelay", delay_seconds=901)
Validations.of(legacy).acknowledge(
    Acknowledgment(id="CloudFormation-Validate::F3034", reason="legacy queues keep their settings")
)

sqs.CfnQueue(stack, "NotAcknowledged", message_retention_period=30)

app.synth()
