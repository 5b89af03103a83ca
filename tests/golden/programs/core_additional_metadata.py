"""L2 properties and method calls as the CDKMetadata analytics record them (enableAdditionalMetadataCollection):
enums in nested structs and lists, booleans, dicts given for structs, explicit None arguments, principals, internal
calls (async invoke config, environment), imported and immutable roles."""

from purecdk import App, CustomResource, Duration, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "AdditionalMetadata")

dlq = sqs.Queue(stack, "Dlq", fifo=True, content_based_deduplication=True)
sqs.Queue(
    stack,
    "Queue",
    fifo=True,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
    fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
    encryption=sqs.QueueEncryption.KMS_MANAGED,
    dead_letter_queue={"queue": dlq, "max_receive_count": 3},
    redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL),
    enforce_ssl=True,
    visibility_timeout=Duration.seconds(45),
    removal_policy=RemovalPolicy.RETAIN,
)

feedback = iam.Role(stack, "Feedback", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), path="/sns/")
topic = sns.Topic(
    stack,
    "Topic",
    enforce_ssl=False,
    tracing_config=sns.TracingConfig.ACTIVE,
    logging_configs=[sns.LoggingConfig(protocol=sns.LoggingProtocol.SQS, failure_feedback_role=feedback)],
)
topic.add_logging_config(
    protocol=sns.LoggingProtocol.LAMBDA, success_feedback_role=feedback, success_feedback_sample_rate=50
)

key = kms.Key(
    stack,
    "Key",
    admins=[iam.AccountRootPrincipal(), iam.ArnPrincipal("arn:aws:iam::123456789012:role/admin"), feedback],
    key_spec=kms.KeySpec.SYMMETRIC_DEFAULT,
    enable_key_rotation=True,
)
key.grant_admin(iam.ServicePrincipal("events.amazonaws.com"))

role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.CompositePrincipal(iam.ServicePrincipal("lambda.amazonaws.com"), iam.AccountPrincipal("123456789012")),
    max_session_duration=Duration.hours(2),
)
role.grant(iam.AccountRootPrincipal(), "iam:GetRole", "iam:ListRoles")
role.grant_assume_role(iam.ArnPrincipal("arn:aws:iam::123456789012:user/ops"))
role.grant_pass_role(feedback)
role.without_policy_updates(add_grants_to_resources=True)
role.without_policy_updates()
role.apply_removal_policy(RemovalPolicy.DESTROY)
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
imported = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/other", mutable=False)
imported.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={"STAGE": "prod", "COLOR": "blue"},
    retry_attempts=1,
    tracing=lambda_.Tracing.ACTIVE,
)
fn.add_environment("EXTRA", "yes", remove_in_edge=True)
other = lambda_.Function(
    stack,
    "Other",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
)
other.configure_async_invoke(max_event_age=Duration.minutes(5))

repo = ecr.Repository(
    stack,
    "Repo",
    image_tag_mutability=ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[ecr.ImageTagMutabilityExclusionFilter.wildcard("dev-*")],
    lifecycle_rules=[{"tagStatus": ecr.TagStatus.UNTAGGED, "maxImageCount": 2}],
)
repo.add_lifecycle_rule(tag_status=ecr.TagStatus.TAGGED, tag_pattern_list=["v*"], max_image_age=Duration.days(30))
rule = events.Rule(
    stack,
    "Rule",
    enabled=False,
    schedule=events.Schedule.rate(Duration.hours(1)),
    description="hourly",
)
rule.add_target(None)
pattern_rule = events.Rule(stack, "Pattern", event_pattern=events.EventPattern(source=["aws.ecr"]))
pattern_rule.add_event_pattern(detail_type=["ECR Image Action"], detail={"action-type": ["PUSH"]})

user = iam.User(stack, "User", path="/people/")
group = iam.Group(stack, "Group")
user.add_to_group(group)
iam.ManagedPolicy(
    stack,
    "Managed",
    users=[user],
    groups=[group],
    roles=[role],
    statements=[iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])],
)

custom = CustomResource(
    stack,
    "Custom",
    service_token=fn.function_arn,
    pascal_case_properties=True,
    properties={"name": "x"},
    removal_policy=RemovalPolicy.RETAIN,
)
custom.get_att_string("Value")

app.synth()
