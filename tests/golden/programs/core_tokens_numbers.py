"""Number tokens: Token.as_number of parameters and attributes, numbers embedded in strings."""

from purecdk import App, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "NumberTokensStack")

timeout = CfnParameter(stack, "Timeout", type="Number", default=30)
retention_text = CfnParameter(stack, "RetentionText", type="String", default="345600")
delays = CfnParameter(stack, "Delays", type="String", default="0,5,10")

queue = sqs.CfnQueue(
    stack,
    "Queue",
    visibility_timeout=timeout.value_as_number,
    message_retention_period=Token.as_number(retention_text.value_as_string),
    delay_seconds=Token.as_number(Fn.select(1, Fn.split(",", delays.value_as_string))),
    maximum_message_size=262144,
)

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={"Type": "String", "Value": f"timeout={timeout.value_as_number}"},
)

CfnOutput(stack, "TimeoutString", value=Token.as_string(timeout.value_as_number))
CfnOutput(stack, "TimeoutInText", value=f"The timeout is {timeout.value_as_number} seconds")
CfnOutput(stack, "IsNumberUnresolved", value=str(Token.is_unresolved(timeout.value_as_number)))
CfnOutput(stack, "LiteralNumber", value=str(42))

app.synth()
