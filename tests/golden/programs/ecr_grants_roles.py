"""Grants to roles and users of the same stack, several grants to one role, and to imported roles."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "GrantsRolesStack")
repo = ecr.Repository(stack, "TestHarnessRepo")

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
repo.grant_pull(role)
repo.grant_read(role)
repo.grant(role, "ecr:ListImages")

user = iam.User(stack, "User")
repo.grant_push(user)

same_account = iam.Role.from_role_arn(stack, "SameAccount", f"arn:aws:iam::{stack.account}:role/same")
repo.grant_pull(same_account)
other_account = iam.Role.from_role_arn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/other")
repo.grant_pull_push(other_account)

imported = ecr.Repository.from_repository_name(stack, "Imported", "imported-repo")
imported.grant_pull(role)
imported.grant_pull(iam.AnyPrincipal())

app.synth()
