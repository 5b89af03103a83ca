"""ECR README: import existing repositories by name, by ARN and by lookup (in a stack with an environment)."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ImportStack", env={"account": "123456789012", "region": "us-east-1"})
ecr.Repository(stack, "Anchor")  # a stack needs a resource to pass template validation

# import using repository name
repository_from_name = ecr.Repository.from_repository_name(stack, "ImportedRepoByName", "my-repo-name")

# import using repository ARN
repository_from_arn = ecr.Repository.from_repository_arn(
    stack, "ImportedRepoByArn", "arn:aws:ecr:us-east-1:123456789012:repository/my-repo-name"
)

# import using repository lookup
# You have to provide either `repositoryArn` or `repositoryName` to lookup the repository
repository_from_lookup = ecr.Repository.from_lookup(
    stack,
    "ImportedRepoByLookup",
    repository_arn="arn:aws:ecr:us-east-1:123456789012:repository/my-repo-name",
    repository_name="my-repo-name",
)

for name, repo in (("ByName", repository_from_name), ("ByArn", repository_from_arn), ("ByLookup", repository_from_lookup)):
    CfnOutput(stack, f"{name}Name", value=repo.repository_name)
    CfnOutput(stack, f"{name}Arn", value=repo.repository_arn)
    CfnOutput(stack, f"{name}Uri", value=repo.repository_uri)
    CfnOutput(stack, f"{name}Registry", value=repo.registry_uri)

app.synth()
