"""Subscriptions across accounts and in environment-agnostic stacks."""

from purecdk import App, Environment, Stack
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
producer = Stack(app, "Producer", env=Environment(account="111111111111", region="eu-west-1"))
topic = sns.Topic(producer, "Topic", topic_name="scan-results")
consumer = Stack(app, "Consumer", env=Environment(account="222222222222", region="eu-west-1"))
topic.add_subscription(subs.SqsSubscription(sqs.Queue(consumer, "Queue")))

agnostic_producer = Stack(app, "AgnosticProducer")
agnostic_topic = sns.Topic(agnostic_producer, "Topic")
agnostic_consumer = Stack(app, "AgnosticConsumer")
agnostic_topic.add_subscription(subs.SqsSubscription(sqs.Queue(agnostic_consumer, "Queue")))

app.synth()
