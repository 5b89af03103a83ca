"""Project settings as the cdk CLI reads them: ``cdk.json``, ``cdk.context.json``, ``~/.cdk.json`` and flags.

Settings (``app``, ``output``, ``pathMetadata``, ...) merge in this order, later winning: built-in defaults,
``~/.cdk.json``, ``cdk.json``, the command line. Context values are looked up in this order, first winning:
``-c KEY=VALUE``, the ``context`` of ``cdk.json``, ``cdk.context.json``, the ``context`` of ``~/.cdk.json``.
On top of that the CLI adds the context it always passes to an app (path metadata, asset metadata, version
reporting, bundling stacks).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from purecdk.cli.errors import CliError

PROJECT_CONFIG = "cdk.json"
PROJECT_CONTEXT = "cdk.context.json"
USER_DEFAULTS = "~/.cdk.json"
DEFAULT_OUTPUT = "cdk.out"


def _read_json_file(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as e:
        raise CliError(f"Cannot read {path}: {e}. Fix or remove the file.") from e
    if not isinstance(data, dict):
        raise CliError(f"{path} must hold a JSON object, not {type(data).__name__}.")
    return data


def deep_merge(target: dict[str, Any], source: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``source`` into ``target``: objects merge recursively, anything else replaces (as in cdk)."""
    for key, value in source.items():
        if isinstance(value, Mapping):
            if not isinstance(target.get(key), dict):
                target[key] = {}
            deep_merge(target[key], value)
        else:
            target[key] = value
    return target


def parse_context_arguments(assignments: Sequence[str]) -> dict[str, str]:
    """``-c KEY=VALUE`` arguments as a dict of strings (the value is everything after the first ``=``)."""
    context: dict[str, str] = {}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        if not sep or not key:
            raise CliError(f"Context argument is not an assignment (key=value): {assignment!r}")
        if key.startswith("aws:") and len(key) > 4:
            raise CliError(
                f"User-provided context cannot use keys prefixed with 'aws:', but {key} was provided."
            )
        context[key] = value
    return context


@dataclass
class Settings:
    """Everything read from the project, the user's defaults and the command line."""

    directory: str
    values: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def load(
        directory: str = ".",
        *,
        app: str | None = None,
        output: str | None = None,
        context_arguments: Sequence[str] = (),
        path_metadata: bool | None = None,
        asset_metadata: bool | None = None,
        version_reporting: bool | None = None,
        read_user_defaults: bool = True,
    ) -> Settings:
        """Read ``cdk.json`` and friends in ``directory``, then apply the command-line values."""
        directory = os.path.abspath(directory)
        user = _read_json_file(os.path.expanduser(USER_DEFAULTS)) if read_user_defaults else {}
        project = _read_json_file(os.path.join(directory, PROJECT_CONFIG))
        project_context = _read_json_file(os.path.join(directory, PROJECT_CONTEXT))
        given = {
            "app": app,
            "output": output,
            "pathMetadata": path_metadata,
            "assetMetadata": asset_metadata,
            "versionReporting": version_reporting,
        }
        command_line = {k: v for k, v in given.items() if v is not None}
        values: dict[str, Any] = {"versionReporting": True, "assetMetadata": True, "pathMetadata": True}
        values["output"] = DEFAULT_OUTPUT
        for layer in (user, project, command_line):
            deep_merge(values, {k: v for k, v in layer.items() if k != "context"})
        context: dict[str, Any] = {}
        for bag in (
            _dict_or_empty(user.get("context")),
            project_context,
            _dict_or_empty(project.get("context")),
            parse_context_arguments(context_arguments),
        ):
            deep_merge(context, bag)
        return Settings(directory, values, context)

    @property
    def app(self) -> str | None:
        """The ``app`` setting: a command, a Python file or a cloud assembly directory."""
        app = self.values.get("app")
        if isinstance(app, list):
            app = " ".join(str(part) for part in app)
        return app if app else None

    @property
    def output(self) -> str:
        """The cloud assembly directory, absolute."""
        output = self.values.get("output") or DEFAULT_OUTPUT
        if not isinstance(output, str):
            raise CliError(f"--output takes a string, got {json.dumps(output)}")
        return os.path.join(self.directory, output)

    def app_context(self) -> dict[str, Any]:
        """The context handed to the app: the merged context plus what the cdk CLI always adds."""
        context = dict(self.context)
        if self.values.get("pathMetadata"):
            context["aws:cdk:enable-path-metadata"] = True
        if self.values.get("assetMetadata"):
            context["aws:cdk:enable-asset-metadata"] = True
        if self.values.get("versionReporting"):
            context["aws:cdk:version-reporting"] = True
        else:
            context["aws:cdk:disable-version-reporting"] = True
        context["aws:cdk:bundling-stacks"] = self.values.get("bundlingStacks") or ["**"]
        return context


def _dict_or_empty(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
