"""SqsSubscription of KMS-encrypted queues: the key policy statement (its condition depends on a feature flag)."""

from purecdk import App, Stack
from purecdk import aws_kms as kms
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SubscriptionsEncrypted")
topic = sns.Topic(stack, "Topic")

queue = sqs.Queue(stack, "Encrypted", encryption=sqs.QueueEncryption.KMS)
topic.add_subscription(subs.SqsSubscription(queue))

key = kms.Key(stack, "Key")
own_key_queue = sqs.Queue(stack, "OwnKey", encryption_master_key=key)
dlq = sqs.Queue(stack, "Dlq", encryption=sqs.QueueEncryption.SQS_MANAGED)
topic.add_subscription(subs.SqsSubscription(own_key_queue, dead_letter_queue=dlq))

other = sns.Topic(stack, "Other")
other.add_subscription(subs.SqsSubscription(own_key_queue, raw_message_delivery=True))

app.synth()
