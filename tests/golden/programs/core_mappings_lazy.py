"""Lazy CfnMapping: resolved in place for literal keys, rendered only when a token key needs it."""

from purecdk import App, Aws, CfnMapping, CfnOutput, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "LazyMappingsStack")

# Only ever looked up with literal keys: inlined, never rendered.
inlined = CfnMapping(
    stack,
    "Inlined",
    lazy=True,
    mapping={"dev": {"Name": "dev-queue", "Delay": 1}, "prod": {"Name": "prod-queue", "Delay": 5}},
)
# Looked up once with a token key: rendered.
by_region = CfnMapping(
    stack,
    "ByRegion",
    lazy=True,
    mapping={
        "us-east-1": {"Suffix": "use1"},
        "eu-west-1": {"Suffix": "euw1"},
    },
)
# Never used at all: not rendered.
CfnMapping(stack, "Unused", lazy=True, mapping={"a": {"b": "c"}})
# Not lazy and never used: still rendered.
CfnMapping(stack, "EagerUnused", mapping={"x": {"y": "z"}})

sqs.CfnQueue(stack, "Queue", queue_name=inlined.find_in_map("dev", "Name"))
sqs.CfnQueue(stack, "RegionalQueue", queue_name=f"queue-{by_region.find_in_map(Aws.REGION, 'Suffix')}")

CfnOutput(stack, "ProdName", value=inlined.find_in_map("prod", "Name"))

app.synth()
