"""auto_delete_images (deprecated) on two repositories: one provider per stack, custom resources, tags, role."""

from purecdk import App, CfnOutput, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "AutoDeleteStack")

named = ecr.Repository(
    stack, "Repo1", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY, repository_name="auto-delete"
)
ecr.Repository(stack, "Repo2", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)
ecr.Repository(stack, "Emptied", empty_on_delete=True, removal_policy=RemovalPolicy.DESTROY)
CfnOutput(stack, "Name", value=named.repository_name)

other = Stack(app, "OtherStack", env={"account": "123456789012", "region": "eu-west-1"})
ecr.Repository(other, "Repo", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)

app.synth()
