"""Tags.of(...).add/remove: priorities, include/exclude resource types, apply_to_launched_instances."""

from purecdk import App, CfnResource, CfnTag, Stack, Tags
from purecdk import aws_ecr as ecr
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "TagsStack")

queue = sqs.CfnQueue(stack, "Queue", tags=[CfnTag(key="declared", value="in-props")])
repository = ecr.CfnRepository(stack, "Repository")

group = Construct(stack, "Group")
inner_queue = sqs.CfnQueue(group, "InnerQueue")
inner_repository = ecr.CfnRepository(group, "InnerRepository")

asg = CfnResource(
    stack,
    "Asg",
    type="AWS::AutoScaling::AutoScalingGroup",
    properties={
        "MinSize": "1",
        "MaxSize": "1",
        "AvailabilityZones": ["us-east-1a"],
        "LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0", "Version": "1"},
    },
)
# A generic CfnResource is not taggable: Tags.of() skips it.
CfnResource(stack, "Topic", type="AWS::SNS::Topic")

Tags.of(app).add("app-wide", "yes")
Tags.of(stack).add("environment", "test")
Tags.of(stack).add("declared", "from-aspect")
Tags.of(group).add("group", "inner", priority=200)
Tags.of(stack).add("group", "outer", priority=100)
Tags.of(stack).add("only-queues", "q", include_resource_types=["AWS::SQS::Queue"])
Tags.of(stack).add("not-repos", "r", exclude_resource_types=["AWS::ECR::Repository"])
Tags.of(stack).add("launched", "no", apply_to_launched_instances=False)
Tags.of(group).remove("environment")
Tags.of(stack).remove("not-repos", include_resource_types=["AWS::SQS::Queue"], priority=300)
Tags.of(inner_queue).add("z-last", "1")
Tags.of(inner_queue).add("a-first", "2")
Tags.of(inner_repository).add("shared", "low", priority=50)
Tags.of(inner_repository).add("shared", "high", priority=60)
Tags.of(inner_repository).add("shared", "ignored", priority=10)
Tags.of(queue).add("empty-value", "")

app.synth()
