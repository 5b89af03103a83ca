"""events.Rule with an event pattern: add_event_pattern deep merge (lists de-duplicated, None pruned), options."""

from purecdk import App, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsPattern")

rule = events.Rule(
    stack,
    "ScanRule",
    rule_name="scan-findings.rule_1",
    description="Scan findings of the app repositories",
    enabled=False,
    event_pattern=events.EventPattern(
        source=["aws.ecr"],
        detail={"scan-status": ["COMPLETE"], "repository-name": ["app"], "ignored": None},
    ),
)
rule.add_event_pattern(
    detail_type=["ECR Image Scan"],
    detail={"repository-name": ["app", "web", "app"], "finding-severity-counts": {"CRITICAL": [{"numeric": [">", 0]}]}},
)
rule.add_event_pattern(detail={"finding-severity-counts": {"CRITICAL": [{"numeric": [">", 0]}], "HIGH": [1, 1.0, "1"]}})
rule.add_event_pattern(account=["123456789012"], region=["eu-west-1", "eu-west-1"], resources=["arn:aws:ecr:x"])
rule.add_event_pattern(version=["0"], id=["abc"], time=["2024-01-01T00:00:00Z"])

events.Rule(stack, "Minimal", event_pattern=events.EventPattern(source=["aws.ecr"]))
enabled = events.Rule(stack, "Enabled", enabled=True)
enabled.add_event_pattern(source=["my.app"], detail_type=["Order Placed"])

app.synth()
