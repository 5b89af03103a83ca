"""Resource attribute structs: ``CreationPolicy`` and ``UpdatePolicy`` (rendered with capitalized names)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CfnResourceSignal:
    """How many success signals to wait for, and for how long."""

    count: float | None = None
    timeout: str | None = None


@dataclass(frozen=True)
class CfnResourceAutoScalingCreationPolicy:
    """Percentage of instances that must signal success."""

    min_successful_instances_percent: float | None = None


@dataclass(frozen=True)
class CfnCreationPolicy:
    """The ``CreationPolicy`` resource attribute."""

    auto_scaling_creation_policy: CfnResourceAutoScalingCreationPolicy | None = None
    resource_signal: CfnResourceSignal | None = None
    start_fleet: bool | None = None


@dataclass(frozen=True)
class CfnAutoScalingReplacingUpdate:
    """Replace the Auto Scaling group on update."""

    will_replace: bool | None = None


@dataclass(frozen=True)
class CfnAutoScalingRollingUpdate:
    """Roll instances of an Auto Scaling group on update."""

    max_batch_size: float | None = None
    min_active_instances_percent: float | None = None
    min_instances_in_service: float | None = None
    min_successful_instances_percent: float | None = None
    pause_time: str | None = None
    suspend_processes: list[str] | None = None
    wait_on_resource_signals: bool | None = None


@dataclass(frozen=True)
class CfnAutoScalingScheduledAction:
    """How scheduled actions interact with updates."""

    ignore_unmodified_group_size_properties: bool | None = None


@dataclass(frozen=True)
class CfnCodeDeployLambdaAliasUpdate:
    """CodeDeploy traffic shifting for a Lambda alias."""

    application_name: str
    deployment_group_name: str
    after_allow_traffic_hook: str | None = None
    before_allow_traffic_hook: str | None = None


@dataclass(frozen=True)
class CfnUpdatePolicy:
    """The ``UpdatePolicy`` resource attribute."""

    auto_scaling_replacing_update: CfnAutoScalingReplacingUpdate | None = None
    auto_scaling_rolling_update: CfnAutoScalingRollingUpdate | None = None
    auto_scaling_scheduled_action: CfnAutoScalingScheduledAction | None = None
    code_deploy_lambda_alias_update: CfnCodeDeployLambdaAliasUpdate | None = None
    enable_version_upgrade: bool | None = None
    use_online_resharding: bool | None = None


__all__: list[Any] = [
    "CfnAutoScalingReplacingUpdate",
    "CfnAutoScalingRollingUpdate",
    "CfnAutoScalingScheduledAction",
    "CfnCodeDeployLambdaAliasUpdate",
    "CfnCreationPolicy",
    "CfnResourceAutoScalingCreationPolicy",
    "CfnResourceSignal",
    "CfnUpdatePolicy",
]
