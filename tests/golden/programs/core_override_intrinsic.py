"""Overrides replace intrinsic functions instead of merging into them (and an intrinsic replaces a value)."""

from purecdk import App, CfnCondition, CfnParameter, CfnResource, Fn, Stack

app = App()
stack = Stack(app, "OverrideIntrinsicStack")
param = CfnParameter(stack, "Name", default="n")
CfnCondition(stack, "Never", expression=Fn.condition_equals(param.value_as_string, "never"))

resource = CfnResource(
    stack,
    "Resource",
    type="AWS::SQS::Queue",
    properties={
        "QueueName": Fn.join("-", ["queue", param.value_as_string]),
        "Tags": [{"Key": "a", "Value": Fn.sub("${AWS::Region}-x")}],
        "RedrivePolicy": {"deadLetterTargetArn": "arn:aws:sqs:us-east-1:123456789012:dlq", "maxReceiveCount": 3},
        "RedriveAllowPolicy": {"redrivePermission": "denyAll"},
    },
)
resource.add_property_override("QueueName", {"Ref": "Name"})
resource.add_property_override("Tags.0.Value", {"Fn::Join": ["", ["b", {"Ref": "AWS::Region"}]]})
resource.add_property_override("RedrivePolicy", {"Fn::If": ["Never", "x", {"Ref": "AWS::NoValue"}]})
resource.add_property_override("RedriveAllowPolicy.sourceQueueArns", ["arn:aws:sqs:us-east-1:123456789012:src"])
resource.add_override("Metadata", {"Plain": {"Fn::GetAtt": ["A", "B"]}})
resource.add_override("Metadata.Plain.Extra", "kept")

app.synth()
