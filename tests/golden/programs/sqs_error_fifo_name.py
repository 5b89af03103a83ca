"""Meant to fail: a FIFO queue's name must end in '.fifo'."""

from purecdk import App, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsFifoName")
sqs.Queue(stack, "Queue", queue_name="orders", fifo=True)

app.synth()
