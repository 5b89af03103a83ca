"""sqs.Queue grants: send/consume/purge to roles, cross-account principals (queue policy), KMS-encrypted queues."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsGrants")

producer = iam.Role(stack, "Producer", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
consumer = iam.Role(stack, "Consumer", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))

queue = sqs.Queue(stack, "Jobs")
queue.grant_send_messages(producer)
queue.grant_consume_messages(consumer)
queue.grant_purge(consumer)
queue.grant(producer, "sqs:ChangeMessageVisibility")
queue.grant_send_messages(iam.AccountPrincipal("210987654321"))

encrypted = sqs.Queue(stack, "Encrypted", encryption=sqs.QueueEncryption.KMS)
encrypted.grant_send_messages(producer)
encrypted.grant_consume_messages(consumer)

key = kms.Key(stack, "QueueKey")
with_key = sqs.Queue(stack, "WithKey", encryption_master_key=key, data_key_reuse=None)
with_key.grant_consume_messages(consumer)

imported = sqs.Queue.from_queue_attributes(
    stack,
    "Imported",
    queue_arn="arn:aws:sqs:us-east-1:123456789012:imported",
    key_arn="arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
)
imported.grant_send_messages(producer)

app.synth()
