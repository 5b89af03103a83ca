"""sns.Topic grants: publish/subscribe to roles and services, cross-account principals, KMS master keys."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "SnsGrants")

publisher = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic = sns.Topic(stack, "Topic")
topic.grant_publish(publisher)
topic.grant_subscribe(publisher)
topic.grant_publish(iam.ServicePrincipal("cloudwatch.amazonaws.com"))
topic.grant_publish(iam.AccountPrincipal("210987654321"))

key = kms.Key(stack, "TopicKey", description="topic key")
encrypted = sns.Topic(stack, "Encrypted", master_key=key, fifo=True, topic_name="encrypted")
encrypted.grant_publish(publisher)

imported = sns.Topic.from_topic_attributes(
    stack,
    "Imported",
    topic_arn="arn:aws:sns:us-east-1:123456789012:imported",
    key_arn="arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
)
imported.grant_publish(publisher)

app.synth()
