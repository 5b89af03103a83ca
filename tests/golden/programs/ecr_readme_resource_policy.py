"""ECR README: add a statement (without resources) to the repository's resource policy."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "ResourcePolicyStack")
repository = ecr.Repository(stack, "Repository")

repository.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["ecr:GetDownloadUrlForLayer"],
        # resources: ['*'], // not currently allowed!
        principals=[iam.AnyPrincipal()],
    )
)

app.synth()
