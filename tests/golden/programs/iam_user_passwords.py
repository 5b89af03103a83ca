"""Console passwords of IAM users from every kind of SecretValue: CloudFormation Validate warns about the plain-text
one (W2501), about parameters referenced as passwords (W1011), about a parameter without NoEcho used as one
(W2501) and about password-like parameters without NoEcho (W2509); dynamic references pass."""

from purecdk import App, CfnParameter, SecretValue, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "UserPasswords")

echoed = CfnParameter(stack, "AdminPassword", type="String")
hidden = CfnParameter(stack, "OperatorSecret", type="String", no_echo=True)

iam.User(stack, "Plain", password=SecretValue.unsafe_plain_text("not-a-real-password"))
# SecretValue.cfn_parameter insists on NoEcho: an echoed parameter only gets there through the L1
iam.CfnUser(stack, "Echoed", login_profile=iam.CfnUser.LoginProfileProperty(password=echoed.value_as_string))
iam.User(stack, "Hidden", password=SecretValue.cfn_parameter(hidden), password_reset_required=True)
iam.User(stack, "Managed", password=SecretValue.secrets_manager("users/managed", json_field="password"))
iam.User(stack, "Secure", password=SecretValue.ssm_secure("/users/secure"))

app.synth()
