"""A grant to a role of another account's stack: tagged role, account principal with a tag condition."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
repo_stack = Stack(app, "RepoStack", env={"account": "111111111111", "region": "us-east-1"})
role_stack = Stack(app, "RoleStack", env={"account": "222222222222", "region": "us-east-1"})

repo = ecr.Repository(repo_stack, "Repo", repository_name="shared-repo")
role = iam.Role(role_stack, "Role", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
repo.grant_pull(role)
repo.grant_read(role)

app.synth()
