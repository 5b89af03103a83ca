"""Three stacks in a chain: A -> B -> C, including a reference that skips B, in explicit environments."""

from purecdk import App, CfnOutput, CfnResource, Environment, Stack
from purecdk import aws_sqs as sqs

app = App()
env = Environment(account="123456789012", region="us-east-1")

base = Stack(app, "BaseStack", env=env)
base_queue = sqs.CfnQueue(base, "BaseQueue")

middle = Stack(app, "MiddleStack", env=env)
middle_queue = sqs.CfnQueue(
    middle,
    "MiddleQueue",
    redrive_policy={"deadLetterTargetArn": base_queue.attr_arn, "maxReceiveCount": 3},
)

top = Stack(app, "TopStack", env=env)
CfnResource(
    top,
    "Topic",
    type="AWS::SNS::Topic",
    properties={"DisplayName": middle_queue.attr_queue_name},
)
CfnOutput(top, "BaseQueueArn", value=base_queue.attr_arn)
CfnOutput(top, "MiddleQueueUrl", value=middle_queue.ref)

app.synth()
