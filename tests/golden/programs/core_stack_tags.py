"""Stack-level tags= and Tags.of(stack): what reaches the manifest and the resources."""

from purecdk import App, Stack, Tags
from purecdk import aws_ecr as ecr
from purecdk import aws_sqs as sqs

app = App()
tagged = Stack(app, "TaggedStack", tags={"project": "purecdk", "owner": "core-team"})
sqs.CfnQueue(tagged, "Queue")
ecr.CfnRepository(tagged, "Repository")

aspect_tagged = Stack(app, "AspectTaggedStack")
Tags.of(aspect_tagged).add("via", "aspect")
sqs.CfnQueue(aspect_tagged, "Queue")

both = Stack(app, "BothStack", tags={"via": "props"})
Tags.of(both).add("extra", "aspect")
sqs.CfnQueue(both, "Queue")

app.synth()
