"""Lambda subscriptions to a function, its alias and its current version, and an SQS subscription: CloudFormation
Validate warns (W3694) for the alias and the version, whose ARNs are not a Lambda Function's."""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "AliasSubscriptions")
topic = sns.Topic(stack, "Findings")

fn = lambda_.Function(
    stack,
    "Notifier",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)\n"),
)
live = fn.add_alias("live")
topic.add_subscription(subs.LambdaSubscription(fn))
topic.add_subscription(subs.LambdaSubscription(live))
topic.add_subscription(subs.LambdaSubscription(fn.current_version))
topic.add_subscription(subs.SqsSubscription(sqs.Queue(stack, "Archive")))

app.synth()
