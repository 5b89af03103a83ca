"""Match.null_value(): JSON null in event patterns, alone, among other matchers, nested, and merged."""

from purecdk import App, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "MatchNullStack")

rule = events.Rule(
    stack,
    "Rule",
    event_pattern=events.EventPattern(
        source=["aws.ecr"],
        detail={
            "image-tag": events.Match.null_value(),
            "scan-status": events.Match.any_of(events.Match.null_value(), events.Match.exact_string("COMPLETE")),
            "reason": [*events.Match.null_value(), "none"],
            "finding": {"severity": events.Match.null_value()},
        },
    ),
)
rule.add_event_pattern(detail={"image-tag": ["latest"], "repository-name": events.Match.null_value()})

events.Rule(stack, "OnlyNull", event_pattern=events.EventPattern(account=events.Match.null_value()))

app.synth()
