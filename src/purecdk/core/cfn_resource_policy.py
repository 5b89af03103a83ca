"""Resource attribute structs: ``CreationPolicy`` and ``UpdatePolicy`` (rendered with capitalized names)."""

from __future__ import annotations

from typing import Any

from purecdk.core.struct_class import Struct


class CfnResourceSignal(Struct):
    """How many success signals to wait for, and for how long."""

    count: float | None = None
    timeout: str | None = None


class CfnResourceAutoScalingCreationPolicy(Struct):
    """Percentage of instances that must signal success."""

    min_successful_instances_percent: float | None = None


class CfnCreationPolicy(Struct):
    """The ``CreationPolicy`` resource attribute."""

    auto_scaling_creation_policy: CfnResourceAutoScalingCreationPolicy | None = None
    resource_signal: CfnResourceSignal | None = None
    start_fleet: bool | None = None


class CfnAutoScalingReplacingUpdate(Struct):
    """Replace the Auto Scaling group on update."""

    will_replace: bool | None = None


class CfnAutoScalingRollingUpdate(Struct):
    """Roll instances of an Auto Scaling group on update."""

    max_batch_size: float | None = None
    min_active_instances_percent: float | None = None
    min_instances_in_service: float | None = None
    min_successful_instances_percent: float | None = None
    pause_time: str | None = None
    suspend_processes: list[str] | None = None
    wait_on_resource_signals: bool | None = None


class CfnAutoScalingScheduledAction(Struct):
    """How scheduled actions interact with updates."""

    ignore_unmodified_group_size_properties: bool | None = None


class CfnCodeDeployLambdaAliasUpdate(Struct):
    """CodeDeploy traffic shifting for a Lambda alias."""

    application_name: str
    deployment_group_name: str
    after_allow_traffic_hook: str | None = None
    before_allow_traffic_hook: str | None = None


class CfnUpdatePolicy(Struct):
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
