"""SecretValue: every factory, rendered through iam.User(password=...) and unsafe_unwrap() (no usage check hit).

Literal and parameter secrets go into tags rather than passwords, to keep this program about rendering: as
passwords, CloudFormation Validate warns about them (W2501, W1011; see iam_user_passwords).
"""

from purecdk import (
    App,
    CfnDynamicReference,
    CfnDynamicReferenceService,
    CfnParameter,
    SecretValue,
    Stack,
)
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "SecretValueStack")

param = CfnParameter(stack, "InitialPassword", no_echo=True)
team = CfnParameter(stack, "TeamName", type="String", default="team-a")
access_key = iam.CfnAccessKey(stack, "AccessKey", user_name="service-user")

secrets = {
    "SmName": SecretValue.secrets_manager("user/password"),
    "SmField": SecretValue.secrets_manager("user/creds", json_field="password"),
    "SmStage": SecretValue.secrets_manager("user/creds", json_field="password", version_stage="AWSPREVIOUS"),
    "SmVersionId": SecretValue.secrets_manager(
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:user/creds-AbCdEf",
        version_id="01234567-89ab-cdef-0123-456789abcdef",
    ),
    "SmTokenId": SecretValue.secrets_manager(team.value_as_string, json_field="pw"),
    "SsmSecure": SecretValue.ssm_secure("/users/password"),
    "SsmSecureVersion": SecretValue.ssm_secure("/users/password", "3"),
    "DynamicReference": SecretValue.cfn_dynamic_reference(
        CfnDynamicReference(CfnDynamicReferenceService.SSM, "/users/plain-password")
    ),
    "Attribute": SecretValue.resource_attribute(access_key.attr_secret_access_key),
}
for name, secret in secrets.items():
    iam.User(stack, name, password=secret, password_reset_required=name == "SmName")

# unsafe_unwrap() is the explicit escape hatch: the secret's string may go anywhere
key = SecretValue.cfn_dynamic_reference_key("user/creds", json_field="api-key", version_stage="AWSCURRENT")
iam.CfnUser(
    stack,
    "Unwrapped",
    login_profile=iam.CfnUser.LoginProfileProperty(
        password="prefix-" + SecretValue.secrets_manager("user/creds").unsafe_unwrap() + "-suffix"
    ),
    tags=[
        {"key": "secret-key", "value": key},
        {"key": "parameter", "value": SecretValue.cfn_parameter(param).unsafe_unwrap()},
        {"key": "plain", "value": SecretValue.unsafe_plain_text("not-a-real-secret-1").unsafe_unwrap()},
        {"key": "deprecated", "value": SecretValue.plain_text("not-a-real-secret-2").unsafe_unwrap()},
    ],
)

app.synth()
