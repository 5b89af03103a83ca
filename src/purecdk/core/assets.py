"""File assets: staging a file or directory into the cloud assembly under a content hash."""

from __future__ import annotations

import enum
import fnmatch
import os
from typing import Any

from purecdk import _digests as digests
from purecdk.core.struct_class import Struct


class FileAssetPackaging(enum.Enum):
    """How a file asset is uploaded."""

    ZIP_DIRECTORY = "zip"
    FILE = "file"


class FileAssetSource(Struct):
    """A file or directory to upload."""

    source_hash: str
    file_name: str | None = None
    packaging: FileAssetPackaging | None = None
    executable: list[str] | None = None
    display_name: str | None = None
    deploy_time: bool | None = None


class FileAssetLocation(Struct):
    """Where an uploaded file asset can be found at deploy time."""

    bucket_name: str
    object_key: str
    http_url: str
    s3_object_url: str
    kms_key_arn: str | None = None
    s3_object_url_with_placeholders: str | None = None


_SOH, _SOT, _ETX = b"\x01", b"\x02", b"\x03"
_CHUNK = 8 * 1024


def _hash_field(digest: Any, header: str, value: str) -> None:
    digest.update(_SOH + header.encode("utf-8") + _SOT + value.encode("utf-8") + _ETX)


def _content_fingerprint(file: str) -> str:
    """``<size>:<sha256>`` of a file, text files with CRLF line ends read as LF (as aws-cdk-lib does)."""
    digest = digests.sha256()
    size = 0
    binary = False
    pending = ""
    first = True
    with open(file, "rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            if first:
                binary = b"\0" in chunk
                first = False
            if binary:
                size += len(chunk)
                digest.update(chunk)
                continue
            text = chunk.decode("utf-8", errors="replace")
            if text.endswith("\r"):
                pending += text
                continue
            data = (pending + text).replace("\r\n", "\n").encode("utf-8")
            pending = ""
            size += len(data)
            digest.update(data)
    if pending:
        digest.update(pending.encode("utf-8"))
    return f"{size}:{digest.hexdigest()}"


def fingerprint(path: str, *, extra_hash: str = "", exclude: list[str] | None = None) -> str:
    """The source hash aws-cdk-lib gives a file or directory asset (symlinks are not followed into the tree).

    Files whose base name matches a glob in ``exclude`` (and ``.is_custom_resource`` markers) are skipped.
    """
    excluded = set([".is_custom_resource", *(exclude or [])])
    digest = digests.sha256()
    _hash_field(digest, "options.extra", extra_hash)
    _hash_field(digest, "options.follow", "external")
    root = os.path.realpath(path)
    if not os.path.isdir(root):
        _hash_field(digest, "file:", _content_fingerprint(root))
        return digest.hexdigest()

    def walk(real_dir: str, rel_dir: str) -> None:
        for name in sorted(os.listdir(real_dir)):
            full = os.path.join(real_dir, name)
            rel = f"{rel_dir}/{name}" if rel_dir else name
            if any(fnmatch.fnmatch(name, pattern) for pattern in excluded):
                continue
            if os.path.islink(full):
                target = os.readlink(full)
                resolved = os.path.realpath(full)
                internal = resolved == root or resolved.startswith(root + os.sep)
                if not internal and os.path.exists(resolved):
                    if os.path.isdir(resolved):
                        walk(resolved, rel)
                    else:
                        _hash_field(digest, f"file:{rel}", _content_fingerprint(resolved))
                    continue
                if internal and os.path.isabs(target):
                    target = os.path.relpath(resolved, root).replace(os.sep, "/")
                _hash_field(digest, f"link:{rel}", target)
            elif os.path.isdir(full):
                walk(full, rel)
            elif os.path.isfile(full):
                _hash_field(digest, f"file:{rel}", _content_fingerprint(full))

    walk(root, "")
    return digest.hexdigest()


def register_staged_asset(
    scope: Any, source_path: str, staged_name: str, *, exclude: list[str] | None = None
) -> None:
    """Copy ``source_path`` into the cloud assembly as ``staged_name`` when the app is synthesized.

    Files named in ``exclude`` (base names) and ``.is_custom_resource`` markers are left out, as in the hash.
    """
    root = scope.node.root
    pending: dict[str, tuple[str, list[str]]] | None = getattr(root, "_purecdk_staged_assets", None)
    if pending is None:
        pending = {}
        root._purecdk_staged_assets = pending
    pending.setdefault(staged_name, (os.path.abspath(source_path), [".is_custom_resource", *(exclude or [])]))


def stage_registered_assets(root: Any, outdir: str) -> None:
    """Copy every asset registered under ``root`` into ``outdir`` (the assembly being written)."""
    for staged_name, (source_path, excluded) in (getattr(root, "_purecdk_staged_assets", None) or {}).items():
        target = os.path.join(outdir, staged_name)
        if os.path.exists(target):
            continue
        import shutil  # only apps with assets need it (it loads the compression modules)

        if os.path.isdir(source_path):
            shutil.copytree(source_path, target, symlinks=True, ignore=shutil.ignore_patterns(*excluded))
        else:
            shutil.copyfile(source_path, target)


def stage_asset(source_path: str, outdir: str, asset_hash: str) -> str:
    """Copy ``source_path`` into ``outdir`` as ``asset.<hash>[.ext]``; returns the name relative to outdir."""
    import shutil  # only apps with assets need it (it loads the compression modules)

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
