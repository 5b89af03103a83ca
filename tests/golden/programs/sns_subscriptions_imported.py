"""Subscribing to imported topics: the region comes from the topic ARN; an imported queue's ids."""

from purecdk import App, CfnParameter, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SubscriptionsImported")
topic = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:eu-west-1:123456789012:scan-results")
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subs.SqsSubscription(queue))
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
)
topic.add_subscription(subs.LambdaSubscription(fn))
topic.add_subscription(subs.EmailSubscription("ops@example.com"))

arn = CfnParameter(stack, "TopicArn")
token_topic = sns.Topic.from_topic_arn(stack, "FromParameter", arn.value_as_string)
token_topic.add_subscription(subs.SqsSubscription(queue))

url = CfnParameter(stack, "HookUrl")
owned = sns.Topic(stack, "Owned")
owned.add_subscription(subs.UrlSubscription(url.value_as_string, protocol=sns.SubscriptionProtocol.HTTPS))
owned.add_subscription(subs.UrlSubscription(url.value_as_string, protocol=sns.SubscriptionProtocol.HTTP))
email = CfnParameter(stack, "Email")
owned.add_subscription(subs.EmailSubscription(email.value_as_string))

app.synth()
