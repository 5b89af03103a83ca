"""EventBus.grant_put_events_to (roles, and service principals needing a sid and a feature flag) and
add_to_resource_policy (one EventBusPolicy per statement)."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "EventsBusGrants")

bus = events.EventBus(stack, "Bus", event_bus_name="app-events")
producer = iam.Role(stack, "Producer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
bus.grant_put_events_to(producer)
bus.grant_put_events_to(iam.ServicePrincipal("sns.amazonaws.com"), "AllowSns")
bus.add_to_resource_policy(
    iam.PolicyStatement(
        sid="AllowAccount",
        actions=["events:PutEvents"],
        resources=[bus.event_bus_arn],
        principals=[iam.AccountPrincipal("210987654321")],
    )
)

app.synth()
