"""A repository's scan rule targeting a queue of another stack, with the rule placed there by cross_stack_scope."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "RepoStack")
repo = ecr.Repository(stack, "Repo")
consumer = Stack(app, "ConsumerStack")
queue = sqs.Queue(consumer, "Queue")

repo.on_image_scan_completed("ScanToOtherStack", target=targets.SqsQueue(queue), cross_stack_scope=consumer)

app.synth()
