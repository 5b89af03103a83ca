"""Grants to AnyPrincipal go to the resource policy: pull, push, read and a custom grant."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "GrantsStack")

ecr.Repository(stack, "TestHarnessRepo").grant_pull(iam.AnyPrincipal())
ecr.Repository(stack, "PushRepo").grant_push(iam.AnyPrincipal())
ecr.Repository(stack, "TestRepo").grant_read(iam.AnyPrincipal())
ecr.Repository(stack, "PullPushRepo").grant_pull_push(iam.AnyPrincipal())
ecr.Repository(stack, "CustomRepo").grant(iam.AnyPrincipal(), "ecr:ListImages", "ecr:DescribeImages")
ecr.Repository(stack, "AccountRepo").grant_pull(iam.AccountPrincipal("123456789012"))
ecr.Repository(stack, "ServiceRepo").grant_pull(iam.ServicePrincipal("codebuild.amazonaws.com"))

app.synth()
