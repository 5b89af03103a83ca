"""Error: a maximum image age that is not a whole number of days."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(max_image_age=Duration.hours(36))

app.synth()
