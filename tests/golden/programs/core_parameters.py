"""CfnParameter of several types and constraints, and their values used in resources."""

from purecdk import App, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ParametersStack")

stage = CfnParameter(
    stack,
    "Stage",
    type="String",
    default="dev",
    allowed_values=["dev", "staging", "prod"],
    description="Deployment stage",
)
topic_name = CfnParameter(
    stack,
    "TopicName",
    min_length=3,
    max_length=64,
    allowed_pattern="[a-zA-Z0-9-]+",
    constraint_description="letters, digits and dashes only",
)
delay = CfnParameter(stack, "DelaySeconds", type="Number", default=10, min_value=0, max_value=900)
secret = CfnParameter(stack, "ApiSecret", type="String", no_echo=True, description="Never shown")
queue_urls = CfnParameter(stack, "QueueUrls", type="CommaDelimitedList", description="Queues to attach a policy to")
ports = CfnParameter(stack, "Ports", type="List<Number>", default="80,443")
image_id = CfnParameter(stack, "ImageId", type="AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                        default="/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")

queue = sqs.CfnQueue(
    stack,
    "Queue",
    queue_name=f"{stage.value_as_string}-queue",
    delay_seconds=delay.value_as_number,
)

CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "TopicName": topic_name.value_as_string,
        "DisplayName": Fn.join("-", [stage.value_as_string, topic_name.value_as_string]),
    },
)

CfnResource(
    stack,
    "Policy",
    type="AWS::SQS::QueuePolicy",
    properties={
        "Queues": queue_urls.value_as_list,
        "PolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": "sqs:SendMessage",
                    "Resource": queue.attr_arn,
                }
            ],
        },
    },
)

CfnResource(
    stack,
    "SecretParam",
    type="AWS::SSM::Parameter",
    properties={"Type": "String", "Value": secret.value_as_string},
)

CfnOutput(stack, "FirstQueueUrl", value=Fn.select(0, queue_urls.value_as_list))
CfnOutput(stack, "Delay", value=Token.as_string(delay.value_as_number))
CfnOutput(stack, "PortsJoined", value=Fn.join(",", ports.value_as_list))
CfnOutput(stack, "StageRef", value=stage.value_as_string)
CfnOutput(stack, "ImageIdOut", value=image_id.value_as_string)

app.synth()
