"""Rules whose targets live in another stack of the same environment (cross-stack references, cross_stack_scope)."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

app = App()
consumer_stack = Stack(app, "Consumers")
queue = sqs.Queue(consumer_stack, "Queue")
fn = lambda_.Function(
    consumer_stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
)

rules_stack = Stack(app, "Rules")
rule = events.Rule(rules_stack, "Rule", event_pattern=events.EventPattern(source=["aws.ecr"]))
rule.add_target(targets.LambdaFunction(fn))

scoped = events.Rule(
    rules_stack,
    "Scoped",
    cross_stack_scope=consumer_stack,
    event_pattern=events.EventPattern(source=["aws.ecr"], detail_type=["ECR Image Scan"]),
)
scoped.add_target(targets.SqsQueue(queue))

app.synth()
