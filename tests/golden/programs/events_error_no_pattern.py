"""Meant to fail: a rule with neither an event pattern nor a schedule fails validation at synthesis."""

from purecdk import App, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsNoPattern")
events.Rule(stack, "Empty", description="matches nothing")

app.synth()
