"""events.EventBus: custom buses, rules on owned and imported buses (from_event_bus_arn/name), imported rules."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsBus")

bus = events.EventBus(stack, "Bus", event_bus_name="ecr-events", description="Events about images")
generated = events.EventBus(stack, "GeneratedName")
imported = events.EventBus.from_event_bus_arn(stack, "Imported", "arn:aws:events:eu-west-1:123456789012:event-bus/shared")
by_name = events.EventBus.from_event_bus_name(stack, "ByName", "named-bus")

for name, target_bus in {"Owned": bus, "Generated": generated, "Imported": imported, "ByName": by_name}.items():
    events.Rule(
        stack,
        f"{name}Rule",
        event_bus=target_bus,
        event_pattern=events.EventPattern(source=["my.app"], detail_type=[f"{name} event"]),
    )
    CfnOutput(stack, f"{name}BusName", value=target_bus.event_bus_name)
    CfnOutput(stack, f"{name}BusArn", value=target_bus.event_bus_arn)

imported_rule = events.Rule.from_event_rule_arn(stack, "ExistingRule", "arn:aws:events:us-east-1:123456789012:rule/my-rule")
CfnOutput(stack, "ImportedRuleName", value=imported_rule.rule_name)
CfnOutput(stack, "ImportedRuleArn", value=imported_rule.rule_arn)

app.synth()
