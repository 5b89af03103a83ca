"""The SQS L1: CfnQueue with most properties, a dead-letter queue, and a CfnQueuePolicy."""

from purecdk import App, CfnOutput, CfnTag, Duration, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsL1Stack")

dlq = sqs.CfnQueue(
    stack,
    "DeadLetterQueue",
    queue_name="orders-dlq.fifo",
    fifo_queue=True,
    message_retention_period=Duration.days(14).to_seconds(),
)

queue = sqs.CfnQueue(
    stack,
    "Queue",
    queue_name="orders.fifo",
    fifo_queue=True,
    content_based_deduplication=True,
    deduplication_scope="messageGroup",
    fifo_throughput_limit="perMessageGroupId",
    delay_seconds=0,
    maximum_message_size=1024,
    receive_message_wait_time_seconds=10,
    visibility_timeout=Duration.minutes(5).to_seconds(),
    sqs_managed_sse_enabled=True,
    redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 5},
    tags=[CfnTag(key="domain", value="orders")],
)

dlq.add_property_override(
    "RedriveAllowPolicy",
    {"redrivePermission": "byQueue", "sourceQueueArns": [stack.format_arn(service="sqs", resource="orders.fifo")]},
)

sqs.CfnQueuePolicy(
    stack,
    "Policy",
    queues=[queue.ref, dlq.ref],
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue.attr_arn,
            }
        ],
    },
)

CfnOutput(stack, "QueueUrl", value=queue.attr_queue_url)
CfnOutput(stack, "QueueName", value=queue.attr_queue_name)
CfnOutput(stack, "DlqArn", value=dlq.attr_arn)

app.synth()
