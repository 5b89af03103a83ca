"""format_arn / split_arn / Arn.split / Arn.extract_resource_name with literal and token ARNs."""

from purecdk import App, Arn, ArnComponents, ArnFormat, CfnOutput, CfnParameter, CfnResource, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ArnsStack")

queue = sqs.CfnQueue(stack, "Queue")
role_arn = CfnParameter(stack, "RoleArn", default="arn:aws:iam::123456789012:role/path/MyRole")

literal = stack.split_arn("arn:aws:ecr:us-east-1:123456789012:repository/my-repo", ArnFormat.SLASH_RESOURCE_NAME)
tokenized = stack.split_arn(queue.attr_arn, ArnFormat.NO_RESOURCE_NAME)
role = Arn.split(role_arn.value_as_string, ArnFormat.SLASH_RESOURCE_NAME)
colon = Arn.split("arn:aws:logs:us-east-1:123456789012:log-group:my-group:*", ArnFormat.COLON_RESOURCE_NAME)

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Value": stack.format_arn(
            service="ecr",
            resource="repository",
            resource_name=queue.attr_queue_name,
        ),
        "Description": f"queue {tokenized.resource} in {tokenized.region} of {tokenized.account}",
    },
)

CfnOutput(stack, "LiteralService", value=literal.service)
CfnOutput(stack, "LiteralRegion", value=literal.region or "none")
CfnOutput(stack, "LiteralResource", value=literal.resource)
CfnOutput(stack, "LiteralResourceName", value=literal.resource_name or "none")
CfnOutput(stack, "TokenPartition", value=tokenized.partition or "none")
CfnOutput(stack, "TokenAccount", value=tokenized.account or "none")
CfnOutput(stack, "TokenResource", value=tokenized.resource)
CfnOutput(stack, "RoleResourceName", value=role.resource_name or "none")
CfnOutput(stack, "RoleService", value=role.service)
CfnOutput(stack, "ColonResourceName", value=colon.resource_name or "none")
CfnOutput(stack, "ExtractedName", value=Arn.extract_resource_name(role_arn.value_as_string, "role"))
CfnOutput(stack, "ExtractedLiteral", value=Arn.extract_resource_name(
    "arn:aws:iam::123456789012:role/Admin", "role"))
CfnOutput(stack, "Formatted", value=Arn.format(
    ArnComponents(service="s3", resource="my-bucket", region="", account="", arn_format=ArnFormat.NO_RESOURCE_NAME),
    stack,
))
CfnOutput(stack, "FormattedColon", value=stack.format_arn(
    service="logs", resource="log-group", resource_name="my-group", arn_format=ArnFormat.COLON_RESOURCE_NAME))
CfnOutput(stack, "FormattedSlashSlash", value=stack.format_arn(
    service="execute-api", resource="api", resource_name="stage/GET/path",
    arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME))
CfnOutput(stack, "FormattedExplicit", value=Arn.format(ArnComponents(
    partition="aws-cn", service="sqs", region="cn-north-1", account="210987654321", resource="q")))

app.synth()
