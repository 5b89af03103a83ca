"""Imported queues and functions as subscribers, a FIFO topic and queue, a topic inside a nested construct."""

from purecdk import App, Environment, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "ImportedSubscribers", env=Environment(account="123456789012", region="us-east-1"))
group = Construct(stack, "Notifications")
topic = sns.Topic(group, "Topic")

queue = sqs.Queue.from_queue_arn(stack, "ImportedQueue", "arn:aws:sqs:us-east-1:123456789012:existing")
dlq = sqs.Queue.from_queue_arn(stack, "ImportedDlq", "arn:aws:sqs:us-east-1:123456789012:existing-dlq")
topic.add_subscription(subs.SqsSubscription(queue, dead_letter_queue=dlq))

same_account = lambda_.Function.from_function_arn(
    stack, "SameAccountFn", "arn:aws:lambda:us-east-1:123456789012:function:existing"
)
topic.add_subscription(subs.LambdaSubscription(same_account))
other_account = lambda_.Function.from_function_arn(
    stack, "OtherAccountFn", "arn:aws:lambda:us-east-1:999999999999:function:elsewhere"
)
topic.add_subscription(subs.LambdaSubscription(other_account))

fifo_topic = sns.Topic(stack, "Orders", fifo=True, content_based_deduplication=True)
fifo_queue = sqs.Queue(stack, "OrdersQueue", fifo=True)
fifo_topic.add_subscription(subs.SqsSubscription(fifo_queue, raw_message_delivery=True))

app.synth()
