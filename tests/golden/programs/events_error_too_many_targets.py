"""Meant to fail: a rule may have at most 5 targets (validation at synthesis)."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EventsTooManyTargets")
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ecr"]))
for index in range(6):
    rule.add_target(targets.SqsQueue(sqs.Queue(stack, f"Queue{index}")))

app.synth()
