"""Subscriptions across stacks and regions: subscriber-scoped resources, stack dependencies, regional principals."""

from purecdk import App, Environment, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
producer = Stack(app, "Producer", env=Environment(account="111111111111", region="us-east-1"))
topic = sns.Topic(producer, "Topic", topic_name="scan-results")

consumer = Stack(app, "Consumer", env=Environment(account="111111111111", region="us-east-1"))
queue = sqs.Queue(consumer, "Queue")
topic.add_subscription(subs.SqsSubscription(queue))
fn = lambda_.Function(
    consumer,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
)
topic.add_subscription(subs.LambdaSubscription(fn))

opt_in = Stack(app, "OptIn", env=Environment(account="111111111111", region="af-south-1"))
opt_in_queue = sqs.Queue(opt_in, "Queue")
topic.add_subscription(subs.SqsSubscription(opt_in_queue))

other_region = Stack(app, "OtherRegion", env=Environment(account="111111111111", region="eu-west-1"))
west_queue = sqs.Queue(other_region, "Queue")
topic.add_subscription(subs.SqsSubscription(west_queue))

app.synth()
