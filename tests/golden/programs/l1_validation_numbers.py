"""Meant to fail under the recommended context: L1 values outside the schemas' numeric constraints (minimum,
maximum, wrong type, a numeric string). aws-cdk-lib prints them as warnings by default."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "NumbersStack")

queue = sqs.CfnQueue(stack, "Queue", message_retention_period=7, delay_seconds=1000, maximum_message_size=512)
queue.add_property_override("VisibilityTimeout", "thirty")
queue.add_property_override("ReceiveMessageWaitTimeSeconds", "10")

kms.CfnKey(stack, "Key", pending_window_in_days=3, rotation_period_in_days=5000)

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
    max_session_duration=60,
)

function = lambda_.CfnFunction(
    stack,
    "Function",
    runtime="python3.13",
    handler="index.handler",
    role=role.attr_arn,
    code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return None\n"),
    memory_size=64,
    timeout=1000,
    ephemeral_storage=lambda_.CfnFunction.EphemeralStorageProperty(size=100),
)
function.add_property_override("ReservedConcurrentExecutions", True)

app.synth()
