"""Aliases and versions of an image function as targets: ECR scan rules and a cross-stack grant."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "ImageTargets")
repository = ecr.Repository(stack, "Scanner", image_scan_on_push=True)
scanner = lambda_.DockerImageFunction(
    stack,
    "Findings",
    code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="scanner-1"),
    description="reacts to scan findings",
)
prod = scanner.add_alias("prod")
repository.on_image_scan_completed("ToAlias", target=targets.LambdaFunction(prod))
repository.on_image_scan_completed("ToVersion", target=targets.LambdaFunction(scanner.current_version))

consumers = Stack(app, "Consumers")
caller = iam.Role(consumers, "Caller", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
prod.grant_invoke(caller)
CfnOutput(consumers, "AliasName", value=prod.function_name)

app.synth()
