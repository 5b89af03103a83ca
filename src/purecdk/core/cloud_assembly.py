"""The synthesized cloud assembly as Python objects (what ``App.synth()`` returns)."""

from __future__ import annotations

import json
import os
from typing import Any


class CloudFormationStackArtifact:
    """One stack of the assembly: its template and manifest entry."""

    def __init__(self, assembly: CloudAssembly, artifact_id: str, manifest: dict[str, Any]) -> None:
        self.assembly = assembly
        self.id = artifact_id
        self.artifact_id = artifact_id
        self.manifest = manifest
        props = manifest.get("properties", {})
        self.template_file: str = props["templateFile"]
        self.stack_name: str = props.get("stackName", artifact_id)
        self.display_name: str = manifest.get("displayName", artifact_id)
        self.environment: str = manifest.get("environment", "")
        self.tags: dict[str, str] = props.get("tags", {})
        self.termination_protection: bool = bool(props.get("terminationProtection"))
        self._template: dict[str, Any] | None = None

    @property
    def template_full_path(self) -> str:
        """Absolute path of the template file."""
        return os.path.join(self.assembly.directory, self.template_file)

    @property
    def template(self) -> dict[str, Any]:
        """The template, parsed."""
        if self._template is None:
            with open(self.template_full_path, encoding="utf-8") as f:
                self._template = json.load(f)
        return self._template

    @property
    def dependencies(self) -> list[str]:
        """Ids of the artifacts this stack depends on."""
        return list(self.manifest.get("dependencies", []))


class CloudAssembly:
    """A synthesized cloud assembly directory."""

    def __init__(self, directory: str, manifest: dict[str, Any]) -> None:
        self.directory = directory
        self.manifest = manifest
        self.version: str = manifest.get("version", "")
        self.artifacts: dict[str, dict[str, Any]] = manifest.get("artifacts", {})
        self.stacks = [
            CloudFormationStackArtifact(self, aid, art)
            for aid, art in self.artifacts.items()
            if art.get("type") == "aws:cloudformation:stack"
        ]

    @staticmethod
    def load(directory: str) -> CloudAssembly:
        """Read the assembly in ``directory``."""
        with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
            return CloudAssembly(directory, json.load(f))

    @property
    def stacks_recursively(self) -> list[CloudFormationStackArtifact]:
        """All stacks."""
        return list(self.stacks)

    def get_stack_by_name(self, stack_name: str) -> CloudFormationStackArtifact:
        """The stack with this CloudFormation name."""
        found = [s for s in self.stacks if s.stack_name == stack_name]
        if not found:
            raise KeyError(f"Unable to find stack with stack name \"{stack_name}\"")
        if len(found) > 1:
            raise KeyError(f"There are multiple stacks with the stack name \"{stack_name}\". Use getStackArtifact(id)")
        return found[0]

    def get_stack_artifact(self, artifact_id: str) -> CloudFormationStackArtifact:
        """The stack with this artifact id."""
        for s in self.stacks:
            if s.id == artifact_id:
                return s
        raise KeyError(f"Unable to find artifact with id \"{artifact_id}\"")

    def get_stack(self, stack_name: str) -> CloudFormationStackArtifact:
        """Deprecated alias of ``get_stack_by_name``."""
        return self.get_stack_by_name(stack_name)
