"""auto_delete_images with asset metadata enabled (as the cdk CLI does): the handler records its asset."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App(context={"aws:cdk:enable-asset-metadata": True})
stack = Stack(app, "AssetMetadataStack")
ecr.Repository(stack, "Repo", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)

app.synth()
