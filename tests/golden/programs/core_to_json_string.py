"""Stack.to_json_string / Fn.to_json_string with tokens inside objects, lists and strings."""

from purecdk import App, Aws, CfnOutput, CfnParameter, CfnResource, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "JsonStack")

threshold = CfnParameter(stack, "Threshold", type="Number", default=5)
dlq = sqs.CfnQueue(stack, "DeadLetterQueue")

sqs.CfnQueue(
    stack,
    "Queue",
    redrive_policy=stack.to_json_string({"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 4}),
)

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Value": stack.to_json_string(
            {
                "queue": dlq.ref,
                "region": Aws.REGION,
                "literal": "plain \"quoted\" text",
                "greeting": f"hello {Aws.ACCOUNT_ID}!",
                "threshold": threshold.value_as_number,
                "list": ["a", dlq.attr_arn, 3, True, None],
                "nested": {"empty": {}, "emptyList": [], "number": 1.5},
            }
        ),
    },
)

CfnOutput(stack, "Json", value=stack.to_json_string({"arn": dlq.attr_arn}))
CfnOutput(stack, "JsonLiteral", value=stack.to_json_string({"a": [1, 2], "b": "c"}))
CfnOutput(stack, "JsonString", value=stack.to_json_string(dlq.attr_queue_name))
CfnOutput(stack, "JsonSpace", value=stack.to_json_string({"a": 1, "b": dlq.ref}, 2))

app.synth()
