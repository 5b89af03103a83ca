"""A rule with a Lambda target in another region of the same account: forwarding role (events:PutEvents on the
target region's default bus) and the mirror rule next to the function."""

from purecdk import App, Duration, Environment, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_lambda as lambda_

app = App()
source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
target = Stack(app, "Target", env=Environment(account="111111111111", region="eu-west-1"))

fn = lambda_.Function(
    target,
    "Fn",
    function_name="regional-handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
)
rule = events.Rule(
    source,
    "Rule",
    rule_name="regional-forwarder",
    schedule=events.Schedule.rate(Duration.hours(6)),
)
rule.add_target(targets.LambdaFunction(fn))

app.synth()
