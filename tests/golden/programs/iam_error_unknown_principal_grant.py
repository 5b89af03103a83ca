"""Meant to fail: a resource grant to a function imported without its role.

The unknown principal has no account, so the grant falls back to the queue's resource policy, which needs
the principal's policy fragment.
"""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "UnknownPrincipalGrantStack", env={"account": "123456789012", "region": "us-east-1"})

queue = sqs.Queue(stack, "Queue")
imported = lambda_.Function.from_function_arn(
    stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:existing"
)
queue.grant_send_messages(imported)

app.synth()
