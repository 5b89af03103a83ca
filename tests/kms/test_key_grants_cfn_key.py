"""``KeyGrants.from_key`` on an L1 ``CfnKey``: grants edit its key policy (expected values: aws-cdk-lib 2.275)."""

from __future__ import annotations

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms


def _stack() -> tuple[App, Stack, iam.Role]:
    app = App()
    stack = Stack(app, "S")
    return app, stack, iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


def test_statements_are_added_to_a_json_key_policy() -> None:
    app, stack, role = _stack()
    key = kms.CfnKey(stack, "K", key_policy={
        "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*", "Principal": {"AWS": role.role_arn}}]
    })
    kms.KeyGrants.from_key(key).decrypt(role)
    kms.KeyGrants.from_key(key).encrypt(role)
    template = app.synth().get_stack_by_name("S").template
    principal = {"AWS": {"Fn::GetAtt": ["RC21A1702", "Arn"]}}
    assert template["Resources"]["K"]["Properties"]["KeyPolicy"] == {
        "Statement": [
            {"Action": "kms:*", "Effect": "Allow", "Principal": principal, "Resource": "*"},
            {"Action": "kms:Decrypt", "Effect": "Allow", "Principal": principal, "Resource": "*"},
            {"Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"], "Effect": "Allow",
             "Principal": principal, "Resource": "*"},
        ],
        "Version": "2012-10-17",
    }
    role_policy = template["Resources"]["RDefaultPolicy0707467B"]["Properties"]["PolicyDocument"]["Statement"]
    assert role_policy[0] == {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["K", "Arn"]}}


def test_a_policy_document_token_is_left_alone_and_the_grant_goes_to_the_identity() -> None:
    app, stack, role = _stack()
    document = iam.PolicyDocument(
        statements=[iam.PolicyStatement(actions=["kms:*"], resources=["*"], principals=[iam.AccountRootPrincipal()])]
    )
    key = kms.CfnKey(stack, "K", key_policy=document)
    assert kms.KeyGrants.from_key(key).decrypt(role).success
    template = app.synth().get_stack_by_name("S").template
    assert len(template["Resources"]["K"]["Properties"]["KeyPolicy"]["Statement"]) == 1
    role_policy = template["Resources"]["RDefaultPolicy0707467B"]["Properties"]["PolicyDocument"]["Statement"]
    assert role_policy == [{"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["K", "Arn"]}}]
