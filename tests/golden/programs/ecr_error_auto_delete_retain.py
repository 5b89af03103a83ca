"""Error: auto_delete_images with RemovalPolicy.RETAIN."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", auto_delete_images=True, removal_policy=RemovalPolicy.RETAIN)

app.synth()
