"""ECR README: grant a user access to an authorization token for the public gallery."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "PublicGalleryStack")

user = iam.User(stack, "User")
ecr.PublicGalleryAuthorizationToken.grant_read(user)

app.synth()
