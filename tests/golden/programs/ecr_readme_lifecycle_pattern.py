"""ECR README: a lifecycle rule matching tags with a wildcard pattern."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "LifecyclePatternStack")
repository = ecr.Repository(stack, "Repository")

repository.add_lifecycle_rule(tag_pattern_list=["prod*"], max_image_count=9999)

app.synth()
