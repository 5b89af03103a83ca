"""Lambda, SNS and SQS L1 reference API: function_ref (from_function_name/_arn), topic_ref, queue_ref,
composite refs (Permission, EventInvokeConfig), arn_for_*, and L1s given to Function (environment_encryption,
code_signing_config), to Topic logging configs (feedback roles) and to L1 properties."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "LambdaRefsStack")

key = kms.CfnKey(stack, "Key")
role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
)
signing = lambda_.CfnCodeSigningConfig(
    stack,
    "Signing",
    allowed_publishers={"signingProfileVersionArns": ["arn:aws:signer:us-east-1:111111111111:/signing-profiles/p/abc"]},
)
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment_encryption=key,
    code_signing_config=signing,
)
l1_fn = lambda_.CfnFunction(
    stack,
    "L1Fn",
    code={"zipFile": "def handler(event, context):\n    return 1\n"},
    role=role,
    runtime="python3.12",
    handler="index.handler",
    kms_key_arn=key,
)
permission = lambda_.CfnPermission(
    stack, "Permission", action="lambda:InvokeFunction", function_name=l1_fn, principal="sns.amazonaws.com"
)
invoke_config = lambda_.CfnEventInvokeConfig(
    stack, "InvokeConfig", function_name=l1_fn, qualifier="$LATEST", maximum_retry_attempts=0
)
by_name = lambda_.CfnFunction.from_function_name(stack, "ByName", "existing-fn")
by_arn = lambda_.CfnFunction.from_function_arn(
    stack, "ByArn", "arn:aws:lambda:eu-central-1:555555555555:function:other"
)

topic = sns.CfnTopic(stack, "L1Topic", kms_master_key_id=key)
sns.Topic(
    stack,
    "Topic",
    logging_configs=[
        sns.LoggingConfig(protocol=sns.LoggingProtocol.LAMBDA, failure_feedback_role=role, success_feedback_role=role)
    ],
)
queue = sqs.CfnQueue(stack, "L1Queue", kms_master_key_id=key)
sns.CfnSubscription(stack, "Subscription", protocol="sqs", topic_arn=topic, endpoint=queue)
lambda_.CfnEventSourceMapping(stack, "Mapping", function_name=l1_fn, event_source_arn=queue)

CfnOutput(stack, "FnName", value=l1_fn.function_ref.function_name)
CfnOutput(stack, "FnArn", value=lambda_.CfnFunction.arn_for_function(l1_fn))
CfnOutput(stack, "L2FnArn", value=lambda_.CfnFunction.arn_for_function(fn))
CfnOutput(stack, "PermissionFunction", value=permission.permission_ref.function_name)
CfnOutput(stack, "PermissionId", value=permission.permission_ref.permission_id)
CfnOutput(stack, "InvokeConfigQualifier", value=invoke_config.event_invoke_config_ref.qualifier)
CfnOutput(stack, "ByNameArn", value=by_name.function_ref.function_arn)
CfnOutput(stack, "ByArnName", value=by_arn.function_ref.function_name)
CfnOutput(stack, "ByArnRegion", value=by_arn.env.region)
CfnOutput(stack, "SigningArn", value=lambda_.CfnCodeSigningConfig.arn_for_code_signing_config(signing))
CfnOutput(stack, "TopicArn", value=sns.CfnTopic.arn_for_topic(topic))
CfnOutput(stack, "QueueUrl", value=queue.queue_ref.queue_url)
CfnOutput(stack, "QueueArn", value=sqs.CfnQueue.arn_for_queue(queue))

app.synth()
