"""``Alias``: a named pointer to a function version (``AWS::Lambda::Alias``), optionally splitting traffic."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from purecdk.aws_lambda._generated import CfnAlias
from purecdk.aws_lambda.qualified_function_base import QualifiedFunctionBase
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import JsObject, add_construct_metadata, collecting, passing_props, struct_object
from purecdk.core.arn import ArnFormat
from purecdk.core.duration import Duration
from purecdk.core.fn import Fn
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.js import js_number
from purecdk.core.tokens.token import unresolved
from purecdk.interfaces.aws_lambda import AliasReference


@runtime_checkable
class IAlias(Protocol):
    """An alias of a function."""

    @property
    def alias_name(self) -> str: ...

    @property
    def version(self) -> Any: ...

    @property
    def function_arn(self) -> str: ...


class VersionWeight(Struct):
    """A version and the share of the alias's traffic (0 to 1) it receives."""

    version: Any
    weight: float


class AliasOptions(Struct):
    """Options of an alias (``Function.add_alias(name, ...)``)."""

    max_event_age: Duration | None = None
    on_failure: Any = None
    on_success: Any = None
    retry_attempts: float | None = None
    additional_versions: Sequence[VersionWeight] | None = None
    description: str | None = None
    provisioned_concurrent_executions: float | None = None


class AliasProps(AliasOptions, kw_only=True):
    """The properties of an ``Alias``: its options, its name and the version it points at."""

    alias_name: str
    version: Any


class AliasAttributes(Struct):
    """What is needed to import an alias: its name and the version it points at."""

    alias_name: str
    alias_version: Any


