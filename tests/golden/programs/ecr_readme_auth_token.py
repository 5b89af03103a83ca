"""ECR README: grant a user access to GetAuthorizationToken."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "AuthTokenStack")

user = iam.User(stack, "User")
ecr.AuthorizationToken.grant_read(user)

app.synth()
