"""Error: tag_prefix_list and tag_pattern_list in one rule."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(tag_prefix_list=["abc"], tag_pattern_list=["abc*"], max_image_count=1)

app.synth()
