"""File assets: staging a file or directory into the cloud assembly under a content hash."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import os
import shutil
from typing import Any


class FileAssetPackaging(enum.Enum):
    """How a file asset is uploaded."""

    ZIP_DIRECTORY = "zip"
    FILE = "file"


@dataclasses.dataclass(frozen=True)
class FileAssetSource:
    """A file or directory to upload."""

    source_hash: str
    file_name: str | None = None
    packaging: FileAssetPackaging | None = None
    executable: list[str] | None = None
    display_name: str | None = None
    deploy_time: bool | None = None


@dataclasses.dataclass(frozen=True)
class FileAssetLocation:
    """Where an uploaded file asset can be found at deploy time."""

    bucket_name: str
    object_key: str
    http_url: str
    s3_object_url: str
    kms_key_arn: str | None = None
    s3_object_url_with_placeholders: str | None = None


def fingerprint(path: str) -> str:
    """A SHA-256 over the relative paths and contents of every file below ``path`` (or of the file)."""
    digest = hashlib.sha256()
    if os.path.isfile(path):
        with open(path, "rb") as f:
            digest.update(f.read())
        return digest.hexdigest()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            rel = os.path.relpath(full, path).replace(os.sep, "/")
            digest.update(b"<file>" + rel.encode("utf-8") + b"\0")
            with open(full, "rb") as f:
                digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()


def stage_asset(source_path: str, outdir: str, asset_hash: str) -> str:
    """Copy ``source_path`` into ``outdir`` as ``asset.<hash>[.ext]``; returns the name relative to outdir."""
    if os.path.isdir(source_path):
        name = f"asset.{asset_hash}"
        target = os.path.join(outdir, name)
        if not os.path.exists(target):
            shutil.copytree(source_path, target)
        return name
    ext = os.path.splitext(source_path)[1]
    name = f"asset.{asset_hash}{ext}"
    target = os.path.join(outdir, name)
    if not os.path.exists(target):
        shutil.copyfile(source_path, target)
    return name


def asset_source_path(source: Any) -> str:
    """The staged file name of an asset source."""
    return str(source.file_name)
