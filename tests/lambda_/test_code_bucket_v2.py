"""``Code.from_bucket_v2`` with ``BucketOptions`` (expected values: aws-cdk-lib 2.275, with an imported bucket)."""

from __future__ import annotations

import types

import pytest

from purecdk import App, Stack
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_

BUCKET = types.SimpleNamespace(bucket_name="code-bucket")  # what Code reads of an IBucket


def test_version_storage_mode_and_l1_key_reach_the_function_code() -> None:
    app = App()
    stack = Stack(app, "S")
    key = kms.CfnKey(stack, "K")
    code = lambda_.Code.from_bucket_v2(
        BUCKET, "code.zip", object_version="v1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE,
        source_kms_key=key,
    )
    lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
    resources = app.synth().get_stack_by_name("S").template["Resources"]
    assert resources["FC4345940"]["Properties"]["Code"] == {
        "S3Bucket": "code-bucket",
        "S3Key": "code.zip",
        "S3ObjectStorageMode": "REFERENCE",
        "S3ObjectVersion": "v1",
        "SourceKMSKeyArn": {"Fn::GetAtt": ["K", "Arn"]},
    }


def test_options_can_be_given_as_a_struct() -> None:
    options = lambda_.BucketOptions(object_version="v2")
    config = lambda_.Code.from_bucket_v2(BUCKET, "code.zip", options).bind(Stack(App(), "S"))
    assert config.s3_location is not None and config.s3_location.object_version == "v2"
    assert config.source_kms_key_arn is None


def test_reference_mode_needs_a_version() -> None:
    with pytest.raises(ValueError, match="set objectVersion when using s3ObjectStorageMode REFERENCE"):
        lambda_.Code.from_bucket_v2(BUCKET, "code.zip", s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE)
