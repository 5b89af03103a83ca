"""EventBridge L1 reference API: event_bus_ref/rule_ref/archive_ref, from_event_bus_name/_arn and
from_rule_arn, and L1s (or their imports) given to Rule as event_bus and role, and to L1 properties."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_events as events
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "EventsRefsStack")

bus = events.CfnEventBus(stack, "Bus", name="orders")
role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    },
)
events.Rule(stack, "OnL1Bus", event_bus=bus, role=role, event_pattern=events.EventPattern(source=["shop"]))
other = events.CfnEventBus.from_event_bus_name(stack, "OtherBus", "partners")
events.Rule(stack, "OnImportedBus", event_bus=other, event_pattern=events.EventPattern(source=["partner"]))
by_arn = events.CfnEventBus.from_event_bus_arn(
    stack, "BusByArn", "arn:aws:events:us-east-1:444444444444:event-bus/shared"
)

archive = events.CfnArchive(stack, "Archive", source_arn=bus, archive_name="orders-archive")
l1_rule = events.CfnRule(stack, "L1Rule", event_bus_name=bus, role_arn=role, event_pattern={"source": ["x"]})
imported_rule = events.CfnRule.from_rule_arn(stack, "ImportedRule", "arn:aws:events:us-east-1:444444444444:rule/r")

CfnOutput(stack, "BusName", value=bus.event_bus_ref.event_bus_name)
CfnOutput(stack, "BusArn", value=events.CfnEventBus.arn_for_event_bus(bus))
CfnOutput(stack, "OtherBusArn", value=other.event_bus_ref.event_bus_arn)
CfnOutput(stack, "ByArnName", value=by_arn.event_bus_ref.event_bus_name)
CfnOutput(stack, "ByArnAccount", value=by_arn.env.account)
CfnOutput(stack, "ArchiveName", value=archive.archive_ref.archive_name)
CfnOutput(stack, "ArchiveArn", value=events.CfnArchive.arn_for_archive(archive))
CfnOutput(stack, "RuleArn", value=events.CfnRule.arn_for_rule(l1_rule))
CfnOutput(stack, "ImportedRuleArn", value=imported_rule.rule_ref.rule_arn)
CfnOutput(
    stack, "ArchiveFromName", value=events.CfnArchive.from_archive_name(stack, "A2", "old").archive_ref.archive_arn
)

app.synth()
