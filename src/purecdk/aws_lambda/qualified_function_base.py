"""``QualifiedFunctionBase`` and ``LatestVersion``: a function addressed with a qualifier (a version or alias)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_lambda.function_base import FunctionBase
from purecdk.core.analytics_metadata import JsObject, add_method_metadata, collecting, passing_props, struct_object
from purecdk.interfaces.aws_lambda import VersionReference


class QualifiedFunctionBase(FunctionBase):
    """A version or alias of a function: grants and permissions apply to the qualified ARN only."""

    lambda_: Any
    qualifier: str

    @property
    def latest_version(self) -> Any:
        """The ``$LATEST`` version of the underlying function."""
        return self.lambda_.latest_version

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """Only the qualified ARN."""
        return [self.function_arn]

    def configure_async_invoke(
        self,
        *,
        max_event_age: Any = None,
        retry_attempts: float | None = None,
        on_failure: Any = None,
        on_success: Any = None,
    ) -> None:
        """Configure asynchronous invocation of this qualifier (an ``EventInvokeConfig`` with ``Qualifier``)."""
        options = {
            "max_event_age": max_event_age,
            "retry_attempts": retry_attempts,
            "on_failure": on_failure,
            "on_success": on_success,
        }
        props = None
        if collecting(self):
            props = JsObject(
                function=self.lambda_,
                qualifier=self.qualifier,
                **struct_object("aws_lambda.EventInvokeConfigOptions", options),
            )
        self._configure_async_invoke(props, **options)

    def _configure_async_invoke(self, props: JsObject | None, **options: Any) -> None:
        from purecdk.aws_lambda.event_invoke_config import EventInvokeConfig

        if self.node.try_find_child("EventInvokeConfig") is not None:
            raise ValueError(
                f"An EventInvokeConfig has already been configured for the qualified function at {self.node.path}"
            )
        with passing_props(props):
            EventInvokeConfig(self, "EventInvokeConfig", function=self.lambda_, qualifier=self.qualifier, **options)

    def _consider_warning_on_invoke_function_permissions(self, scope: Any, action: str) -> None:
        """Permissions on a qualifier are what AWS recommends: no warning."""

    def _add_alias(self, alias_name: str, options: dict[str, Any]) -> Any:
        from purecdk.aws_lambda.alias import add_alias

        return add_alias(self, self, alias_name, options)


class LatestVersion(FunctionBase):
    """The ``$LATEST`` version of a function (``function.latest_version``); it cannot get permissions."""

    _FQN = "aws-cdk-lib.aws_lambda.FunctionBase"  # an anonymous subclass in aws-cdk-lib

    def __init__(self, lambda_: Any) -> None:
        super().__init__(lambda_, "$LATEST")
        self.lambda_ = lambda_
        self.version = "$LATEST"
        self.can_create_permissions = False

    @property
    def function_arn(self) -> str:  # type: ignore[override]
        """The function's ARN with ``:$LATEST``."""
        return f"{self.lambda_.function_arn}:{self.version}"

    @property
    def function_name(self) -> str:  # type: ignore[override]
        """The function's name with ``:$LATEST``."""
        return f"{self.lambda_.function_name}:{self.version}"

    @property
    def architecture(self) -> Any:
        """The function's architecture."""
        return self.lambda_.architecture

    @property
    def grant_principal(self) -> Any:  # type: ignore[override]
        """The function's principal."""
        return self.lambda_.grant_principal

    @property
    def role(self) -> Any:  # type: ignore[override]
        """The function's role."""
        return self.lambda_.role

    @property
    def latest_version(self) -> LatestVersion:
        """Itself."""
        return self

    @property
    def version_ref(self) -> VersionReference:
        """The ``$LATEST`` ARN as a reference."""
        return VersionReference(function_arn=self.function_arn)

    @property
    def edge_arn(self) -> str:
        """Always an error: Lambda@Edge needs a published version."""
        raise ValueError(f"$LATEST function version cannot be used for Lambda@Edge (at {self.node.path})")

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """Only the ``$LATEST`` ARN."""
        return [self.function_arn]

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Any = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Any = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> Any:
        """An alias pointing at ``$LATEST`` (construct id ``Alias<name>``)."""
        from purecdk.aws_lambda.alias import add_alias

        options = {k: v for k, v in locals().items() if k not in ("self", "alias_name", "add_alias")}
        add_method_metadata(self, "addAlias", [alias_name, _options_object(options)])
        return add_alias(self, self, alias_name, options)


def _options_object(options: dict[str, Any]) -> Any:
    return struct_object("aws_lambda.AliasOptions", options)
