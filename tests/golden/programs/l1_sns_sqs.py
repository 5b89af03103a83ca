"""SNS and SQS L1s: topics (standard and FIFO) with nested struct lists and JSON policies, subscriptions with
filter/delivery/redrive policies, queues with KMS, queue and topic policies (attached and inline)."""

from purecdk import App, Aws, CfnOutput, CfnTag, Stack
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SnsSqsL1Stack")

key_id = f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
feedback_role = f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/sns-feedback"

topic = sns.CfnTopic(
    stack,
    "Topic",
    topic_name="orders",
    display_name="Orders",
    kms_master_key_id=key_id,
    signature_version="2",
    tracing_config="Active",
    delivery_status_logging=[
        sns.CfnTopic.LoggingConfigProperty(
            protocol="sqs",
            failure_feedback_role_arn=feedback_role,
            success_feedback_role_arn=feedback_role,
            success_feedback_sample_rate="50",
        ),
        sns.CfnTopic.LoggingConfigProperty(protocol="lambda", failure_feedback_role_arn=feedback_role),
    ],
    subscription=[
        sns.CfnTopic.SubscriptionProperty(protocol="email", endpoint="ops@example.com"),
        sns.CfnTopic.SubscriptionProperty(
            protocol="sqs", endpoint=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:audit"
        ),
    ],
    data_protection_policy={
        "Name": "orders-data-protection",
        "Description": "Deny credit card numbers",
        "Version": "2021-06-01",
        "Statement": [
            {
                "Sid": "DenyCreditCards",
                "DataDirection": "Inbound",
                "Principal": ["*"],
                "DataIdentifier": [f"arn:{Aws.PARTITION}:dataprotection::aws:data-identifier/CreditCardNumber"],
                "Operation": {"Deny": {}},
            }
        ],
    },
    tags=[CfnTag(key="domain", value="orders")],
)

fifo = sns.CfnTopic(
    stack,
    "FifoTopic",
    topic_name="payments.fifo",
    fifo_topic=True,
    content_based_deduplication=True,
    fifo_throughput_scope="MessageGroup",
    archive_policy={"MessageRetentionPeriod": 30},
    maximum_message_size=65536,
)

dlq = sqs.CfnQueue(stack, "DeadLetters", queue_name="payments-dlq.fifo", fifo_queue=True)
queue = sqs.CfnQueue(
    stack,
    "Queue",
    queue_name="payments.fifo",
    fifo_queue=True,
    kms_master_key_id=key_id,
    kms_data_key_reuse_period_seconds=600,
    message_retention_period=345600,
    redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 3},
    tags=[CfnTag(key="domain", value="payments")],
)
dlq.redrive_allow_policy = {
    "redrivePermission": "byQueue",
    "sourceQueueArns": [f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:payments.fifo"],
}

subscription = sns.CfnSubscription(
    stack,
    "Subscription",
    protocol="sqs",
    topic_arn=fifo.ref,
    endpoint=queue.attr_arn,
    raw_message_delivery=True,
    filter_policy_scope="MessageBody",
    filter_policy={"amount": [{"numeric": [">=", 100]}], "currency": ["EUR", "USD"]},
    redrive_policy={"deadLetterTargetArn": dlq.attr_arn},
    region=Aws.REGION,
)

sns.CfnSubscription(
    stack,
    "HttpSubscription",
    protocol="https",
    topic_arn=topic.attr_topic_arn,
    endpoint="https://hooks.example.com/orders",
    delivery_policy={
        "healthyRetryPolicy": {"numRetries": 5, "minDelayTarget": 2, "maxDelayTarget": 20, "backoffFunction": "linear"}
    },
)

sns.CfnTopicPolicy(
    stack,
    "TopicPolicy",
    topics=[topic.ref],
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "events.amazonaws.com"},
                "Action": "sns:Publish",
                "Resource": topic.ref,
            }
        ],
    },
)

sns.CfnTopicInlinePolicy(
    stack,
    "FifoTopicPolicy",
    topic_arn=fifo.attr_topic_arn,
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
                "Action": "sns:Publish",
                "Resource": fifo.attr_topic_arn,
            }
        ],
    },
)

sqs.CfnQueueInlinePolicy(
    stack,
    "QueuePolicy",
    queue=queue.ref,
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue.attr_arn,
                "Condition": {"ArnEquals": {"aws:SourceArn": fifo.attr_topic_arn}},
            }
        ],
    },
)

CfnOutput(stack, "TopicArn", value=topic.attr_topic_arn)
CfnOutput(stack, "TopicName", value=topic.attr_topic_name)
CfnOutput(stack, "SubscriptionArn", value=subscription.attr_arn)
CfnOutput(stack, "QueueUrl", value=queue.attr_queue_url)

app.synth()
