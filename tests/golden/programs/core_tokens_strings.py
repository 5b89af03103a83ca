"""String tokens: f-strings with tokens, Fn.join, nested joins, literal braces and dollar signs."""

from purecdk import App, Aws, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "StringTokensStack")

prefix = CfnParameter(stack, "Prefix", default="app")
queue = sqs.CfnQueue(stack, "Queue", queue_name=f"{prefix.value_as_string}-queue")

CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": f"Queue {queue.attr_queue_name} in {Aws.REGION} of {Aws.ACCOUNT_ID}",
        "TopicName": Fn.join(
            "-",
            [prefix.value_as_string, Fn.join("", ["a", queue.attr_queue_name, "b"]), "topic", Aws.STACK_NAME],
        ),
    },
)

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Name": f"/{prefix.value_as_string}/url",
        "Value": f"${{literal}} {{braces}} {queue.ref} $notasub",
        "Description": Fn.join("", ["only literals", " joined"]),
    },
)

CfnOutput(stack, "Concat", value=queue.attr_arn + "/suffix")
CfnOutput(stack, "JustToken", value=f"{queue.attr_arn}")
CfnOutput(stack, "TwoTokensAdjacent", value=f"{Aws.REGION}{Aws.ACCOUNT_ID}")
CfnOutput(stack, "NestedJoin", value=Fn.join(":", [Fn.join(",", ["x", Aws.REGION]), Fn.join("", ["y", "z"])]))
CfnOutput(stack, "AsString", value=Token.as_string(queue.get_att("Arn")))
CfnOutput(stack, "IsUnresolved", value=str(Token.is_unresolved(queue.ref)))
CfnOutput(stack, "IsUnresolvedLiteral", value=str(Token.is_unresolved("plain")))
CfnOutput(stack, "JoinSingleToken", value=Fn.join("", [queue.ref]))

app.synth()
