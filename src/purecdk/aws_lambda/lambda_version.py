"""``Version``: a published version of a Lambda function (``AWS::Lambda::Version``), and importing versions."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.aws_lambda._generated import CfnVersion
from purecdk.aws_lambda.qualified_function_base import QualifiedFunctionBase
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import (
    JsObject,
    add_construct_metadata,
    add_method_metadata,
    collecting,
    struct_object,
)
from purecdk.core.duration import Duration
from purecdk.core.fn import Fn
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved
from purecdk.interfaces.aws_lambda import VersionReference

DO_NOT_REFACTOR = "aws:cdk:do-not-refactor"


@runtime_checkable
class IVersion(Protocol):
    """A version of a function: ``version`` is its number (or ``$LATEST``), ``lambda_`` the function."""

    @property
    def version(self) -> str: ...

    @property
    def lambda_(self) -> Any: ...

    @property
    def function_arn(self) -> str: ...


class VersionOptions(Struct):
    """Options of a new version (also ``Function(current_version_options=...)``)."""

    max_event_age: Duration | None = None
    on_failure: Any = None
    on_success: Any = None
    retry_attempts: float | None = None
    code_sha256: str | None = None
    description: str | None = None
    max_execution_environments: float | None = None
    min_execution_environments: float | None = None
    provisioned_concurrent_executions: float | None = None
    removal_policy: RemovalPolicy | None = None


class VersionProps(VersionOptions, kw_only=True):
    """The properties of a ``Version``: its options and the function."""

    lambda_: Any


class VersionAttributes(Struct):
    """What is needed to import a version: the function and the version number."""

    lambda_: Any
    version: str


_OPTION_NAMES = tuple(name for name, _ in VersionOptions._struct_fields)
_ALIAS_OPTION_NAMES = (
    "max_event_age", "on_failure", "on_success", "retry_attempts",
    "additional_versions", "description", "provisioned_concurrent_executions",
)


def version_options(options: Any) -> dict[str, Any]:
    """The set fields of a ``VersionOptions`` (a struct, a mapping, or None) as keyword arguments."""
    values = {name: get_field(options, name) for name in _OPTION_NAMES}
    return {k: v for k, v in values.items() if v is not None}


class _VersionAliasMixin:
    """What owned and imported versions share: ``version_ref`` and ``add_alias`` (deprecated upstream: the alias
    is replaced on every function update)."""

    function_arn: str

    @property
    def version_ref(self) -> VersionReference:
        """The version's ARN as a reference."""
        return VersionReference(function_arn=self.function_arn)

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Any = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> Any:
        """An alias of this version (construct id ``Alias<name>``); prefer ``Function.add_alias``."""
        from purecdk.aws_lambda.alias import add_alias

        values = locals()
        options = {k: values[k] for k in _ALIAS_OPTION_NAMES}
        if collecting(self):
            add_method_metadata(self, "addAlias", [alias_name, struct_object("aws_lambda.AliasOptions", options)])
        return add_alias(self, self, alias_name, options)  # type: ignore[arg-type]


