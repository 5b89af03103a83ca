"""Error: a tag pattern with more than four wildcards."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo").add_lifecycle_rule(tag_pattern_list=["abc*d*e*f*g*h"], max_image_count=1)

app.synth()
