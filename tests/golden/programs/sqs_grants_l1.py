"""sqs.QueueGrants on L1 queues: QueuePolicy resources and key-policy grants made by the default policy and
encrypted-resource factories, mixed with the grants of L2 and imported queues."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "SqsGrantsL1")

consumer = iam.Role(stack, "Consumer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
sender = iam.User(stack, "Sender")

# the key in a sibling construct, the queue in another one, the key named by its KeyId
keys = Construct(stack, "Keys")
key = kms.CfnKey(keys, "QueueKey", key_policy={"Version": "2012-10-17", "Statement": []})
queues = Construct(stack, "Queues")
queue = sqs.CfnQueue(queues, "Queue", kms_master_key_id=key.attr_key_id, visibility_timeout=60)
grants = sqs.QueueGrants.from_queue(queue)
grants.consume_messages(consumer)
grants.send_messages(sender)
grants.purge(consumer)
grants.send_messages(iam.AccountPrincipal("210987654321"))
sqs.QueueGrants.from_queue(queue).send_messages(iam.ServicePrincipal("sns.amazonaws.com"))

# a key policy given as a token: the key policy is left alone, the identity policy still gets the statement
token_key = kms.CfnKey(stack, "TokenKey", key_policy=iam.PolicyDocument())
token_queue = sqs.CfnQueue(stack, "TokenQueue", kms_master_key_id=token_key.ref)
sqs.QueueGrants.from_queue(token_queue).consume_messages(consumer)

# no key: only the queue grant, with the resource ARNs given
plain = sqs.CfnQueue(stack, "Plain", fifo_queue=True)
sqs.QueueGrants.from_queue(plain).actions(
    consumer, ["sqs:GetQueueAttributes"], resource_arns=[plain.attr_arn, "arn:aws:sqs:us-east-1:123456789012:other"]
)
sqs.QueueGrants.from_queue(plain).purge(iam.AccountPrincipal("210987654321"))

# L2 queues through their grants
l2_key = kms.Key(stack, "L2Key")
l2_queue = sqs.Queue(stack, "L2Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=l2_key)
l2_queue.grants.consume_messages(consumer)
l2_queue.grants.actions(iam.AccountPrincipal("210987654321"), ["sqs:SendMessage"], key_actions=["kms:Encrypt"])
imported = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:210987654321:imported")
sqs.QueueGrants.from_queue(imported).send_messages(sender)

app.synth()
