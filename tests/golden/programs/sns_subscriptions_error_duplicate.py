"""Error: the same queue subscribed twice to one topic (the subscription id is taken)."""

from purecdk import App, Stack
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ErrorStack")
topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subs.SqsSubscription(queue))
topic.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True))

app.synth()
