"""Error: both max_image_age and max_image_count."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(max_image_age=Duration.days(3), max_image_count=3)

app.synth()
