"""Imports: a concrete ARN, token attributes, a name only, and arn_for_local_repository with a token name."""

from purecdk import App, CfnOutput, Fn, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ImportsStack")
ecr.Repository(stack, "Anchor")  # a stack needs a resource to pass template validation

concrete = ecr.Repository.from_repository_arn(stack, "repo", "arn:aws:ecr:us-east-1:585695036304:repository/foo/bar/foo/fooo")
tokens = ecr.Repository.from_repository_attributes(
    stack, "Repo", repository_arn=Fn.import_value("Arn"), repository_name=Fn.import_value("Name")
)
name_only = ecr.Repository.from_repository_name(stack, "just-name", "my-repo")
repo_name = Fn.import_value("Name")
local = ecr.Repository.from_repository_attributes(
    stack,
    "Local",
    repository_arn=ecr.Repository.arn_for_local_repository(repo_name, stack),
    repository_name=repo_name,
)
other_account = ecr.Repository.from_repository_attributes(
    stack,
    "OtherAccount",
    repository_arn=ecr.Repository.arn_for_local_repository("shared", stack, "999999999999"),
    repository_name="shared",
)

for name, repo in (("Concrete", concrete), ("Tokens", tokens), ("NameOnly", name_only), ("Local", local), ("Other", other_account)):
    CfnOutput(stack, f"{name}Arn", value=repo.repository_arn)
    CfnOutput(stack, f"{name}Name", value=repo.repository_name)
    CfnOutput(stack, f"{name}Uri", value=repo.repository_uri)

app.synth()
