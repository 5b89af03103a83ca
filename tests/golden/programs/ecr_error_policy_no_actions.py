"""Error at synthesis: a repository policy statement without actions."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "my-stack")
repo = ecr.Repository(stack, "Repo")
repo.add_to_resource_policy(iam.PolicyStatement(principals=[iam.ArnPrincipal("arn")]))

app.synth()
