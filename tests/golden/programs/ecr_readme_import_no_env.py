"""ECR README: Repository.from_lookup in an environment-agnostic stack fails (lookups need account and region)."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ImportStack")

ecr.Repository.from_repository_name(stack, "ImportedRepoByName", "my-repo-name")
ecr.Repository.from_repository_arn(
    stack, "ImportedRepoByArn", "arn:aws:ecr:us-east-1:123456789012:repository/my-repo-name"
)
ecr.Repository.from_lookup(
    stack,
    "ImportedRepoByLookup",
    repository_arn="arn:aws:ecr:us-east-1:123456789012:repository/my-repo-name",
    repository_name="my-repo-name",
)

app.synth()
