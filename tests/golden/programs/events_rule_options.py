"""Rule options: a role for target invocation, event buses with a dead-letter queue and a KMS key, imported rules."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EventsRuleOptions")

role = iam.Role(stack, "InvokeRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
dlq = sqs.Queue(stack, "BusDlq")
key = kms.Key(stack, "BusKey")
bus = events.EventBus(stack, "Bus", event_bus_name="orders", dead_letter_queue=dlq, kms_key=key)
rule = events.Rule(
    stack,
    "WithRole",
    role=role,
    event_bus=bus,
    enabled=True,
    event_pattern=events.EventPattern(source=["orders"], detail_type=["Order Placed"]),
)
CfnOutput(stack, "RuleArn", value=rule.rule_arn)
CfnOutput(stack, "RuleName", value=rule.rule_name)

app.synth()
