"""Error (at synthesis): a prioritized ANY rule with unprioritized rules."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
repo = ecr.Repository(stack, "Repo")
repo.add_lifecycle_rule(rule_priority=10, max_image_count=3)
repo.add_lifecycle_rule(tag_prefix_list=["a"], max_image_count=3)

app.synth()
