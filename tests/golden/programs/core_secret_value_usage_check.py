"""A SecretValue turned into a plain string: rendered under the default context; with
@aws-cdk/core:checkSecretUsage on (the recommended context) synthesis fails, meant to."""

from purecdk import App, CfnOutput, SecretValue, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "SecretUsageStack")

secret = SecretValue.secrets_manager("user/creds", json_field="password")
iam.CfnUser(stack, "User", login_profile=iam.CfnUser.LoginProfileProperty(password=secret.to_string()))
CfnOutput(stack, "Leak", value=SecretValue.unsafe_plain_text("not-a-real-secret").to_string())

app.synth()
