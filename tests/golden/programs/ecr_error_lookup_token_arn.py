"""Error: from_lookup with a token ARN."""

from purecdk import App, CfnParameter, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
env_stack = Stack(app, "Env", env={"account": "123456789012", "region": "us-east-1"})
ecr.Repository.from_lookup(env_stack, "MyRepository", repository_arn=CfnParameter(env_stack, "RepoArn").value_as_string)

app.synth()
