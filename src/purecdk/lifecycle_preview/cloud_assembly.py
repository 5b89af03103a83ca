"""Finding a repository's lifecycle policy in a synthesized cloud assembly (``cdk.out``).

A stack is named by its artifact id, display name (``Stage/Stack``) or CloudFormation stack name; the
repository by its logical id or its construct path (as recorded in the stack's metadata, with or
without the leading ``/``, the stack's own path or the trailing ``/Resource``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from purecdk.lifecycle_preview.errors import PolicySourceError
from purecdk.lifecycle_preview.policy_source import policy_text_from_resource

_ECR_TYPES = ("AWS::ECR::Repository", "AWS::ECR::RepositoryCreationTemplate")


@dataclass(frozen=True)
class _StackArtifact:
    directory: str
    artifact_id: str
    artifact: Mapping[str, Any]

    @property
    def names(self) -> set[str]:
        props = self.artifact.get("properties") or {}
        names = {self.artifact_id}
        for name in (self.artifact.get("displayName"), props.get("stackName")):
            if isinstance(name, str):
                names.add(name)
        return names


def _load_json(path: str, what: str) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError as e:
        raise PolicySourceError(f"{path}: not found; {what}") from e
    except (OSError, ValueError) as e:
        raise PolicySourceError(f"{path}: cannot be read as JSON: {e}") from e


def _stacks(directory: str, depth: int = 0) -> Iterator[_StackArtifact]:
    manifest = _load_json(
        os.path.join(directory, "manifest.json"),
        "is this a cloud assembly? Synthesize the app first (cdk synth) or pass --cdk-out",
    )
    for artifact_id, artifact in (manifest.get("artifacts") or {}).items():
        kind = artifact.get("type")
        if kind == "aws:cloudformation:stack":
            yield _StackArtifact(directory, artifact_id, artifact)
        elif kind == "cdk:cloud-assembly" and depth < 10:
            nested = (artifact.get("properties") or {}).get("directoryName")
            if isinstance(nested, str):
                yield from _stacks(os.path.join(directory, nested), depth + 1)


def _metadata(stack: _StackArtifact) -> Mapping[str, Any]:
    extra = stack.artifact.get("additionalMetadataFile")
    if isinstance(extra, str):
        return _load_json(os.path.join(stack.directory, extra), "the cloud assembly is incomplete")
    return stack.artifact.get("metadata") or {}


def _logical_ids_by_path(metadata: Mapping[str, Any]) -> dict[str, str]:
    paths: dict[str, str] = {}
    for path, entries in metadata.items():
        for entry in entries or ():
            if isinstance(entry, Mapping) and entry.get("type") == "aws:cdk:logicalId":
                paths[path] = str(entry.get("data"))
    return paths


def _stack_path(metadata: Mapping[str, Any]) -> str | None:
    for path, entries in metadata.items():
        for entry in entries or ():
            if isinstance(entry, Mapping) and entry.get("type") == "aws:cdk:templateFile":
                return path
    return None


def policy_text_from_cloud_assembly(
    directory: str, stack_name: str, resource: str | None = None
) -> tuple[str, str]:
    """The lifecycle policy text of a repository in a synthesized stack, and ``Stack/LogicalId``.

    ``resource`` is a logical id or construct path; when omitted, the stack must hold exactly one ECR
    repository with a lifecycle policy.
    """
    stacks = list(_stacks(directory))
    stack = next((s for s in stacks if stack_name in s.names), None)
    if stack is None:
        names = sorted(s.artifact.get("displayName") or s.artifact_id for s in stacks)
        available = ", ".join(names) or "none"
        raise PolicySourceError(f"{directory}: no stack named {stack_name!r} (stacks: {available})")
    template_file = (stack.artifact.get("properties") or {}).get("templateFile")
    if not isinstance(template_file, str):
        raise PolicySourceError(f"{directory}: stack {stack_name!r} has no template file in the manifest")
    template = _load_json(os.path.join(stack.directory, template_file), "the cloud assembly is incomplete")
    resources: Mapping[str, Any] = template.get("Resources") or {}
    metadata = _metadata(stack)
    paths = _logical_ids_by_path(metadata)
    if resource is None:
        logical_id = _only_repository(resources, paths, stack_name)
    else:
        logical_id = _find_resource(resource, resources, paths, _stack_path(metadata), stack_name)
    where = f"{stack_name}/{logical_id}"
    return policy_text_from_resource(resources[logical_id], where), where


def _repository_list(resources: Mapping[str, Any], paths: Mapping[str, str]) -> str:
    by_id = {logical_id: path for path, logical_id in paths.items()}
    found = [
        f"{logical_id} ({by_id[logical_id]})" if logical_id in by_id else logical_id
        for logical_id, definition in resources.items()
        if isinstance(definition, Mapping) and definition.get("Type") in _ECR_TYPES
    ]
    return ", ".join(found) or "none"


def _only_repository(resources: Mapping[str, Any], paths: Mapping[str, str], stack_name: str) -> str:
    with_policy = [
        logical_id
        for logical_id, definition in resources.items()
        if isinstance(definition, Mapping)
        and definition.get("Type") in _ECR_TYPES
        and (definition.get("Properties") or {}).get("LifecyclePolicy") is not None
    ]
    if len(with_policy) == 1:
        return with_policy[0]
    raise PolicySourceError(
        f"stack {stack_name!r} has {len(with_policy)} ECR repositories with a lifecycle policy; "
        f"name one with --resource (repositories: {_repository_list(resources, paths)})"
    )


def _find_resource(
    resource: str,
    resources: Mapping[str, Any],
    paths: Mapping[str, str],
    stack_path: str | None,
    stack_name: str,
) -> str:
    if resource in resources:
        return resource
    relative = resource.strip("/")
    candidates = ["/" + relative]
    if stack_path:
        candidates.append(stack_path.rstrip("/") + "/" + relative)
    for candidate in list(candidates):
        candidates.append(candidate + "/Resource")
    for candidate in candidates:
        if candidate in paths and paths[candidate] in resources:
            return paths[candidate]
    raise PolicySourceError(
        f"stack {stack_name!r} has no resource with logical id or construct path {resource!r} "
        f"(ECR repositories: {_repository_list(resources, paths)})"
    )
