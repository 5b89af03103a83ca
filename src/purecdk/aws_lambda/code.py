"""``Code``: where a Lambda function's code comes from (inline source, a local asset, an S3 object)."""

from __future__ import annotations

import enum
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field, reference_attribute


class S3ObjectStorageMode(enum.Enum):
    """How Lambda stores the code of an S3 object: a copy, or a reference to the (versioned) object."""

    COPY = "COPY"
    REFERENCE = "REFERENCE"


class BucketOptions(Struct, kw_only=True):
    """Options of ``Code.from_bucket_v2``."""

    object_version: str | None = None
    s3_object_storage_mode: S3ObjectStorageMode | None = None
    source_kms_key: Any = None
    """The KMS key (any ``IKeyRef``: a ``Key``, a ``CfnKey``, an imported key) that encrypts the code object."""


def _key_arn(key: Any) -> str | None:
    return None if key is None else reference_attribute(key, "key_ref", "key_arn")  # type: ignore[no-any-return]


class S3Location(Struct):
    """An object in S3."""

    bucket_name: str
    object_key: str
    object_version: str | None = None


class CodeConfig(Struct):
    """What ``Code.bind`` returns: exactly one of inline code, an S3 location or an image."""

    inline_code: str | None = None
    s3_location: S3Location | None = None
    image: Any = None
    source_kms_key_arn: str | None = None
    s3_object_storage_mode: S3ObjectStorageMode | None = None


