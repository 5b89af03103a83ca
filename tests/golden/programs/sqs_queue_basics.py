"""sqs.Queue: defaults (removal policy DESTROY), durations, sizes, FIFO options, encryption kinds, DLQ, redrive."""

from purecdk import App, CfnOutput, Duration, RemovalPolicy, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsBasics")

sqs.Queue(stack, "Default")
dlq = sqs.Queue(stack, "DeadLetters", retention_period=Duration.days(14), removal_policy=RemovalPolicy.RETAIN)
worker = sqs.Queue(
    stack,
    "Worker",
    queue_name="scan-worker",
    visibility_timeout=Duration.minutes(5),
    retention_period=Duration.hours(12),
    delivery_delay=Duration.seconds(0),
    receive_message_wait_time=Duration.seconds(20),
    max_message_size_bytes=262144,
    encryption=sqs.QueueEncryption.SQS_MANAGED,
    dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=5, queue=dlq),
)
sqs.Queue(stack, "FifoByName", queue_name="orders.fifo", content_based_deduplication=True)
sqs.Queue(
    stack,
    "FifoHighThroughput",
    fifo=True,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
    fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
)
sqs.Queue(stack, "NotFifo", fifo=False)
sqs.Queue(stack, "KmsManaged", encryption=sqs.QueueEncryption.KMS_MANAGED, data_key_reuse=Duration.minutes(10))
sqs.Queue(stack, "Unencrypted", encryption=sqs.QueueEncryption.UNENCRYPTED, removal_policy=RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
sqs.Queue(stack, "RedriveAll", redrive_allow_policy=sqs.RedriveAllowPolicy())
sqs.Queue(stack, "RedriveDeny", redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))
sqs.Queue(stack, "RedriveSources", redrive_allow_policy=sqs.RedriveAllowPolicy(source_queues=[worker, dlq]))

CfnOutput(stack, "WorkerArn", value=worker.queue_arn)
CfnOutput(stack, "WorkerName", value=worker.queue_name)
CfnOutput(stack, "WorkerUrl", value=worker.queue_url)
CfnOutput(stack, "WorkerFifo", value=str(worker.fifo))

app.synth()
