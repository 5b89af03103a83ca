"""``Stage``: a unit of deployment holding stacks; ``App`` is the root stage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.structs import get_field


class Stage(Construct):
    """A group of stacks synthesized into one cloud assembly."""

    def __init__(
        self,
        scope: Construct | None,
        id: str,
        *,
        env: Any = None,
        outdir: str | None = None,
        stage_name: str | None = None,
        **_: Any,
    ) -> None:
        super().__init__(scope, id)
        parent = Stage.of(self) if scope is not None else None
        self.parent_stage: Stage | None = parent
        self.account: str | None = get_field(env, "account") or (parent.account if parent else None)
        self.region: str | None = get_field(env, "region") or (parent.region if parent else None)
        self._outdir = outdir
        self.stage_name: str = stage_name if stage_name is not None else ""
        self._assembly: Any = None
        self._synth_attempted = False

    @staticmethod
    def of(construct: Any) -> Stage | None:
        """The nearest stage above ``construct`` (not the construct itself)."""
        scope = construct.node.scope
        while scope is not None:
            if isinstance(scope, Stage):
                return scope
            scope = scope.node.scope
        return None

    @staticmethod
    def is_stage(x: Any) -> bool:
        """Whether ``x`` is a ``Stage``."""
        return isinstance(x, Stage)

    @property
    def outdir(self) -> str:
        """Where the cloud assembly is written."""
        if self._outdir is None:
            import tempfile

            self._outdir = tempfile.mkdtemp(prefix="cdk.out")
        return self._outdir

    @property
    def artifact_id(self) -> str:
        """The id of this stage's assembly artifact."""
        return "assembly-" + self.node.path.replace("/", "-")

    def synth(
        self,
        options: Mapping[str, Any] | None = None,
        *,
        force: bool | None = None,
        skip_validation: bool | None = None,
        validate_on_synthesis: bool | None = None,
        error_on_duplicate_synth: bool | None = None,
    ) -> Any:
        """Synthesize the cloud assembly into ``outdir`` (once; ``force=True`` to do it again)."""
        force = force if force is not None else bool(get_field(options, "force"))
        if skip_validation is None:
            skip_validation = bool(get_field(options, "skip_validation"))
        if self._assembly is None or force:
            from purecdk.core.synthesis import synthesize

            self._synth_attempted = True
            self._assembly = synthesize(self, skip_validation=skip_validation)
        return self._assembly
