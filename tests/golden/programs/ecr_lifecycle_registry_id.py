"""lifecycle_registry_id: rendered with or without rules; no LifecyclePolicy without both."""

from purecdk import App, Aws, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "RegistryIdStack")

ecr.Repository(stack, "RegistryOnly", lifecycle_registry_id="123456789012")
ecr.Repository(stack, "RegistryAndRules", lifecycle_registry_id=Aws.ACCOUNT_ID, lifecycle_rules=[{"maxImageCount": 1}])
ecr.Repository(stack, "Neither")

app.synth()
