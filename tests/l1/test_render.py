"""Rendering of generated L1 resources into CloudFormation (expected values made by aws-cdk-lib)."""

from __future__ import annotations

from typing import Any

from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

from .conftest import props, render


def test_repository_with_every_kind_of_property(stack: Any) -> None:
    repo = ecr.CfnRepository(
        stack,
        "Repo",
        repository_name="my-repo",
        empty_on_delete=True,
        image_scanning_configuration=ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True),
        encryption_configuration={"encryptionType": "KMS", "kmsKey": "alias/k"},
        image_tag_mutability="IMMUTABLE_WITH_EXCLUSION",
        image_tag_mutability_exclusion_filters=[
            ecr.CfnRepository.ImageTagMutabilityExclusionFilterProperty(
                image_tag_mutability_exclusion_filter_type="WILDCARD",
                image_tag_mutability_exclusion_filter_value="latest*",
            )
        ],
        lifecycle_policy=ecr.CfnRepository.LifecyclePolicyProperty(lifecycle_policy_text='{"rules":[]}'),
        repository_policy_text={"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "a_b": 1}]},
        tags=[{"key": "team", "value": "a"}],
    )
    assert render(repo) == {
        "Type": "AWS::ECR::Repository",
        "Properties": {
            "EmptyOnDelete": True,
            "EncryptionConfiguration": {"EncryptionType": "KMS", "KmsKey": "alias/k"},
            "ImageScanningConfiguration": {"ScanOnPush": True},
            "ImageTagMutability": "IMMUTABLE_WITH_EXCLUSION",
            "ImageTagMutabilityExclusionFilters": [
                {
                    "ImageTagMutabilityExclusionFilterType": "WILDCARD",
                    "ImageTagMutabilityExclusionFilterValue": "latest*",
                }
            ],
            "LifecyclePolicy": {"LifecyclePolicyText": '{"rules":[]}'},
            "RepositoryName": "my-repo",
            "RepositoryPolicyText": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "a_b": 1}]},
            "Tags": [{"Key": "team", "Value": "a"}],
        },
    }


def test_resource_without_properties(stack: Any) -> None:
    assert render(ecr.CfnRepository(stack, "Repo")) == {"Type": "AWS::ECR::Repository"}


def test_dicts_and_structs_render_the_same(stack: Any) -> None:
    a = ecr.CfnRepository(stack, "A", image_scanning_configuration={"scanOnPush": True})
    struct = ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True)
    b = ecr.CfnRepository(stack, "B", image_scanning_configuration=struct)
    assert props(a) == props(b) == {"ImageScanningConfiguration": {"ScanOnPush": True}}
    # as in aws-cdk-lib, a dict given for a struct comes back as the struct
    assert a.image_scanning_configuration == b.image_scanning_configuration


def test_dict_keys_other_than_the_jsii_names_are_ignored_as_in_aws_cdk_lib(stack: Any) -> None:
    repo = ecr.CfnRepository(
        stack,
        "Repo",
        image_scanning_configuration={"scan_on_push": True},
        lifecycle_policy={"LifecyclePolicyText": "x"},
    )
    assert props(repo) == {"ImageScanningConfiguration": {}, "LifecyclePolicy": {}}


def test_schema_names_are_kept_exactly(stack: Any) -> None:
    fn = lambda_.CfnFunction(
        stack,
        "Fn",
        code=lambda_.CfnFunction.CodeProperty(s3_bucket="b", s3_key="k", s3_object_version="1"),
        role="arn:aws:iam::123456789012:role/r",
        durable_config=lambda_.CfnFunction.DurableConfigProperty(execution_timeout=10, kms_key_arn="arn:k"),
        environment={"variables": {"a_b": "c", "FooBar": "d"}},
        memory_size=256,
    )
    assert props(fn) == {
        "Code": {"S3Bucket": "b", "S3Key": "k", "S3ObjectVersion": "1"},
        "DurableConfig": {"ExecutionTimeout": 10, "KMSKeyArn": "arn:k"},
        "Environment": {"Variables": {"a_b": "c", "FooBar": "d"}},
        "MemorySize": 256,
        "Role": "arn:aws:iam::123456789012:role/r",
    }
    queue = sqs.CfnQueue(stack, "Q", sqs_managed_sse_enabled=True, fifo_queue=True)
    assert props(queue) == {"FifoQueue": True, "SqsManagedSseEnabled": True}


