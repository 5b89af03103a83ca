"""Function.from_function_arn / from_function_name / from_function_attributes: names, permissions, grants."""

from purecdk import App, CfnOutput, Environment, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaImport", env=Environment(account="123456789012", region="eu-west-1"))

same_account = lambda_.Function.from_function_arn(
    stack, "SameAccount", "arn:aws:lambda:eu-west-1:123456789012:function:same"
)
other_account = lambda_.Function.from_function_arn(
    stack, "OtherAccount", "arn:aws:lambda:eu-west-1:999999999999:function:other"
)
by_name = lambda_.Function.from_function_name(stack, "ByName", "named-fn")
forced = lambda_.Function.from_function_attributes(
    stack, "Forced", function_arn="arn:aws:lambda:eu-west-1:999999999999:function:forced", same_environment=True
)

for name, fn in {"Same": same_account, "Other": other_account, "ByName": by_name, "Forced": forced}.items():
    fn.add_permission(f"{name}Events", principal=iam.ServicePrincipal("events.amazonaws.com"))
    CfnOutput(stack, f"{name}FunctionName", value=fn.function_name)
    CfnOutput(stack, f"{name}FunctionArn", value=fn.function_arn)

caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
same_account.grant_invoke(caller)
by_name.grant_invoke(iam.ServicePrincipal("sns.amazonaws.com"))

app.synth()
