"""``IRuleTarget`` and ``RuleTargetConfig``: what a rule target contributes to its rule."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.aws_events.input import RuleTargetInput
from purecdk.core.struct_class import Struct


class RuleTargetConfig(Struct):
    """The properties of one target of a rule (``CfnRule.TargetProperty`` plus the input and the role)."""

    arn: str
    app_sync_parameters: Any = None
    batch_parameters: Any = None
    dead_letter_config: Any = None
    ecs_parameters: Any = None
    http_parameters: Any = None
    input: RuleTargetInput | None = None
    kinesis_parameters: Any = None
    redshift_data_parameters: Any = None
    retry_policy: Any = None
    role: Any = None
    run_command_parameters: Any = None
    sqs_parameters: Any = None
    target_resource: Any = None


@runtime_checkable
class IRuleTarget(Protocol):
    """A target of a rule: ``bind`` returns its configuration (and may add permissions)."""

    def bind(self, rule: Any, id: str | None = None) -> RuleTargetConfig: ...
