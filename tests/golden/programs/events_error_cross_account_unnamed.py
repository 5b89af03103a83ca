"""Meant to fail: a cross-account queue target needs the rule's ARN in the other account, so the rule must have
an explicit name (aws-cdk-lib: CannotUseCrossEnvironment)."""

from purecdk import App, Environment, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
target = Stack(app, "Target", env=Environment(account="222222222222", region="us-east-1"))

queue = sqs.Queue(target, "Queue", queue_name="cross-account-queue")
rule = events.Rule(
    source,
    "Rule",
    description="forwarded",
    event_pattern=events.EventPattern(source=["aws.ecr"], detail={"action-type": ["PUSH"]}),
)
rule.add_target(targets.SqsQueue(queue))

app.synth()
