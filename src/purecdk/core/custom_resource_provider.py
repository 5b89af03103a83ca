"""``CustomResourceProvider``: a Lambda function (raw ``CfnResource``s, no L2s) backing custom resources.

The handler code of a code directory is staged into the cloud assembly as a zipped file asset, the way
aws-cdk-lib's ``CustomResourceProviderBase`` does it: an ``AWS::IAM::Role`` ("Role") with the basic execution
managed policy and the inline statements added with ``add_to_role_policy``, and an ``AWS::Lambda::Function``
("Handler") that depends on it.
"""

from __future__ import annotations

import atexit
import enum
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.assets import FileAssetPackaging, FileAssetSource, fingerprint, register_staged_asset
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.duration import Duration
from purecdk.core.size import Size
from purecdk.core.stack import Stack
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import Token

__all__ = ["CustomResourceProvider", "CustomResourceProviderBase", "CustomResourceProviderRuntime"]

INLINE_CUSTOM_RESOURCE_CONTEXT = "@aws-cdk/core:inlineCustomResourceIfPossible"
_ASSET_METADATA_CONTEXT = "aws:cdk:enable-asset-metadata"
_BASIC_EXECUTION_POLICY = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
_HANDLER_FILES = ("index.js", "index.py")
_IGNORED_NAMES = ("__pycache__",)

_staged_copies: dict[str, str] = {}


class CustomResourceProviderRuntime(enum.Enum):
    """The Lambda runtime of a ``CustomResourceProvider``'s handler."""

    NODEJS_12_X = "nodejs12.x"
    NODEJS_14_X = "nodejs14.x"
    NODEJS_16_X = "nodejs16.x"
    NODEJS_18_X = "nodejs18.x"
    NODEJS_20_X = "nodejs20.x"
    NODEJS_22_X = "nodejs22.x"
    NODEJS_24_X = "nodejs24.x"


def _clean_copy(code_directory: str) -> str:
    """A copy of the handler files of ``code_directory`` (TypeScript sources and caches left out).

    The copy lives until the process ends: it is staged into the cloud assembly at synthesis.
    """
    source = os.path.realpath(code_directory)
    copy = _staged_copies.get(source)
    if copy is not None and os.path.isdir(copy):
        return copy
    copy = tempfile.mkdtemp(prefix="purecdk-custom-resource-")
    atexit.register(shutil.rmtree, copy, True)
    shutil.copytree(
        source,
        copy,
        dirs_exist_ok=True,
        ignore=lambda _dir, names: [n for n in names if n.endswith(".ts") or n in _IGNORED_NAMES or n.endswith(".pyc")],
    )
    _staged_copies[source] = copy
    return copy


class _Staging(Construct):
    """Where aws-cdk-lib's ``AssetStaging`` of the handler code sits in the construct tree."""

    _FQN = "aws-cdk-lib.AssetStaging"


