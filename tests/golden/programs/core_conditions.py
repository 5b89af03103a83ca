"""CfnCondition with Fn.condition_* expressions; conditional resources and Fn.condition_if values."""

from purecdk import App, Aws, CfnCondition, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ConditionsStack")

env_name = CfnParameter(stack, "EnvName", default="dev", allowed_values=["dev", "test", "prod"])
use_fifo = CfnParameter(stack, "UseFifo", default="false", allowed_values=["true", "false"])

is_prod = CfnCondition(stack, "IsProd", expression=Fn.condition_equals(env_name.value_as_string, "prod"))
is_test = CfnCondition(stack, "IsTest", expression=Fn.condition_equals("test", env_name.value_as_string))
is_not_prod = CfnCondition(stack, "IsNotProd", expression=Fn.condition_not(is_prod))
wants_fifo = CfnCondition(stack, "WantsFifo", expression=Fn.condition_equals(use_fifo.value_as_string, "true"))
prod_or_test = CfnCondition(stack, "ProdOrTest", expression=Fn.condition_or(is_prod, is_test))
prod_and_fifo = CfnCondition(stack, "ProdAndFifo", expression=Fn.condition_and(is_prod, wants_fifo))
in_us_east_1 = CfnCondition(stack, "InUsEast1", expression=Fn.condition_equals(Aws.REGION, "us-east-1"))
complex_condition = CfnCondition(
    stack,
    "Complex",
    expression=Fn.condition_and(
        Fn.condition_or(is_prod, Fn.condition_equals(env_name.value_as_string, "test")),
        Fn.condition_not(in_us_east_1),
    ),
)
late_condition = CfnCondition(stack, "IsDevLater")
late_condition.expression = Fn.condition_equals(env_name.value_as_string, "dev")

prod_queue = sqs.CfnQueue(
    stack,
    "ProdQueue",
    message_retention_period=Token.as_number(Fn.condition_if(wants_fifo.logical_id, 1209600, 345600)),
)
prod_queue.cfn_options.condition = is_prod

topic = CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": Fn.condition_if(is_test.logical_id, "Testing", "Development"),
        "TopicName": Fn.condition_if(prod_or_test.logical_id, f"{env_name.value_as_string}-topic", Aws.NO_VALUE),
    },
)
topic.cfn_options.condition = is_not_prod

fifo_queue = sqs.CfnQueue(stack, "FifoQueue", fifo_queue=True, content_based_deduplication=True)
fifo_queue.cfn_options.condition = prod_and_fifo

CfnOutput(stack, "TopicOut", value=topic.ref, condition=is_not_prod)
CfnOutput(stack, "ComplexOut", value=Fn.condition_if(complex_condition.logical_id, "yes", "no").to_string())
CfnOutput(stack, "AlwaysOut", value="always", condition=late_condition)

app.synth()
