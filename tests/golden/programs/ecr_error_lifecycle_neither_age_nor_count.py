"""Error: neither max_image_age nor max_image_count (rule given at construction)."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", lifecycle_rules=[{"description": "nothing"}])

app.synth()
