"""Meant to fail: rule names allow only letters, digits, '.', '-' and '_' (validation at synthesis)."""

from purecdk import App, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsRuleName")
events.Rule(stack, "Rule", rule_name="has spaces!", event_pattern=events.EventPattern(source=["aws.ecr"]))

app.synth()
