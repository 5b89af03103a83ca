"""Tags on taggable L1s of both flavours: "v1" (``tags`` is the TagManager, ``tags_raw`` the value) and "v2"
(``cdk_tag_manager``, plain ``tags``): tags given in props, Tags.of() from the stack and from a scope, priorities,
include/exclude by resource type, removal, tags set after construction, and non-tag-manager tag lists."""

from purecdk import App, CfnTag, Stack, Tags
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "L1TagsStack")

# v1: tags given in props, then the stack-wide tags (priority 100 beats the props' 0 for the same key)
repository = ecr.CfnRepository(
    stack,
    "Repository",
    tags=[CfnTag(key="team", value="from-props"), CfnTag(key="owner", value="alice")],
)
queue = sqs.CfnQueue(stack, "Queue", tags=[CfnTag(key="team", value="queue-team")])
topic = sns.CfnTopic(stack, "Topic")
key = kms.CfnKey(stack, "Key")
role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
    tags=[CfnTag(key="z-last", value="1"), CfnTag(key="a-first", value="2")],
)
function = lambda_.CfnFunction(
    stack,
    "Function",
    runtime="python3.13",
    handler="index.handler",
    role=role.attr_arn,
    code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return None\n"),
)

# v2: tags in props and the tag manager
bus = events.CfnEventBus(stack, "Bus", name="tagged-bus", tags=[CfnTag(key="team", value="bus-props")])
rule = events.CfnRule(stack, "Rule", schedule_expression="rate(1 day)", state="DISABLED")
mapping = lambda_.CfnEventSourceMapping(
    stack,
    "Mapping",
    function_name=function.ref,
    event_source_arn="arn:aws:sqs:us-east-1:123456789012:source",
    tags=[CfnTag(key="source", value="sqs")],
)

# not tag managers: a template's ResourceTags are left alone by Tags.of()
ecr.CfnRepositoryCreationTemplate(
    stack,
    "Template",
    prefix="tagged",
    applied_for=["REPLICATION"],
    resource_tags=[CfnTag(key="template", value="yes")],
)

# a nested scope with its own tags
group = Construct(stack, "Group")
inner_queue = sqs.CfnQueue(group, "InnerQueue")
events.CfnRule(group, "InnerRule", schedule_expression="rate(2 days)", state="DISABLED")

Tags.of(stack).add("team", "platform")
Tags.of(stack).add("cost-center", "1234")
Tags.of(stack).add("only-queues", "yes", include_resource_types=["AWS::SQS::Queue"])
Tags.of(stack).add("not-on-rules", "yes", exclude_resource_types=["AWS::Events::Rule"])
Tags.of(stack).add("low", "stack", priority=10)
Tags.of(group).add("group", "inner")
Tags.of(group).add("low", "group", priority=5)
Tags.of(group).add("team", "group-team", priority=300)
Tags.of(topic).remove("cost-center")
Tags.of(stack).remove("owner", priority=50)

# the tag managers directly, and raw tags set after construction
repository.tags.set_tag("direct", "v1", 200)
bus.cdk_tag_manager.set_tag("direct", "v2", 200)
key.tags_raw = [CfnTag(key="raw", value="set-later")]
rule.tags = [CfnTag(key="raw", value="set-later")]

app.synth()
