"""Error: TagStatus.TAGGED without a prefix or pattern list."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(tag_status=ecr.TagStatus.TAGGED, max_image_count=1)

app.synth()
