"""Error: TagStatus.TAGGED with an empty prefix list."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=[], max_image_count=1)

app.synth()
