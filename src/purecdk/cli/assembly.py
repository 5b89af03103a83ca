"""Reading a cloud assembly (``cdk.out``) as the cdk CLI does: stacks, their messages, stack selection."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

from purecdk.cli.errors import CliError

STACK_TYPE = "aws:cloudformation:stack"
NESTED_ASSEMBLY_TYPE = "cdk:cloud-assembly"
MESSAGE_LEVELS = {"aws:cdk:error": "Error", "aws:cdk:warning": "Warning", "aws:cdk:info": "Info"}


@dataclass(frozen=True)
class Message:
    """An annotation of a construct: ``level`` is ``Error``, ``Warning`` or ``Info``."""

    level: str
    path: str
    text: str


@dataclass
class StackArtifact:
    """One stack of an assembly."""

    artifact_id: str
    hierarchical_id: str
    stack_name: str
    environment: str
    template_path: str
    dependencies: list[str]
    metadata: dict[str, list[dict[str, Any]]]
    top_level: bool
    _template: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def template(self) -> dict[str, Any]:
        """The template, parsed."""
        if self._template is None:
            self._template = read_json(self.template_path)
        return self._template

    @property
    def display_name(self) -> str:
        """How the cdk CLI names the stack: its id, then its stack name in parentheses if that differs."""
        if self.stack_name == self.artifact_id:
            return self.hierarchical_id
        return f"{self.hierarchical_id} ({self.stack_name})"

    @property
    def account(self) -> str:
        """The account of the environment (``unknown-account`` when environment-agnostic)."""
        return _split_environment(self.environment)[0]

    @property
    def region(self) -> str:
        """The region of the environment (``unknown-region`` when environment-agnostic)."""
        return _split_environment(self.environment)[1]

    @property
    def messages(self) -> list[Message]:
        """The stack's error, warning and info annotations, in metadata order."""
        found = []
        for path, entries in self.metadata.items():
            for entry in entries:
                level = MESSAGE_LEVELS.get(entry.get("type", ""))
                if level:
                    found.append(Message(level, path, str(entry.get("data"))))
        return found


def _split_environment(environment: str) -> tuple[str, str]:
    match = re.fullmatch(r"aws://([^/]*)/(.*)", environment or "")
    return (match.group(1), match.group(2)) if match else ("unknown-account", "unknown-region")


def read_json(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise CliError(f"Cannot read {path}: {e}") from e


def load_stacks(directory: str, *, _prefix: str = "", _top_level: bool = True) -> list[StackArtifact]:
    """Every stack of the assembly in ``directory``, nested assemblies included, in manifest order."""
    manifest = read_json(os.path.join(directory, "manifest.json"))
    stacks: list[StackArtifact] = []
    nested: list[tuple[str, str]] = []
    for artifact_id, artifact in (manifest.get("artifacts") or {}).items():
        kind = artifact.get("type")
        props = artifact.get("properties") or {}
        if kind == STACK_TYPE:
            metadata = dict(artifact.get("metadata") or {})
            extra = artifact.get("additionalMetadataFile")
            if extra:
                for path, entries in read_json(os.path.join(directory, extra)).items():
                    metadata.setdefault(path, []).extend(entries)
            stacks.append(
                StackArtifact(
                    artifact_id=artifact_id,
                    hierarchical_id=artifact.get("displayName") or artifact_id,
                    stack_name=props.get("stackName") or artifact_id,
                    environment=artifact.get("environment", ""),
                    template_path=os.path.join(directory, props["templateFile"]),
                    dependencies=list(artifact.get("dependencies") or []),
                    metadata=metadata,
                    top_level=_top_level,
                )
            )
        elif kind == NESTED_ASSEMBLY_TYPE:
            nested.append(
                (os.path.join(directory, props["directoryName"]), artifact.get("displayName") or "")
            )
    for nested_dir, _display in nested:
        stacks.extend(load_stacks(nested_dir, _top_level=False))
    return stacks


def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def select_stacks(stacks: list[StackArtifact], patterns: list[str]) -> list[StackArtifact]:
    """The stacks matching ``patterns`` (globs on the stack ids; ``*`` stays within a stage, ``**`` does not).

    With no patterns: the top-level stacks. A pattern that matches nothing is an error.
    """
    if not patterns:
        return [s for s in stacks if s.top_level]
    selected: list[StackArtifact] = []
    for pattern in patterns:
        regex = _glob_regex(pattern)
        matches = [s for s in stacks if regex.fullmatch(s.hierarchical_id) or s.artifact_id == pattern]
        if not matches:
            known = ", ".join(s.hierarchical_id for s in stacks) or "none"
            raise CliError(f"No stack found matching '{pattern}'. The stacks are: {known}.")
        selected.extend(s for s in matches if s not in selected)
    return [s for s in stacks if s in selected]