class Code:
    """The code of a Lambda function."""

    is_inline: bool = False

    @staticmethod
    def from_inline(code: str) -> InlineCode:
        """Inline source code (at most 4 KiB; Node.js and Python runtimes only)."""
        return InlineCode(code)

    @staticmethod
    def inline(code: str) -> InlineCode:
        """Deprecated alias of ``from_inline``."""
        return Code.from_inline(code)

    @staticmethod
    def from_asset(path: str, *, exclude: list[str] | None = None, asset_hash: str | None = None,
                   display_name: str | None = None, source_kms_key: Any = None, **_: Any) -> AssetCode:
        """A local directory (zipped) or ``.zip``/``.jar`` file, published as a file asset."""
        return AssetCode(path, exclude=exclude, asset_hash=asset_hash, display_name=display_name,
                         source_kms_key=source_kms_key)

    @staticmethod
    def asset(path: str) -> AssetCode:
        """Deprecated alias of ``from_asset``."""
        return Code.from_asset(path)

    @staticmethod
    def from_bucket(bucket: Any, key: str, object_version: str | None = None) -> S3Code:
        """An object in an S3 bucket (anything with a ``bucket_name``)."""
        return S3Code(bucket, key, object_version)

    @staticmethod
    def from_bucket_v2(
        bucket: Any,
        key: str,
        options: BucketOptions | None = None,
        *,
        object_version: str | None = None,
        s3_object_storage_mode: S3ObjectStorageMode | None = None,
        source_kms_key: Any = None,
    ) -> S3CodeV2:
        """An object in an S3 bucket, with its version, storage mode and encryption key."""
        return S3CodeV2(bucket, key, BucketOptions(
            object_version=object_version if object_version is not None else get_field(options, "object_version"),
            s3_object_storage_mode=s3_object_storage_mode or get_field(options, "s3_object_storage_mode"),
            source_kms_key=source_kms_key if source_kms_key is not None else get_field(options, "source_kms_key"),
        ))

    @staticmethod
    def from_ecr_image(
        repository: Any,
        props: Any = None,
        *,
        cmd: list[str] | None = None,
        entrypoint: list[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> Code:
        """A container image in an ECR repository (needs ``Handler.FROM_IMAGE`` and ``Runtime.FROM_IMAGE``)."""
        from purecdk.aws_lambda.image_code import EcrImageCode

        return EcrImageCode(
            repository,
            props,
            cmd=cmd,
            entrypoint=entrypoint,
            tag=tag,
            tag_or_digest=tag_or_digest,
            working_directory=working_directory,
        )

    @staticmethod
    def from_asset_image(directory: str, **_: Any) -> Code:
        """Not supported by purecdk: it needs Docker image assets, which purecdk does not build or publish."""
        raise NotImplementedError(
            f"Code.from_asset_image('{directory}') needs Docker image assets, which purecdk does not support; push "
            "the image to an ECR repository and use Code.from_ecr_image(repository, tag_or_digest=...)"
        )

    def bind(self, scope: Construct) -> CodeConfig:
        """Called when the code is used by a function."""
        raise NotImplementedError

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Called after the function's ``CfnFunction`` exists."""


class InlineCode(Code):
    """Source code given as a string."""

    is_inline = True

    def __init__(self, code: str) -> None:
        if len(code) == 0:
            raise ValueError("Lambda inline code cannot be empty; pass the handler's source text")
        self.code = code

    def bind(self, scope: Construct) -> CodeConfig:
        """The inline source."""
        return CodeConfig(inline_code=self.code)


class AssetCode(Code):
    """A local directory or archive, staged into the cloud assembly and uploaded by the CLI."""

    def __init__(
        self,
        path: str,
        *,
        exclude: list[str] | None = None,
        asset_hash: str | None = None,
        display_name: str | None = None,
        source_kms_key: Any = None,
    ) -> None:
        self.path = path
        self._source_kms_key = source_kms_key
        self._exclude = exclude
        self._asset_hash = asset_hash
        self._display_name = display_name
        self._asset: Any = None

    def bind(self, scope: Construct) -> CodeConfig:
        """Create the asset (once per stack) and point at its S3 location."""
        from purecdk.aws_lambda._asset import CodeAsset

        if self._asset is None:
            self._asset = CodeAsset(
                scope,
                "Code",
                path=self.path,
                exclude=self._exclude,
                asset_hash=self._asset_hash,
                display_name=self._display_name,
                deploy_time=True,
            )
        elif Stack.of(self._asset) is not Stack.of(scope):
            raise ValueError(
                f"Asset is already associated with another stack '{Stack.of(self._asset).stack_name}'. "
                f"Create a new Code instance for every stack. (at {scope.node.path})"
            )
        if not self._asset.is_zip_archive:
            raise ValueError(f"Asset must be a .zip file or a directory ({self.path}) (at {scope.node.path})")
        location = S3Location(bucket_name=self._asset.s3_bucket_name, object_key=self._asset.s3_object_key)
        return CodeConfig(s3_location=location, source_kms_key_arn=_key_arn(self._source_kms_key))

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Add the asset metadata (``aws:asset:*``) to the function resource."""
        if self._asset is None:
            raise ValueError(f"bindToResource() must be called after bind() (at {resource.node.path})")
        self._asset.add_resource_metadata(resource, resource_property or "Code")


class S3Code(Code):
    """Code in an existing S3 object."""

    def __init__(self, bucket: Any, key: str, object_version: str | None = None) -> None:
        self.bucket_name: str = bucket if isinstance(bucket, str) else bucket.bucket_name
        self.key = key
        self.object_version = object_version

    def bind(self, scope: Construct) -> CodeConfig:
        """The object's location."""
        return CodeConfig(
            s3_location=S3Location(
                bucket_name=self.bucket_name, object_key=self.key, object_version=self.object_version
            )
        )


class S3CodeV2(Code):
    """Code in an existing S3 object, with ``BucketOptions``."""

    def __init__(self, bucket: Any, key: str, options: BucketOptions | None = None) -> None:
        self.options = options or BucketOptions()
        if self.options.s3_object_storage_mode is S3ObjectStorageMode.REFERENCE and self.options.object_version is None:
            raise ValueError(
                "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 "
                "object"
            )
        self.bucket_name: str = bucket if isinstance(bucket, str) else bucket.bucket_name
        self.key = key

    def bind(self, scope: Construct) -> CodeConfig:
        """The object's location, key and storage mode."""
        return CodeConfig(
            s3_location=S3Location(
                bucket_name=self.bucket_name, object_key=self.key, object_version=self.options.object_version
            ),
            source_kms_key_arn=_key_arn(self.options.source_kms_key),
            s3_object_storage_mode=self.options.s3_object_storage_mode,
        )
