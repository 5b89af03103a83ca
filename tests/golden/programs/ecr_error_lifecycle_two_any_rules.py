"""Error: two TagStatus.ANY rules."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
repo = ecr.Repository(stack, "Repo")
repo.add_lifecycle_rule(max_image_count=3)
repo.add_lifecycle_rule(max_image_age=Duration.days(3))

app.synth()
