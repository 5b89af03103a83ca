"""ECR README: publish repository events to a Lambda function with on_event."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_lambda as lambda_
from purecdk.aws_events_targets import LambdaFunction

app = App()
stack = Stack(app, "OnEventStack")

repo = ecr.Repository(stack, "Repo")
lambda_handler = lambda_.Function(
    stack,
    "LambdaFunction",
    runtime=lambda_.Runtime.PYTHON_3_12,
    code=lambda_.Code.from_inline("# dummy func"),
    handler="index.handler",
)

repo.on_event("OnEventTargetLambda", target=LambdaFunction(lambda_handler))

app.synth()
