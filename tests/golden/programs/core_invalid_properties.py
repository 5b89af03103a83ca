"""Deliberately invalid properties: template validation warns by default and fails when recommended."""

from purecdk import App, CfnResource, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "InvalidStack")

CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={"DisplayName": "ok", "NotAProperty": "surprise"},
)
queue = sqs.CfnQueue(stack, "Queue")
queue.add_property_override("VisibilityTimeout", "not-a-number")
# ICfnResourceOptions.description renders a resource-level "Description", which CloudFormation rejects.
queue.cfn_options.description = "A queue with a description"

app.synth()
