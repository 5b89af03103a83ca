"""Error: tag_pattern_list with TagStatus.UNTAGGED."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(tag_status=ecr.TagStatus.UNTAGGED, tag_pattern_list=["abc*"], max_image_count=1)

app.synth()
