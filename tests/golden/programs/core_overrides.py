"""Raw overrides: add_override, add_property_override (nested and array-index paths), deletion overrides."""

from purecdk import App, CfnResource, CfnTag, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "OverridesStack")

queue = sqs.CfnQueue(
    stack,
    "Queue",
    visibility_timeout=30,
    message_retention_period=600,
    tags=[CfnTag(key="team", value="core"), CfnTag(key="cost-center", value="1234")],
)
queue.add_property_override("DelaySeconds", 15)
queue.add_property_override("RedrivePolicy.maxReceiveCount", 5)
queue.add_property_override("RedrivePolicy.deadLetterTargetArn", "arn:aws:sqs:us-east-1:123456789012:dlq")
queue.add_property_override("Tags.0.Value", "platform")
queue.add_property_override("Tags.1", {"Key": "owner", "Value": "alice"})
queue.add_property_deletion_override("MessageRetentionPeriod")
queue.add_override("Metadata.Owner", "platform-team")
queue.add_override("Metadata.Nested.Deep.Value", [1, 2, 3])
queue.add_override("UpdateReplacePolicy", "Retain")
queue.add_override("DeletionPolicy", "Retain")

topic = CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": "original",
        "Subscription": [
            {"Endpoint": "a@example.com", "Protocol": "email"},
            {"Endpoint": "b@example.com", "Protocol": "email"},
        ],
        "Tags": [{"Key": "a", "Value": "b"}],
    },
)
topic.add_property_override("Subscription.1.Endpoint", "c@example.com")
topic.add_property_override("Subscription.2", {"Endpoint": "d@example.com", "Protocol": "email"})
topic.add_property_deletion_override("Tags")
topic.add_override("Properties.DisplayName", "overridden")
topic.add_override("Metadata.aws:cdk:path\\.literal", "escaped dot")
topic.add_deletion_override("Metadata.aws:cdk:path")
topic.add_override("Properties.FifoTopic", False)
topic.add_override("Properties.FifoTopic", None)

param = CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={"Type": "String", "Value": "v", "Description": "to be removed"},
)
param.add_deletion_override("Properties.Description")
param.add_override("Properties.Tier", "Standard")
param.add_property_override("Name", "/app/param")

app.synth()
