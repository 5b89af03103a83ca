"""Image functions across stacks: a repository in one stack, versioned image functions and aliases in another."""

from purecdk import App, Duration, RemovalPolicy, Stack, Tags
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
registry = Stack(app, "Registry")
repository = ecr.Repository(registry, "App", repository_name="orders-service")

service = Stack(app, "Service")
fn = lambda_.DockerImageFunction(
    service,
    "Orders",
    code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="2024.06.01", cmd=["orders.handler"]),
    function_name="orders",
    environment={"TABLE": "orders", "MODE": "live"},
    memory_size=2048,
    tracing=lambda_.Tracing.ACTIVE,
    dead_letter_queue_enabled=True,
    current_version_options=lambda_.VersionOptions(
        removal_policy=RemovalPolicy.DESTROY,
        retry_attempts=1,
        max_event_age=Duration.minutes(5),
    ),
)
Tags.of(fn).add("team", "orders")
fn.invalidate_version_based_on("2024-06-01")
live = fn.add_alias("live", description="live traffic", retry_attempts=0)
live.grant_invoke(iam.ServicePrincipal("apigateway.amazonaws.com"))

imported_repo = ecr.Repository.from_repository_name(service, "Shared", "shared-images")
worker = lambda_.Function(
    service,
    "Worker",
    code=lambda_.Code.from_ecr_image(imported_repo, tag_or_digest="sha256:" + "a" * 64, entrypoint=["/worker"]),
    handler=lambda_.Handler.FROM_IMAGE,
    runtime=lambda_.Runtime.FROM_IMAGE,
    architecture=lambda_.Architecture.ARM_64,
)
worker.current_version.configure_async_invoke(retry_attempts=2)
consumer = iam.Role(service, "Consumer", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
worker.grant_invoke_version(consumer, worker.current_version)
worker.grant_invoke_latest_version(iam.ServicePrincipal("sqs.amazonaws.com"))
worker.latest_version.add_alias("edge")
pinned = lambda_.Version.from_version_attributes(service, "Pinned", lambda_=worker, version="3")
lambda_.Alias(service, "Stable", alias_name="stable", version=pinned)

app.synth()
