"""Key and Alias: construction errors and behaviour."""

from __future__ import annotations

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def test_spec_and_usage_must_fit(stack: Stack) -> None:
    with pytest.raises(ValueError, match=r"key spec 'HMAC_256' is not valid with usage 'ENCRYPT_DECRYPT' \(at S/K\)"):
        kms.Key(stack, "K", key_spec=kms.KeySpec.HMAC_256)
    with pytest.raises(ValueError, match="key spec 'SYMMETRIC_DEFAULT' is not valid with usage 'SIGN_VERIFY'"):
        kms.Key(stack, "K2", key_usage=kms.KeyUsage.SIGN_VERIFY)


def test_rotation_rules(stack: Stack) -> None:
    with pytest.raises(ValueError, match="key rotation cannot be enabled on HMAC keys"):
        kms.Key(
            stack,
            "A",
            key_spec=kms.KeySpec.HMAC_256,
            key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC,
            enable_key_rotation=True,
        )
    with pytest.raises(ValueError, match="key rotation cannot be enabled on asymmetric keys"):
        kms.Key(stack, "B", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY, enable_key_rotation=True)
    with pytest.raises(ValueError, match="'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled"):
        kms.Key(stack, "C", enable_key_rotation=False, rotation_period=Duration.days(100))
    with pytest.raises(ValueError, match="'rotationPeriod' value must between 90 and 2650 days. Received: 30"):
        kms.Key(stack, "D", rotation_period=Duration.days(30))


def test_pending_window_bounds(stack: Stack) -> None:
    with pytest.raises(ValueError, match="'pendingWindow' value must between 7 and 30 days. Received: 31"):
        kms.Key(stack, "K", pending_window=Duration.days(31))


def test_trust_account_identities_cannot_be_false(stack: Stack) -> None:
    with pytest.raises(ValueError, match="`trustAccountIdentities` cannot be false"):
        kms.Key(stack, "K", trust_account_identities=False)


def test_legacy_key_policy_when_default_key_policies_is_off() -> None:
    app = App(context={"@aws-cdk/aws-kms:defaultKeyPolicies": False})
    stack = Stack(app, "S")
    key = kms.Key(stack, "K")
    assert key.policy is not None
    statement = stack.resolve(key.policy)["Statement"][0]
    assert "kms:GenerateDataKey" in statement["Action"]
    assert key.trust_account_identities is False


def test_from_key_arn(stack: Stack) -> None:
    key = kms.Key.from_key_arn(stack, "K", "arn:aws:kms:us-east-1:123456789012:key/abc")
    assert key.key_id == "abc"
    assert key.env.account == "123456789012"
    assert key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:*"], resources=["*"])).statement_added is False
    with pytest.raises(ValueError, match="Unable to add statement to IAM resource policy for KMS key"):
        key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:*"], resources=["*"]), False)
    with pytest.raises(ValueError, match="KMS key ARN must be in the format"):
        kms.Key.from_key_arn(stack, "Bad", "arn:aws:kms:us-east-1:123456789012:key")


def test_alias_names(stack: Stack) -> None:
    key = kms.Key(stack, "K")
    with pytest.raises(ValueError, match='Alias must include a value after "alias/": alias/'):
        kms.Alias(stack, "A", alias_name="alias/", target_key=key)
    with pytest.raises(ValueError, match="Alias cannot start with alias/aws/: alias/AWS/x"):
        kms.Alias(stack, "B", alias_name="alias/AWS/x", target_key=key)
    with pytest.raises(ValueError, match="Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-"):
        kms.Alias(stack, "C", alias_name="bad name", target_key=key)
    alias = key.add_alias("good")
    assert alias.node.path == "S/K/Alias"
    assert key.add_alias("better").node.path == "S/K/Aliasbetter"
    assert isinstance(alias, kms.IAlias)


def test_imported_alias_restrictions(stack: Stack) -> None:
    alias = kms.Alias.from_alias_name(stack, "A", "alias/x")
    with pytest.raises(ValueError, match="Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName"):
        alias.alias_target_key  # noqa: B018
    with pytest.raises(ValueError, match="Cannot call addAlias on an Alias imported by Alias.fromAliasName"):
        alias.add_alias("y")
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    assert alias.grant_decrypt(role).success is False


def test_key_is_an_ikey(stack: Stack) -> None:
    key = kms.Key(stack, "K")
    assert isinstance(key, kms.IKey)
    assert key.key_ref.key_arn == key.key_arn


def test_lookups_need_concrete_names() -> None:
    from purecdk import Aws

    stack = Stack(App(), "S", env={"account": "111111111111", "region": "us-east-1"})
    with pytest.raises(ValueError, match=r"All arguments to Key.fromLookup\(\) must be concrete \(no Tokens\)"):
        kms.Key.from_lookup(stack, "K", alias_name=Aws.STACK_NAME)
    with pytest.raises(ValueError, match=r"All arguments to look up a role must be concrete \(no Tokens\)"):
        iam.Role.from_lookup(stack, "R", role_name=Aws.STACK_NAME)
    missing = kms.Key.from_lookup(stack, "Missing", alias_name="alias/none", return_dummy_key_on_missing=True)
    assert kms.Key.is_lookup_dummy(missing)
