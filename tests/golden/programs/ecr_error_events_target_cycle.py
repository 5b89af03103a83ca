"""Error: a repository's rule in its own stack targeting a queue of a stack that depends on it (a cycle)."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EventTargetsStack")
repo = ecr.Repository(stack, "Repo")
other = Stack(app, "ConsumerStack")
other_queue = sqs.Queue(other, "Queue")
repo.on_image_scan_completed("ScanToOtherStack", target=targets.SqsQueue(other_queue))

app.synth()
