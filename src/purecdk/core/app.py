"""``App``: the root of a CDK application."""

from __future__ import annotations

import atexit
import json
import os
import sys
from collections.abc import Mapping
from typing import Any

from purecdk.core import collector
from purecdk.core.stage import Stage

OUTDIR_ENV = "CDK_OUTDIR"
CONTEXT_ENV = "CDK_CONTEXT_JSON"
CONTEXT_OVERFLOW_ENV = "CDK_CONTEXT_OVERFLOW_LOCATION"


def _read_json(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as e:
        raise ValueError(f"{path} is not valid JSON: {e}") from e
    return data if isinstance(data, dict) else {}


def project_context(directory: str = ".") -> dict[str, Any]:
    """The context a ``cdk`` CLI would pass for a project: ``cdk.context.json``, overridden by ``cdk.json``'s."""
    context: dict[str, Any] = _read_json(os.path.join(directory, "cdk.context.json"))
    cdk_json = _read_json(os.path.join(directory, "cdk.json"))
    context.update(cdk_json.get("context") or {})
    return context


class _UncaughtException:
    """Remembers whether the program died of an uncaught exception (then nothing is auto-synthesized)."""

    seen = False
    _installed = False

    @classmethod
    def install(cls) -> None:
        if cls._installed:
            return
        cls._installed = True
        previous = sys.excepthook

        def hook(kind: Any, value: Any, tb: Any) -> None:
            cls.seen = True
            previous(kind, value, tb)

        sys.excepthook = hook


_uncaught_exception = _UncaughtException


class App(Stage):
    """The root construct: holds the stacks and writes the cloud assembly on ``synth()``."""

    def __init__(
        self,
        *,
        analytics_reporting: bool | None = None,
        auto_synth: bool | None = None,
        context: Mapping[str, Any] | None = None,
        default_stack_synthesizer: Any = None,
        outdir: str | None = None,
        post_cli_context: Mapping[str, Any] | None = None,
        stack_traces: bool | None = None,
        tree_metadata: bool | None = None,
        **_: Any,
    ) -> None:
        super().__init__(None, "", outdir=outdir or os.environ.get(OUTDIR_ENV))
        self.default_stack_synthesizer = default_stack_synthesizer
        self._tree_metadata = tree_metadata is not False
        self._load_context(dict(context or {}), dict(post_cli_context or {}))
        if analytics_reporting is not None:
            self.node.set_context("aws:cdk:version-reporting", analytics_reporting)
        if stack_traces is False:
            self.node.set_context("aws:cdk:disable-stack-trace", True)
        if auto_synth is None:
            auto_synth = OUTDIR_ENV in os.environ
        if auto_synth:
            _uncaught_exception.install()
            collector.skip_collection_at_exit()  # registered first, so it runs after the auto-synthesis
            atexit.register(self._auto_synth)
            # a program run to synthesize this app builds one tree that only grows until synthesis
            collector.collect_less_often()

    def _auto_synth(self) -> None:
        # like the cdk CLI's auto-synthesis, but never for a program that died of an uncaught exception
        if self._assembly is None and not self._synth_attempted and not _uncaught_exception.seen:
            self.synth()

    def _load_context(self, defaults: dict[str, Any], final: dict[str, Any]) -> None:
        for key, value in defaults.items():
            self.node.set_context(key, value)
        from_env: dict[str, Any] = {}
        raw = os.environ.get(CONTEXT_ENV)
        if raw:
            from_env.update(json.loads(raw))
        overflow = os.environ.get(CONTEXT_OVERFLOW_ENV)
        if overflow:
            from_env.update(_read_json(overflow))
        if not raw and not overflow and OUTDIR_ENV not in os.environ:
            # not run by a CLI: read the project's context files as `cdk synth` would pass them
            from_env.update(project_context())
        for key, value in from_env.items():
            self.node.set_context(key, value)
        for key, value in final.items():
            self.node.set_context(key, value)

    @staticmethod
    def is_app(x: Any) -> bool:
        """Whether ``x`` is an ``App``."""
        return isinstance(x, App)
