"""sns.TopicGrants on L1 topics: TopicPolicy resources and key-policy grants made by the default policy and
encrypted-resource factories, mixed with the grants of L2 and imported topics."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sns as sns
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "SnsGrantsL1")

publisher = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

# an L1 key (its key policy gets the grants) named by the L1 topic's KmsMasterKeyId
key = kms.CfnKey(
    stack,
    "Key",
    key_policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    },
)
topic = sns.CfnTopic(stack, "Topic", topic_name="l1-topic", kms_master_key_id=key.attr_arn)
grants = sns.TopicGrants.from_topic(topic)
grants.publish(publisher)
grants.subscribe(iam.AccountPrincipal("210987654321"))
# a second TopicGrants of the same topic shares its TopicPolicy
sns.TopicGrants.from_topic(topic).publish(iam.ServicePrincipal("events.amazonaws.com"))
sns.TopicGrants.from_topic(topic).actions(
    publisher, ["sns:GetTopicAttributes"], key_actions=["kms:DescribeKey"], resource_arns=["*"]
)

# the key found through the construct tree: nested in another construct, referenced by its Ref
group = Construct(stack, "Keys")
nested_key = kms.CfnKey(group, "NestedKey", key_policy={"Statement": []})
second = sns.CfnTopic(stack, "Second", kms_master_key_id=nested_key.ref)
sns.TopicGrants.from_topic(second).publish(publisher)

# a key of AWS (no CfnKey matches): only the topic grant
managed = sns.CfnTopic(stack, "Managed", kms_master_key_id="alias/aws/sns")
sns.TopicGrants.from_topic(managed).publish(iam.AccountPrincipal("210987654321"))

# L2 topics through their grants
l2_key = kms.Key(stack, "L2Key")
l2_topic = sns.Topic(stack, "L2Topic", master_key=l2_key)
l2_topic.grants.publish(publisher)
l2_topic.grants.actions(iam.AccountPrincipal("210987654321"), ["sns:Subscribe"], key_actions=["kms:Decrypt"])
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:210987654321:imported")
sns.TopicGrants.from_topic(imported).subscribe(publisher)

app.synth()