def test_setters_change_the_output(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo", repository_name="a")
    repo.repository_name = "b"
    repo.image_scanning_configuration = {"scanOnPush": False}  # type: ignore[assignment]
    assert repo.repository_name == "b"
    assert props(repo) == {"RepositoryName": "b", "ImageScanningConfiguration": {"ScanOnPush": False}}
    repo.repository_name = None
    assert "RepositoryName" not in props(repo)


def test_attributes_and_ref(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo")
    assert stack.resolve(repo.attr_arn) == {"Fn::GetAtt": ["Repo", "Arn"]}
    assert stack.resolve(repo.attr_repository_uri) == {"Fn::GetAtt": ["Repo", "RepositoryUri"]}
    assert stack.resolve(repo.ref) == {"Ref": "Repo"}
    queue = sqs.CfnQueue(stack, "Q")
    assert stack.resolve(queue.attr_queue_name) == {"Fn::GetAtt": ["Q", "QueueName"]}
    fn = lambda_.CfnFunction(stack, "Fn", code={}, role="r")
    assert stack.resolve(fn.attr_snap_start_response_apply_on) == {
        "Fn::GetAtt": ["Fn", "SnapStartResponse.ApplyOn"]
    }


def test_attribute_used_as_a_property_value(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo")
    rule = events.CfnRule(stack, "Rule", description=repo.attr_arn, event_pattern={"source": ["aws.ecr"]})
    assert props(rule) == {
        "Description": {"Fn::GetAtt": ["Repo", "Arn"]},
        "EventPattern": {"source": ["aws.ecr"]},
    }


def test_tags_v1_tag_manager(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo", tags=[{"key": "b", "value": "2"}])
    repo.tags.set_tag("a", "1")
    assert props(repo)["Tags"] == [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]
    assert repo.tags_raw is not None and repo.tags_raw[0].key == "b"


def test_tags_v2_cdk_tag_manager(stack: Any) -> None:
    bus = events.CfnEventBus(stack, "Bus", name="bus", tags=[{"key": "b", "value": "2"}])
    bus.cdk_tag_manager.set_tag("a", "1")
    assert props(bus) == {"Name": "bus", "Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]}


def test_tags_aspect_reaches_l1s(stack: Any) -> None:
    from purecdk import Tags

    repo = ecr.CfnRepository(stack, "Repo")
    bus = events.CfnEventBus(stack, "Bus", name="bus")
    Tags.of(stack).add("team", "x")
    stack.node.root.synth()
    assert props(repo)["Tags"] == [{"Key": "team", "Value": "x"}]
    assert props(bus)["Tags"] == [{"Key": "team", "Value": "x"}]


def test_reference_objects_are_accepted_where_aws_cdk_lib_takes_i_ref(stack: Any) -> None:
    from purecdk import aws_iam as iam

    role = iam.CfnRole(stack, "Role", assume_role_policy_document={})

    class RoleRef:  # what an L2 Role offers as ``role_ref``
        role_ref = {"role_arn": role.attr_arn}

    fn = lambda_.CfnFunction(stack, "Fn", code={}, role=RoleRef())
    assert props(fn)["Role"] == {"Fn::GetAtt": ["Role", "Arn"]}


def test_escape_hatches(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo", image_scanning_configuration={"scanOnPush": True})
    repo.add_property_override("ImageScanningConfiguration.Extra", "x")
    repo.add_deletion_override("Properties.ImageScanningConfiguration.ScanOnPush")
    assert props(repo) == {"ImageScanningConfiguration": {"Extra": "x"}}


def test_cfn_tags_outside_the_tag_manager_are_camel_case_dicts_in_cfn_properties(stack: Any) -> None:
    from purecdk import CfnTag

    template = ecr.CfnRepositoryCreationTemplate(
        stack, "Template", prefix="p", applied_for=["REPLICATION"], resource_tags=[CfnTag(key="k", value="v")]
    )
    assert template._cfn_properties["resourceTags"] == [{"key": "k", "value": "v"}]  # as jsii hands it to JS
    assert render(template)["Properties"]["ResourceTags"] == [{"Key": "k", "Value": "v"}]


def test_json_properties_want_an_object_at_synthesis(stack: Any) -> None:
    import pytest

    from purecdk import aws_iam as iam

    role = iam.CfnRole(stack, "Role", assume_role_policy_document='{"Version": "2012-10-17"}')
    with pytest.raises(TypeError, match=r"assumeRolePolicyDocument: .* should be an 'object'"):
        render(role)
    role.assume_role_policy_document = {"Version": "2012-10-17", "Statement": []}
    role.policies = [iam.CfnRole.PolicyProperty(policy_name="p", policy_document="not an object")]
    with pytest.raises(TypeError, match="policies: .* should be"):
        render(role)
    role.policies = [iam.CfnRole.PolicyProperty(policy_name="p", policy_document=[{"Effect": "Allow"}])]
    assert props(role)["Policies"] == [{"PolicyDocument": [{"Effect": "Allow"}], "PolicyName": "p"}]


def test_the_event_bus_policy_may_also_be_a_string(stack: Any) -> None:
    import pytest

    bus = events.CfnEventBus(stack, "Bus", name="b", policy='{"Version": "2012-10-17"}')
    assert props(bus)["Policy"] == '{"Version": "2012-10-17"}'
    bus.policy = 5
    with pytest.raises(TypeError, match="policy: 5 should be a string or an 'object'"):
        render(bus)
