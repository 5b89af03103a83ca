"""QueueGrants/TopicGrants of L1s whose KmsMasterKeyId names an L2 key (its key policy is a token) or an L1 key of
another stack (found through the app)."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
keys = Stack(app, "Keys", env={"account": "111111111111", "region": "us-east-1"})
stack = Stack(app, "Queues", env={"account": "111111111111", "region": "us-east-1"})

role = iam.Role(stack, "Role", role_name="queue-worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

l2_key = kms.Key(stack, "L2Key")
by_l2_key = sqs.CfnQueue(stack, "ByL2Key", kms_master_key_id=l2_key.key_id)
sqs.QueueGrants.from_queue(by_l2_key).send_messages(role)
topic = sns.CfnTopic(stack, "Topic", kms_master_key_id=l2_key.key_arn)
sns.TopicGrants.from_topic(topic).publish(role)

shared_key = kms.CfnKey(keys, "SharedKey", key_policy={"Version": "2012-10-17", "Statement": []})
by_shared_key = sqs.CfnQueue(stack, "BySharedKey", kms_master_key_id=shared_key.attr_arn)
sqs.QueueGrants.from_queue(by_shared_key).send_messages(iam.ServicePrincipal("sns.amazonaws.com"))

app.synth()
