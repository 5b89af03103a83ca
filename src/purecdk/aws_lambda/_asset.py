"""A file or directory staged into the cloud assembly and published as a file asset (the ``Code`` asset)."""

from __future__ import annotations

import os
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.assets import FileAssetPackaging, FileAssetSource, fingerprint, register_staged_asset
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack

_ARCHIVE_EXTENSIONS = (".zip", ".jar")
_METADATA_CONTEXT = "aws:cdk:enable-asset-metadata"


class _AssetStaging(Construct):
    """Where aws-cdk-lib's ``s3_assets.Asset`` stages the file (``Stage``; only its class name is reported)."""

    _FQN = "aws-cdk-lib.AssetStaging"


class _AssetBucket(Resource):
    """The bootstrap bucket aws-cdk-lib's ``s3_assets.Asset`` imports (``AssetBucket``; only its class name, and
    the analytics metadata its construction records)."""

    _FQN = "aws-cdk-lib.aws_s3.BucketBase"

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, {})  # upstream's ReferencedBucket (reported as BucketBase, so "*")


class CodeAsset(Construct):
    """A local file or directory published to the bootstrap bucket (hash = aws-cdk-lib's source hash)."""

    _FQN = "aws-cdk-lib.aws_s3_assets.Asset"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        path: str,
        asset_hash: str | None = None,
        exclude: list[str] | None = None,
        display_name: str | None = None,
        deploy_time: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not path:
            raise ValueError(f"Asset path cannot be empty (at {self.node.path})")
        source = os.path.abspath(path)
        if not os.path.exists(source):
            raise ValueError(f"Cannot find asset at {source} (at {self.node.path})")
        is_dir = os.path.isdir(source)
        salt = self.node.try_get_context("@aws-cdk/core:assetHashSalt")
        self.asset_hash = asset_hash or fingerprint(source, extra_hash=str(salt or ""), exclude=exclude)
        ext = "" if is_dir else os.path.splitext(source)[1]
        self.asset_path = f"asset.{self.asset_hash}{ext}"
        self.is_zip_archive = is_dir or ext.lower() in _ARCHIVE_EXTENSIONS
        self.is_file = not is_dir
        register_staged_asset(self, source, self.asset_path, exclude=exclude)
        stack = Stack.of(self)
        relative = self.node.path[len(stack.node.path) + 1 :] if stack.node.path else self.node.path
        location = stack.synthesizer.add_file_asset(
            FileAssetSource(
                source_hash=self.asset_hash,
                file_name=self.asset_path,
                packaging=FileAssetPackaging.ZIP_DIRECTORY if is_dir else FileAssetPackaging.FILE,
                deploy_time=deploy_time,
                display_name=display_name or relative,
            )
        )
        # aws-cdk-lib's Asset has these two children (they show in tree.json and in the CDKMetadata analytics)
        _AssetStaging(self, "Stage")
        _AssetBucket(self, "AssetBucket")
        self.s3_bucket_name: str = location.bucket_name
        self.s3_object_key: str = location.object_key
        self.s3_object_url: str = location.s3_object_url
        self.http_url: str = location.http_url

    def add_resource_metadata(self, resource: Any, resource_property: str) -> None:
        """Record the asset on ``resource`` (when asset metadata is enabled, as the CLI does)."""
        if not self.node.try_get_context(_METADATA_CONTEXT):
            return
        metadata = dict(resource.cfn_options.metadata or {})
        metadata["aws:asset:path"] = self.asset_path
        metadata["aws:asset:is-bundled"] = False
        metadata["aws:asset:property"] = resource_property
        resource.cfn_options.metadata = metadata