class Version(_VersionAliasMixin, QualifiedFunctionBase):
    """A published version of a function; ``Function.current_version`` makes one that follows the code."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_: Any,
        code_sha256: str | None = None,
        description: str | None = None,
        max_execution_environments: float | None = None,
        min_execution_environments: float | None = None,
        provisioned_concurrent_executions: float | None = None,
        removal_policy: RemovalPolicy | None = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        self.lambda_ = lambda_
        self.architecture = lambda_.architecture
        self.can_create_permissions = True
        resource = CfnVersion(
            self,
            "Resource",
            code_sha256=code_sha256,
            description=description,
            function_name=lambda_.function_name,
            provisioned_concurrency_config=self._provisioned_concurrency(provisioned_concurrent_executions),
            function_scaling_config=self._scaling_config(min_execution_environments, max_execution_environments),
        )
        resource.add_metadata(DO_NOT_REFACTOR, True)
        if removal_policy is not None:
            resource.apply_removal_policy(removal_policy, default=RemovalPolicy.DESTROY)
        self.version: str = resource.attr_version
        self.function_arn = resource.ref
        self.function_name = f"{lambda_.function_name}:{self.version}"
        self.qualifier = resource.attr_version
        if on_failure is not None or on_success is not None or max_event_age is not None or (
            retry_attempts is not None
        ):
            props = JsObject(
                function=lambda_,
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
    def grant_principal(self) -> Any:  # type: ignore[override]
        """The function's principal."""
        return self.lambda_.grant_principal

    @property
    def role(self) -> Any:  # type: ignore[override]
        """The function's role."""
        return self.lambda_.role

    @property
    def edge_arn(self) -> str:
        """The version's ARN for Lambda@Edge (the function's environment must allow it, checked at synthesis)."""
        if self.version == "$LATEST":
            raise ValueError(f"$LATEST function version cannot be used for Lambda@Edge (at {self.node.path})")

        def produce(*_: Any) -> str:
            check = getattr(self.lambda_, "_check_edge_compatibility", None)
            if check is not None:
                check()
            return self.function_arn

        return Lazy.string(produce)

    def _provisioned_concurrency(self, executions: float | None) -> Any:
        if not executions:
            return None
        if not unresolved(executions) and executions <= 0:
            raise ValueError(
                f"provisionedConcurrentExecutions must have value greater than or equal to 1 (at {self.node.path})"
            )
        return {"provisionedConcurrentExecutions": executions}

    def _scaling_config(self, minimum: float | None, maximum: float | None) -> Any:
        if minimum is None and maximum is None:
            return None
        min_known = minimum is not None and not unresolved(minimum)
        max_known = maximum is not None and not unresolved(maximum)
        where = f"(at {self.node.path})"
        if min_known and minimum < 0:  # type: ignore[operator]
            raise ValueError(f"minExecutionEnvironments must be a non-negative integer. {where}")
        if max_known and maximum < 0:  # type: ignore[operator]
            raise ValueError(f"maxExecutionEnvironments must be a non-negative integer. {where}")
        if min_known and max_known and minimum > maximum:  # type: ignore[operator]
            raise ValueError(f"minExecutionEnvironments must be less than or equal to maxExecutionEnvironments {where}")
        return {"minExecutionEnvironments": minimum, "maxExecutionEnvironments": maximum}

    # -- imports --------------------------------------------------------------------------------------

    @staticmethod
    def from_version_arn(scope: Construct, id: str, version_arn: str) -> IVersion:
        """Import a version by its qualified ARN (``arn:...:function:<name>:<version>``)."""
        from purecdk.aws_lambda.function import Function

        version = Fn.select(7, Fn.split(":", version_arn))
        if unresolved(version_arn):
            function_arn = Fn.join(":", [Fn.select(i, Fn.split(":", version_arn)) for i in range(7)])
        else:
            function_arn = ":".join(version_arn.split(":")[:7])
        lambda_ = Function.from_function_arn(scope, f"{id}Function", function_arn)
        return _ImportedVersion(scope, id, lambda_=lambda_, version=version, function_arn=version_arn)

    @staticmethod
    def from_version_attributes(
        scope: Construct,
        id: str,
        attrs: VersionAttributes | None = None,
        *,
        lambda_: Any = None,
        version: str | None = None,
    ) -> IVersion:
        """Import a version of a function by its number."""
        function = lambda_ if lambda_ is not None else get_field(attrs, "lambda_")
        number = version if version is not None else get_field(attrs, "version")
        if function is None or number is None:
            raise ValueError(f"Version.from_version_attributes needs lambda_ and version (importing '{id}')")
        return _ImportedVersion(
            scope, id, lambda_=function, version=number, function_arn=f"{function.function_arn}:{number}"
        )


class _ImportedVersion(_VersionAliasMixin, QualifiedFunctionBase):
    """A version that exists outside this app."""

    def __init__(self, scope: Construct, id: str, *, lambda_: Any, version: str, function_arn: str) -> None:
        super().__init__(scope, id)
        self.version = version
        self.lambda_ = lambda_
        self.function_name = f"{lambda_.function_name}:{version}"
        self.function_arn = function_arn
        self.grant_principal = lambda_.grant_principal
        self.role = lambda_.role
        self.architecture = lambda_.architecture
        self.qualifier = version
        self.can_create_permissions = self._is_stack_account()

    @property
    def edge_arn(self) -> str:
        """The version's ARN for Lambda@Edge."""
        if self.version == "$LATEST":
            raise ValueError(f"$LATEST function version cannot be used for Lambda@Edge (at {self.node.path})")
        return self.function_arn
