"""RemovalPolicy.SNAPSHOT on a resource type that does not support snapshots (an SQS queue)."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SnapshotUnsupportedStack")

sqs.CfnQueue(stack, "Queue").apply_removal_policy(RemovalPolicy.SNAPSHOT)

app.synth()
