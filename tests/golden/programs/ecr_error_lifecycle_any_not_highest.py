"""Error (at synthesis): the ANY rule has a lower priority than another rule."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
repo = ecr.Repository(stack, "Repo")
repo.add_lifecycle_rule(rule_priority=1, max_image_count=3)
repo.add_lifecycle_rule(rule_priority=5, tag_prefix_list=["a"], max_image_count=3)

app.synth()
