"""ECR README: delete images older than 30 days, keeping those tagged with prod (order matters)."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "LifecycleRulesStack")
repository = ecr.Repository(stack, "Repository")

repository.add_lifecycle_rule(tag_prefix_list=["prod"], max_image_count=9999)
repository.add_lifecycle_rule(max_image_age=Duration.days(30))

app.synth()
