"""FIFO queue names from tokens on the L1 (the Queue L2 insists on a literal ".fifo" suffix): the template
validation resolves the stack name and reports the queue whose name lacks the suffix (E2504 and E3501)."""

from purecdk import App, Aws, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "FifoNames")
sqs.CfnQueue(stack, "Jobs", fifo_queue=True, queue_name=Fn.join("-", [Aws.STACK_NAME, "jobs"]))
sqs.CfnQueue(stack, "Orders", fifo_queue=True, queue_name=Fn.join("-", [Aws.STACK_NAME, "orders.fifo"]))
sqs.CfnQueue(stack, "Standard", queue_name=Fn.join("-", [Aws.STACK_NAME, "standard"]))

app.synth()
