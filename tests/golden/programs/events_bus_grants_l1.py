"""events.EventBusGrants on an L1 event bus, an L2 bus and an imported one; EventBus.grant_all_put_events."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "EventBusGrantsL1")

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
user = iam.User(stack, "User")

bus = events.CfnEventBus(stack, "Bus", name="l1-bus")
grants = events.EventBusGrants.from_event_bus(bus)
grants.all_put_events(role)
grants.actions(role, ["events:DescribeEventBus"])
other_bus_arn = "arn:aws:events:us-east-1:123456789012:event-bus/x"
grants.actions(user, ["events:PutEvents"], resource_arns=[bus.attr_arn, other_bus_arn])
# principals without identity policies get nothing (EventBusGrants never touches a resource policy)
grants.actions(iam.AccountPrincipal("210987654321"), ["events:PutEvents"])

l2_bus = events.EventBus(stack, "L2Bus", event_bus_name="l2-bus")
l2_bus.grants.actions(user, ["events:DescribeEventBus", "events:ListRules"])
l2_bus.grants.all_put_events(user)
imported = events.EventBus.from_event_bus_name(stack, "Imported", "imported-bus")
events.EventBusGrants.from_event_bus(imported).actions(role, ["events:PutEvents"])

events.EventBus.grant_all_put_events(user)

app.synth()
