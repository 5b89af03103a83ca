"""Function.add_permission (principal kinds, conditions) and grant_invoke (service principals, roles)."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaPermissions")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_11,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"),
)
fn.add_permission(
    "S3Invoke",
    principal=iam.ServicePrincipal("s3.amazonaws.com"),
    source_arn="arn:aws:s3:::my-bucket",
    source_account="123456789012",
)
fn.add_permission("AccountInvoke", principal=iam.AccountPrincipal("210987654321"))
fn.add_permission("ArnInvoke", principal=iam.ArnPrincipal("arn:aws:iam::123456789012:role/caller"))
fn.add_permission("OrgInvoke", principal=iam.OrganizationPrincipal("o-abcdefghij"))
fn.add_permission(
    "ConditionalInvoke",
    principal=iam.ServicePrincipal("sns.amazonaws.com").with_conditions(
        {"ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:topic"}}
    ),
    action="lambda:InvokeFunction",
)
fn.add_permission(
    "UrlInvoke",
    principal=iam.AnyPrincipal(),
    action="lambda:InvokeFunctionUrl",
    function_url_auth_type=None,
)
fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
fn.grant_invoke(iam.ServicePrincipal("apigateway.amazonaws.com"))
caller = iam.Role(stack, "Caller", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
fn.grant_invoke(caller)

app.synth()
