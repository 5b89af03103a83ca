"""DockerImageFunction from an ECR repository (tag, digest, image config); a scan rule targets another function."""

from purecdk import App, CfnOutput, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaImage")

repository = ecr.Repository(stack, "Images", image_scan_on_push=True)

service = lambda_.DockerImageFunction(
    stack,
    "Service",
    code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="v1.2.3"),
    timeout=Duration.seconds(30),
    memory_size=1024,
    architecture=lambda_.Architecture.ARM_64,
    environment={"STAGE": "prod"},
)
lambda_.DockerImageFunction(
    stack,
    "Pinned",
    code=lambda_.DockerImageCode.from_ecr(
        repository,
        tag_or_digest="sha256:94afd1f2e64d908bc90dbca0035a5b567EXAMPLE",
        cmd=["app.handler"],
        entrypoint=["/lambda-entrypoint.sh"],
        working_directory="/var/task",
    ),
)
lambda_.DockerImageFunction(
    stack,
    "DefaultTag",
    code=lambda_.DockerImageCode.from_ecr(repository),
    description="runs the latest image",
)
lambda_.Function(
    stack,
    "ViaCode",
    code=lambda_.Code.from_ecr_image(repository, tag="stable", cmd=["main.run"]),
    handler=lambda_.Handler.FROM_IMAGE,
    runtime=lambda_.Runtime.FROM_IMAGE,
)
lambda_.Function(
    stack,
    "ViaEcrImageCode",
    code=lambda_.EcrImageCode(repository, tag_or_digest="latest"),
    handler=lambda_.Handler.FROM_IMAGE,
    runtime=lambda_.Runtime.FROM_IMAGE,
)

notifier = lambda_.Function(
    stack,
    "ScanNotifier",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)\n"),
)
repository.on_image_scan_completed("Scanned", target=targets.LambdaFunction(notifier))

CfnOutput(stack, "ServiceArn", value=service.function_arn)

app.synth()
