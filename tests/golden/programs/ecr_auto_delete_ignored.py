"""auto_delete_images is ignored when empty_on_delete is set (true or false): no custom resource."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "AutoDeleteIgnoredStack")

ecr.Repository(stack, "Repo1", auto_delete_images=True, empty_on_delete=True, removal_policy=RemovalPolicy.DESTROY)
ecr.Repository(stack, "Repo2", auto_delete_images=True, empty_on_delete=False, removal_policy=RemovalPolicy.DESTROY)
ecr.Repository(stack, "Repo3", auto_delete_images=False, removal_policy=RemovalPolicy.DESTROY)

app.synth()
