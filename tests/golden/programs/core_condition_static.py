"""Conditions built from synthesis-time values: an Fn::Equals of two literals (here a context value against
"prod") is fixed when the template is written, and CloudFormation Validate says so (W8003); comparing a
parameter stays silent."""

from purecdk import App, CfnCondition, CfnParameter, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "StaticConditions")
stage = app.node.try_get_context("stage") or "dev"
env = CfnParameter(stack, "Environment", type="String", default="dev")

is_prod = CfnCondition(stack, "IsProd", expression=Fn.condition_equals(stage, "prod"))
is_dev_or_eu = CfnCondition(
    stack,
    "IsDevOrEu",
    expression=Fn.condition_or(
        Fn.condition_equals(stage, "dev"), Fn.condition_equals(Fn.ref("AWS::Region"), "eu-west-1")
    ),
)
is_prod_param = CfnCondition(stack, "IsProdParameter", expression=Fn.condition_equals(env.value_as_string, "prod"))

for name, condition in (("Prod", is_prod), ("DevOrEu", is_dev_or_eu), ("ProdParameter", is_prod_param)):
    queue = sqs.Queue(stack, name)
    queue.node.default_child.cfn_options.condition = condition

app.synth()
