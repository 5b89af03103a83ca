"""Meant to fail: scheduled rules cannot be associated with a custom event bus."""

from purecdk import App, Duration, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsBusSchedule")
bus = events.EventBus(stack, "Bus")
events.Rule(stack, "Rule", event_bus=bus, schedule=events.Schedule.rate(Duration.minutes(5)))

app.synth()
