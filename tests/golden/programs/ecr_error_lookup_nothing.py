"""Error: from_lookup without a name or an ARN."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
env_stack = Stack(app, "Env", env={"account": "123456789012", "region": "us-east-1"})
ecr.Repository.from_lookup(env_stack, "MyRepository")

app.synth()
