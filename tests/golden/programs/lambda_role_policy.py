"""Function roles: initial_policy, add_to_role_policy, a given role, dead-letter queue and topic."""

from purecdk import App, Duration, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "LambdaRoles")
code = lambda_.Code.from_inline("def handler(event, context):\n    return None\n")

first = lambda_.Function(
    stack,
    "First",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=code,
    initial_policy=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"])],
    dead_letter_queue_enabled=True,
)
first.add_to_role_policy(iam.PolicyStatement(actions=["ecr:DescribeImages"], resources=["*"]))

role = iam.Role(
    stack,
    "SharedRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
)
queue = sqs.Queue(stack, "Dlq", retention_period=Duration.days(4))
second = lambda_.Function(
    stack,
    "Second",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=code,
    role=role,
    dead_letter_queue=queue,
)
second.add_to_role_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=[queue.queue_arn]))

topic = sns.Topic(stack, "DlqTopic")
lambda_.Function(
    stack,
    "Third",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => null;"),
    dead_letter_topic=topic,
    max_event_age=Duration.hours(1),
    retry_attempts=1,
)

app.synth()
