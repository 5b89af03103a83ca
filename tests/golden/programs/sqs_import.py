"""sqs.Queue.from_queue_arn / from_queue_attributes: names, URLs and FIFO-ness of imported queues."""

from purecdk import App, CfnOutput, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsImport")

plain = sqs.Queue.from_queue_arn(stack, "Plain", "arn:aws:sqs:eu-west-1:123456789012:jobs")
fifo = sqs.Queue.from_queue_arn(stack, "Fifo", "arn:aws:sqs:us-east-1:210987654321:orders.fifo")
custom = sqs.Queue.from_queue_attributes(
    stack,
    "Custom",
    queue_arn="arn:aws:sqs:eu-west-1:123456789012:other",
    queue_url="https://example.com/queue",
    queue_name="given-name",
)
token = sqs.Queue.from_queue_arn(stack, "Token", Fn.import_value("SharedQueueArn"))
sqs.Queue(stack, "Owned", dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=3, queue=fifo))

for name, queue in {"Plain": plain, "Fifo": fifo, "Custom": custom, "Token": token}.items():
    CfnOutput(stack, f"{name}Arn", value=queue.queue_arn)
    CfnOutput(stack, f"{name}Name", value=queue.queue_name)
    CfnOutput(stack, f"{name}Url", value=queue.queue_url)
    CfnOutput(stack, f"{name}IsFifo", value=str(queue.fifo))
    CfnOutput(stack, f"{name}Account", value=queue.env.account)
    CfnOutput(stack, f"{name}Region", value=queue.env.region)

app.synth()