class CustomResourceProviderBase(Construct):
    """A Lambda function and its role, written as plain ``CfnResource``s, that handles custom resources."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str,
        runtime_name: str,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Any] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(scope)
        self._policy_statements: list[Any] = []
        self._code_hash: str | None = None
        handler_file = next(
            (name for name in _HANDLER_FILES if os.path.isfile(os.path.join(code_directory, name))), None
        )
        if handler_file is None:
            raise ValueError(f"cannot find {code_directory}/index.js (at {self.node.path})")
        if use_cfn_response_wrapper is not False:
            raise ValueError(
                "purecdk does not ship aws-cdk-lib's JavaScript response wrapper: write a handler that answers "
                "CloudFormation itself and pass use_cfn_response_wrapper=False "
                f"(at {self.node.path})"
            )
        for statement in policy_statements or ():
            self.add_to_role_policy(statement)

        code, metadata = self._code_property(stack, code_directory, handler_file)
        self.role = CfnResource(
            self,
            "Role",
            type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Action": "sts:AssumeRole",
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                        }
                    ],
                },
                "ManagedPolicyArns": [{"Fn::Sub": _BASIC_EXECUTION_POLICY}],
                "Policies": Lazy.uncached_any(self._render_policies),
            },
        )
        timeout = timeout if timeout is not None else Duration.minutes(15)
        memory = memory_size if memory_size is not None else Size.mebibytes(128)
        self.handler = CfnResource(
            self,
            "Handler",
            type="AWS::Lambda::Function",
            properties={
                "Code": code,
                "Timeout": timeout.to_seconds(),
                "MemorySize": memory.to_mebibytes(),
                "Handler": "index.handler",
                "Role": self.role_arn,
                "Runtime": runtime_name,
                "Environment": _render_environment(environment),
                "Description": description,
            },
        )
        self.handler.add_resource_dependency(self.role)
        for key, value in metadata.items():
            self.handler.add_metadata(key, value)

    def _code_property(self, stack: Stack, code_directory: str, handler_file: str) -> tuple[Any, dict[str, Any]]:
        if self.node.try_get_context(INLINE_CUSTOM_RESOURCE_CONTEXT):
            with open(os.path.join(code_directory, handler_file), encoding="utf-8") as handle:
                return {"ZipFile": handle.read()}, {}
        staging_directory = _clean_copy(code_directory)
        _Staging(self, "Staging")
        salt = self.node.try_get_context("@aws-cdk/core:assetHashSalt")
        asset_hash = fingerprint(staging_directory, extra_hash=str(salt or ""))
        asset_file_name = f"asset.{asset_hash}"
        register_staged_asset(self, staging_directory, asset_file_name)
        location = stack.synthesizer.add_file_asset(
            FileAssetSource(
                source_hash=asset_hash,
                file_name=asset_file_name,
                packaging=FileAssetPackaging.ZIP_DIRECTORY,
                display_name=f"{self.node.path} Code",
            )
        )
        self._code_hash = asset_hash
        metadata: dict[str, Any] = {}
        if self.node.try_get_context(_ASSET_METADATA_CONTEXT):
            metadata = {"aws:asset:path": asset_file_name, "aws:asset:property": "Code"}
        return {"S3Bucket": location.bucket_name, "S3Key": location.object_key}, metadata

    def _render_policies(self) -> list[dict[str, Any]] | None:
        if not self._policy_statements:
            return None
        return [
            {
                "PolicyName": "Inline",
                "PolicyDocument": {"Version": "2012-10-17", "Statement": list(self._policy_statements)},
            }
        ]

    @property
    def code_hash(self) -> str:
        """The hash of the staged handler code."""
        if self._code_hash is None:
            raise ValueError(
                f"This custom resource uses inlineCode: true and does not have a codeHash (at {self.node.path})"
            )
        return self._code_hash

    @property
    def service_token(self) -> str:
        """The ARN of the handler, to pass as a custom resource's ``ServiceToken``."""
        return Token.as_string(self.handler.get_att("Arn"))

    @property
    def role_arn(self) -> str:
        """The ARN of the handler's role."""
        return Token.as_string(self.role.get_att("Arn"))

    def add_to_role_policy(self, statement: Any) -> None:
        """Add a statement (a plain JSON object: ``{"Effect": ..., "Action": ..., "Resource": ...}``)."""
        self._policy_statements.append(statement)


def _render_environment(environment: Mapping[str, str] | None) -> dict[str, Any] | None:
    if not environment:
        return None
    variables = {**environment, "AWS_STS_REGIONAL_ENDPOINTS": "regional"}
    return {"Variables": {key: variables[key] for key in sorted(variables)}}


class CustomResourceProvider(CustomResourceProviderBase):
    """A ``CustomResourceProviderBase`` with a Node.js runtime, one per stack and unique id."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str,
        runtime: CustomResourceProviderRuntime,
        **props: Any,
    ) -> None:
        super().__init__(scope, id, code_directory=code_directory, runtime_name=runtime.value, **props)

    @classmethod
    def get_or_create(cls, scope: Construct, uniqueid: str, **props: Any) -> str:
        """The service token of the stack's provider for ``uniqueid`` (created on first use)."""
        return cls.get_or_create_provider(scope, uniqueid, **props).service_token

    @classmethod
    def get_or_create_provider(cls, scope: Construct, uniqueid: str, **props: Any) -> CustomResourceProviderBase:
        """The stack's provider for ``uniqueid`` (a child ``<uniqueid>CustomResourceProvider`` of the stack)."""
        id = f"{uniqueid}CustomResourceProvider"
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(id)
        if existing is not None:
            return existing  # type: ignore[return-value]
        return cls(stack, id, **props)