class Alias(QualifiedFunctionBase):
    """A named alias of a function version, with optional weighted routing to additional versions."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias_name: str,
        version: Any,
        additional_versions: Sequence[VersionWeight | Mapping[str, Any]] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alias_name)
        add_construct_metadata(self, locals())
        self.lambda_ = version.lambda_
        self.alias_name: str = self.physical_name
        self.version = version
        self.architecture = self.lambda_.architecture
        self.can_create_permissions = True
        self.alias = CfnAlias(
            self,
            "Resource",
            name=self.alias_name,
            description=description,
            function_name=version.lambda_.function_name,
            function_version=version.version,
            routing_config=self._routing_config(additional_versions),
            provisioned_concurrency_config=self._provisioned_concurrency(provisioned_concurrent_executions),
        )
        from purecdk.aws_iam import Role

        self.scaling_role = Role.from_role_arn(
            self,
            "ScalingRole",
            self.stack.format_arn(
                service="iam",
                region="",
                resource="role/aws-service-role/lambda.application-autoscaling.amazonaws.com",
                resource_name="AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency",
            ),
        )
        self.qualifier = Fn.select(7, Fn.split(":", self.alias.ref))
        if on_failure is not None or on_success is not None or max_event_age is not None or (
            retry_attempts is not None
        ):
            props = JsObject(
                function=self.lambda_,
                qualifier=self.qualifier,
                onFailure=on_failure,
                onSuccess=on_success,
                maxEventAge=max_event_age,
                retryAttempts=retry_attempts,
            )
            self._configure_async_invoke(
                props,
                on_failure=on_failure,
                on_success=on_success,
                max_event_age=max_event_age,
                retry_attempts=retry_attempts,
            )

    @property
    def function_arn(self) -> str:  # type: ignore[override]
        """The alias's ARN (``<function ARN>:<alias name>``)."""
        return self.get_resource_arn_attribute(
            self.alias.ref,
            {
                "service": "lambda",
                "resource": "function",
                "resource_name": f"{self.lambda_.function_name}:{self.physical_name}",
                "arn_format": ArnFormat.COLON_RESOURCE_NAME,
            },
        )

    @property
    def function_name(self) -> str:  # type: ignore[override]
        """``<function name>:<alias name>``."""
        resource_name = self.stack.split_arn(self.function_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        return f"{resource_name}:{self.alias_name}"

    @property
    def alias_ref(self) -> AliasReference:
        """The alias's ARN as a reference."""
        return AliasReference(alias_arn=self.function_arn)

    @property
    def grant_principal(self) -> Any:  # type: ignore[override]
        """The principal of the version's function."""
        return self.version.grant_principal

    @property
    def role(self) -> Any:  # type: ignore[override]
        """The role of the version's function."""
        return self.version.role

    def add_auto_scaling(self, *, max_capacity: float, min_capacity: float | None = None) -> Any:
        """Not supported by purecdk (it needs Application Auto Scaling constructs)."""
        raise NotImplementedError(
            "Alias.add_auto_scaling needs aws_applicationautoscaling, which purecdk does not provide; set "
            f"provisioned_concurrent_executions instead (at {self.node.path})"
        )

    def _routing_config(self, weights: Sequence[Any] | None) -> Any:
        if not weights:
            return None
        total = 0.0
        for entry in weights:
            weight = get_field(entry, "weight")
            if weight < 0 or weight > 1:
                raise ValueError(f"Additional version weight must be between 0 and 1, got: {js_number(weight)} "
                                 f"(at {self.node.path})")
            total += weight
        if total > 1:
            raise ValueError(
                f"Sum of additional version weights must not exceed 1, got: {js_number(total)} (at {self.node.path})"
            )
        return {
            "additionalVersionWeights": [
                {"functionVersion": get_field(entry, "version").version, "functionWeight": get_field(entry, "weight")}
                for entry in weights
            ]
        }

    def _provisioned_concurrency(self, executions: float | None) -> Any:
        if not executions:
            return None
        if not unresolved(executions) and executions <= 0:
            raise ValueError(
                f"provisionedConcurrentExecutions must have value greater than or equal to 1 (at {self.node.path})"
            )
        return {"provisionedConcurrentExecutions": executions}

    @staticmethod
    def from_alias_attributes(
        scope: Construct,
        id: str,
        attrs: AliasAttributes | None = None,
        *,
        alias_name: str | None = None,
        alias_version: Any = None,
    ) -> IAlias:
        """Import an alias by its name and the version it points at."""
        name = alias_name if alias_name is not None else get_field(attrs, "alias_name")
        version = alias_version if alias_version is not None else get_field(attrs, "alias_version")
        if name is None or version is None:
            raise ValueError(f"Alias.from_alias_attributes needs alias_name and alias_version (importing '{id}')")
        return _ImportedAlias(scope, id, alias_name=name, version=version)


class _ImportedAlias(QualifiedFunctionBase):
    """An alias that exists outside this app."""

    def __init__(self, scope: Construct, id: str, *, alias_name: str, version: Any) -> None:
        super().__init__(scope, id)
        self.alias_name = alias_name
        self.version = version
        self.lambda_ = version.lambda_
        self.function_arn = f"{version.lambda_.function_arn}:{alias_name}"
        self.function_name = f"{version.lambda_.function_name}:{alias_name}"
        self.grant_principal = version.grant_principal
        self.role = version.role
        self.architecture = version.lambda_.architecture
        self.can_create_permissions = self._is_stack_account()
        self.qualifier = alias_name

    @property
    def alias_ref(self) -> AliasReference:
        """The alias's ARN as a reference."""
        return AliasReference(alias_arn=self.function_arn)


def add_alias(scope: Construct, version: Any, alias_name: str, options: Mapping[str, Any] | None = None) -> Alias:
    """An ``Alias`` named ``alias_name`` for ``version``, with construct id ``Alias<alias_name>`` in ``scope``."""
    given = {k: v for k, v in (options or {}).items() if v is not None}
    props = None
    if collecting(scope):  # upstream passes ``{aliasName, version, ...options}``
        props = JsObject({"aliasName": alias_name, "version": version,
                          **struct_object("aws_lambda.AliasOptions", dict(options or {}))})
    with passing_props(props):
        return Alias(scope, f"Alias{alias_name}", alias_name=alias_name, version=version, **given)
