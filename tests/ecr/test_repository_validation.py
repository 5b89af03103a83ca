"""Every validation error of aws_ecr: aws-cdk-lib's message, raised where it raises it, naming the construct."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from purecdk import App, CfnParameter, Duration, Fn, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "Stack")


def _raises(action: Callable[[], Any], message: str, path: str) -> str:
    """Run ``action``; it must raise an error holding ``message`` and naming ``path``."""
    with pytest.raises(ValueError) as info:
        action()
    text = str(info.value)
    assert message in text
    assert path in text
    return text


# -- repository props ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problems"),
    [
        ("a", ["at least 2 and no more than 256"]),
        ("x" * 257, ["at least 2 and no more than 256"]),
        ("aAa", ["must start with a letter"]),
        ("a--a", ["must start with a letter"]),
        ("a./a-a", ["must start with a letter"]),
        ("a//a-a", ["must start with a letter"]),
        ("-repositoRy.--" + "$" * 255, ["at least 2 and no more than 256", "must start with a letter"]),
    ],
)
def test_invalid_repository_names(stack: Stack, name: str, problems: list[str]) -> None:
    text = _raises(
        lambda: ecr.Repository(stack, "Repo", repository_name=name), "Invalid ECR repository name", "Stack/Repo"
    )
    lines = text.splitlines()
    assert lines[0] == f"Invalid ECR repository name (value: {name})"
    assert len(lines) == 1 + len(problems)
    for line, problem in zip(lines[1:], problems, strict=True):
        assert problem in line


@pytest.mark.parametrize("name", ["abc-xyz-34ab", "124/pp-33", "a.b_c-d/e-f", "ab"])
def test_valid_and_token_repository_names(stack: Stack, name: str) -> None:
    ecr.Repository(stack, name.replace("/", "_"), repository_name=name)
    ecr.Repository(stack, f"Token{name.replace('/', '_')}", repository_name=Fn.import_value(name))


def test_empty_on_delete_needs_destroy(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository(stack, "Repo", empty_on_delete=True),
        "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.",
        "Stack/Repo",
    )


def test_auto_delete_images_needs_destroy(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository(stack, "Repo", auto_delete_images=True, removal_policy=RemovalPolicy.RETAIN),
        "Cannot use 'autoDeleteImages' property on a repository without setting removal policy to 'DESTROY'.",
        "Stack/Repo",
    )


def test_encryption_key_needs_kms_encryption(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    _raises(
        lambda: ecr.Repository(stack, "Repo", encryption=ecr.RepositoryEncryption.AES_256, encryption_key=key),
        "encryptionKey is specified, so 'encryption' must be set to KMS (value: AES256)",
        "Stack/Repo",
    )


def test_kms_dsse_is_rejected_as_in_aws_cdk_lib_2_275(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository(stack, "Repo", encryption=ecr.RepositoryEncryption.KMS_DSSE),
        "Unexpected 'encryptionType': KMS_DSSE",
        "Stack/Repo",
    )


# -- tag mutability ----------------------------------------------------------------------------------------


def _filters(*patterns: str) -> list[ecr.ImageTagMutabilityExclusionFilter]:
    return [ecr.ImageTagMutabilityExclusionFilter.wildcard(p) for p in patterns]


@pytest.mark.parametrize(
    ("mutability", "shown"),
    [(None, "undefined"), (ecr.TagMutability.MUTABLE, "MUTABLE"), (ecr.TagMutability.IMMUTABLE, "IMMUTABLE")],
)
def test_exclusion_filters_need_an_exclusion_mutability(stack: Stack, mutability: Any, shown: str) -> None:
    _raises(
        lambda: ecr.Repository(
            stack, "Repo", image_tag_mutability=mutability, image_tag_mutability_exclusion_filters=_filters("dev-*")
        ),
        "imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION' when "
        f"imageTagMutabilityExclusionFilters is provided, got: {shown}.",
        "Stack/Repo",
    )


@pytest.mark.parametrize("count", [0, 6])
def test_exclusion_filter_count(stack: Stack, count: int) -> None:
    _raises(
        lambda: ecr.Repository(
            stack,
            "Repo",
            image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION,
            image_tag_mutability_exclusion_filters=_filters(*[f"filter-{i}*" for i in range(count)]),
        ),
        f"imageTagMutabilityExclusionFilters must contain between 1 and 5 filters, got {count}.",
        "Stack/Repo",
    )


@pytest.mark.parametrize(
    "mutability", [ecr.TagMutability.MUTABLE_WITH_EXCLUSION, ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION]
)
def test_exclusion_mutability_needs_filters(stack: Stack, mutability: ecr.TagMutability) -> None:
    _raises(
        lambda: ecr.Repository(stack, "Repo", image_tag_mutability=mutability),
        f"imageTagMutabilityExclusionFilters must be specified when imageTagMutability is '{mutability.value}'.",
        "Stack/Repo",
    )


@pytest.mark.parametrize("pattern", ["v1.0.*", "*-snapshot", "a" * 128, "abc-123_v1.0*"])
def test_valid_exclusion_filter_patterns(pattern: str) -> None:
    assert ecr.ImageTagMutabilityExclusionFilter.wildcard(pattern)._render() == {
        "imageTagMutabilityExclusionFilterType": "WILDCARD",
        "imageTagMutabilityExclusionFilterValue": pattern,
    }


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "Pattern cannot be empty"),
        ("a" * 129, "Pattern cannot exceed 128 characters, got: 129 characters."),
        ("invalid@pattern", "Pattern 'invalid@pattern' contains invalid characters."),
        ("pattern with spaces", "Pattern 'pattern with spaces' contains invalid characters."),
        ("pattern/with/slash", "Pattern 'pattern/with/slash' contains invalid characters."),
        ("pattern\\with\\backslash", "Pattern 'pattern\\with\\backslash' contains invalid characters."),
    ],
)
def test_invalid_exclusion_filter_patterns(pattern: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        ecr.ImageTagMutabilityExclusionFilter.wildcard(pattern)


def test_token_exclusion_filter_pattern_is_rejected_as_in_aws_cdk_lib_2_275(stack: Stack) -> None:
    with pytest.raises(ValueError, match="contains invalid characters"):
        ecr.ImageTagMutabilityExclusionFilter.wildcard(CfnParameter(stack, "Pattern").value_as_string)


# -- lifecycle rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            {"tag_prefix_list": ["abc"], "tag_pattern_list": ["abc*"], "max_image_count": 1},
            "Both tagPrefixList and tagPatternList cannot be specified together in a rule",
        ),
        (
            {"tag_status": ecr.TagStatus.ANY, "tag_prefix_list": ["abc"], "max_image_count": 1},
            "tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged",
        ),
        (
            {"tag_status": ecr.TagStatus.UNTAGGED, "tag_pattern_list": ["abc*"], "max_image_count": 1},
            "tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged",
        ),
        (
            {"tag_status": ecr.TagStatus.TAGGED, "max_image_count": 1},
            "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList",
        ),
        (
            {"tag_status": ecr.TagStatus.TAGGED, "tag_prefix_list": [], "max_image_count": 1},
            "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList",
        ),
        (
            {"tag_pattern_list": ["abc*d*e*f*g*h"], "max_image_count": 1},
            "A tag pattern cannot contain more than four wildcard characters (*), pattern: abc*d*e*f*g*h, counts: 5",
        ),
        (
            {"max_image_age": Duration.days(3), "max_image_count": 3},
            "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: "
            '{"maxImageAge":{"amount":3,"unit":{"label":"days","isoLabel":"D","inMillis":86400000}},'
            '"maxImageCount":3,"tagStatus":"any"}',
        ),
        (
            {"description": "nothing"},
            "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: "
            '{"description":"nothing","tagStatus":"any"}',
        ),
    ],
)
def test_invalid_lifecycle_rules(stack: Stack, rule: dict[str, Any], message: str) -> None:
    repo = ecr.Repository(stack, "Repo")
    _raises(lambda: repo.add_lifecycle_rule(**rule), message, "Stack/Repo")
    assert repo.lifecycle_rules == []


def test_invalid_lifecycle_rule_given_at_construction(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository(
            stack, "Repo", lifecycle_rules=[{"tagStatus": ecr.TagStatus.TAGGED, "maxImageCount": 1}]
        ),
        "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList",
        "Stack/Repo",
    )


def test_only_one_any_rule(stack: Stack) -> None:
    repo = ecr.Repository(stack, "Repo")
    repo.add_lifecycle_rule(max_image_count=3)
    _raises(
        lambda: repo.add_lifecycle_rule(max_image_age=Duration.days(3)),
        "Life cycle can only have one TagStatus.Any rule",
        "Stack/Repo",
    )


def _synth_errors(app: App) -> str:
    with pytest.raises(ValueError) as info:
        app.synth()
    return str(info.value)


def test_any_rule_must_have_the_highest_priority_at_synthesis() -> None:
    app = App()
    repo = ecr.Repository(Stack(app, "Stack"), "Repo")
    repo.add_lifecycle_rule(rule_priority=1, max_image_count=3)
    repo.add_lifecycle_rule(rule_priority=5, tag_prefix_list=["a"], max_image_count=3)
    text = _synth_errors(app)
    assert "TagStatus.Any rule must have highest priority, has 1 which is smaller than 5" in text
    assert "Stack/Repo" in text


def test_prioritized_any_rule_cannot_mix_with_unprioritized_rules_at_synthesis() -> None:
    app = App()
    repo = ecr.Repository(Stack(app, "Stack"), "Repo")
    repo.add_lifecycle_rule(rule_priority=10, max_image_count=3)
    repo.add_lifecycle_rule(tag_prefix_list=["a"], max_image_count=3)
    text = _synth_errors(app)
    assert "Cannot combine prioritized TagStatus.Any rule with unprioritized rules." in text
    assert "Stack/Repo" in text


def test_age_must_be_whole_days_at_synthesis() -> None:
    app = App()
    ecr.Repository(Stack(app, "Stack"), "Repo").add_lifecycle_rule(max_image_age=Duration.hours(36))
    assert "'36 hours' cannot be converted into a whole number of days." in _synth_errors(app)


def test_rule_and_keyword_arguments_together_are_rejected(stack: Stack) -> None:
    repo = ecr.Repository(stack, "Repo")
    with pytest.raises(TypeError, match="either a rule or keyword arguments"):
        repo.add_lifecycle_rule(ecr.LifecycleRule(max_image_count=1), description="x")


# -- imports and lookups ---------------------------------------------------------------------------------


def test_import_arn_without_repository(stack: Stack) -> None:
    arn = "arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name"
    _raises(
        lambda: ecr.Repository.from_repository_arn(stack, "repo", arn),
        "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', "
        f"got {arn}.",
        "Stack/repo",
    )


def test_import_token_arn(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository.from_repository_arn(stack, "arn", Fn.import_value("Arn")),
        '"repositoryArn" is a late-bound value, and therefore "repositoryName" is required. '
        "Use `fromRepositoryAttributes` instead",
        "Stack/arn",
    )


@pytest.fixture
def env_stack() -> Stack:
    return Stack(App(), "Env", env={"account": "123456789012", "region": "us-east-1"})


@pytest.mark.parametrize("field", ["repository_name", "repository_arn"])
def test_lookup_with_a_token(env_stack: Stack, field: str) -> None:
    value = CfnParameter(env_stack, "Param").value_as_string
    _raises(
        lambda: ecr.Repository.from_lookup(env_stack, "MyRepository", **{field: value}),
        "Cannot look up a repository with a tokenized name or ARN.",
        "Env/MyRepository",
    )


def test_lookup_without_name_or_arn(env_stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository.from_lookup(env_stack, "MyRepository"),
        "At least one of `repositoryName` or `repositoryArn` must be provided.",
        "Env/MyRepository",
    )


def test_lookup_without_environment(stack: Stack) -> None:
    _raises(
        lambda: ecr.Repository.from_lookup(stack, "MyRepository", repository_name="x"),
        "since account/region are not specified at the stack level",
        "Stack",
    )


# -- resource policy ---------------------------------------------------------------------------------------


def test_policy_statement_errors_fail_synthesis_with_the_repository_path() -> None:
    app = App()
    stack = Stack(app, "my-stack")
    ecr.Repository(stack, "NoActions").add_to_resource_policy(iam.PolicyStatement(principals=[iam.ArnPrincipal("arn")]))
    ecr.Repository(stack, "NoPrincipals").add_to_resource_policy(iam.PolicyStatement(actions=["ecr:*"]))
    with pytest.raises(Exception) as info:
        app.synth()
    text = str(info.value)
    assert re.search(r"my-stack/NoActions.*A PolicyStatement must specify at least one 'action' or 'notAction'", text)
    assert re.search(
        r"my-stack/NoPrincipals.*A PolicyStatement used in a resource-based policy must specify at least one IAM "
        "principal",
        text,
    )


def test_statement_with_resources_warns(stack: Stack) -> None:
    repo = ecr.Repository(stack, "Repo")
    repo.add_to_resource_policy(
        iam.PolicyStatement(resources=["*"], actions=["ecr:*"], principals=[iam.AnyPrincipal()])
    )
    warnings = [m.data for m in repo.node.metadata if m.type == "aws:cdk:warning"]
    assert warnings == [
        "ECR resource policy does not allow resource statements. [ack: @aws-cdk/aws-ecr:noResourceStatements]"
    ]
    ecr.Repository(stack, "Clean").add_to_resource_policy(
        iam.PolicyStatement(actions=["ecr:*"], principals=[iam.AnyPrincipal()])
    )
    assert not [m for m in stack.node.find_child("Clean").node.metadata if m.type == "aws:cdk:warning"]
