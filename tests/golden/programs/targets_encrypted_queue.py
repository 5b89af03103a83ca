"""targets.SqsQueue with a KMS-encrypted queue: the aws:SourceAccount condition depends on a feature flag."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "TargetsEncrypted")

queue = sqs.Queue(stack, "Encrypted", encryption=sqs.QueueEncryption.KMS)
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ecr"], detail_type=["ECR Image Action"]))
rule.add_target(targets.SqsQueue(queue))
managed = sqs.Queue(stack, "Managed", encryption=sqs.QueueEncryption.KMS_MANAGED)
rule.add_target(targets.SqsQueue(managed))

app.synth()
