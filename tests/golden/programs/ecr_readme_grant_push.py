"""ECR README: grant_push to a CodeBuild role."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "GrantPushStack")
repository = ecr.Repository(stack, "Repository")

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
repository.grant_push(role)

app.synth()
