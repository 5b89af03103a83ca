"""Explicit dependencies between stacks (add_dependency, add_stack_dependency) and the manifest ordering."""

from purecdk import App, Stack
from purecdk import aws_sqs as sqs

app = App()

# Declared in reverse of the deployment order.
last = Stack(app, "LastStack")
sqs.CfnQueue(last, "Queue")
middle = Stack(app, "MiddleStack")
sqs.CfnQueue(middle, "Queue")
sibling = Stack(app, "SiblingStack")
sqs.CfnQueue(sibling, "Queue")
first = Stack(app, "FirstStack")
sqs.CfnQueue(first, "Queue")
independent = Stack(app, "IndependentStack")
sqs.CfnQueue(independent, "Queue")

last.add_dependency(middle, "middle must exist first")
middle.add_dependency(first)
last.add_dependency(first)
sibling.add_stack_dependency(first, reason="the non-deprecated spelling")

app.synth()
