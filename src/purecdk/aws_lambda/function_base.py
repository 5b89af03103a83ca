"""``FunctionBase`` and ``IFunction``: what owned and imported Lambda functions share (permissions, grants)."""

from __future__ import annotations

import base64
from typing import Any, Protocol, runtime_checkable

from purecdk.aws_lambda._generated import CfnPermission
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import JsObject, collecting, passing_props, struct_object
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.resource import Resource, ResourceEnvironment
from purecdk.core.struct_class import Struct
from purecdk.core.tokens.js import js_json_dumps
from purecdk.core.tokens.token import unresolved
from purecdk.interfaces.aws_lambda import FunctionReference

_CREATE_NEW_POLICIES_FLAG = "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"
_SUPPORTED_CONDITIONS = [
    {"operator": "ArnLike", "key": "aws:SourceArn"},
    {"operator": "StringEquals", "key": "aws:SourceAccount"},
    {"operator": "StringEquals", "key": "aws:PrincipalOrgID"},
]


class Permission(Struct):
    """A permission for a principal to invoke a function (``AWS::Lambda::Permission``)."""

    principal: Any
    action: str | None = None
    event_source_token: str | None = None
    function_url_auth_type: Any = None
    invoked_via_function_url: bool | None = None
    organization_id: str | None = None
    scope: Construct | None = None
    source_account: str | None = None
    source_arn: str | None = None


@runtime_checkable
class IFunction(Protocol):
    """A Lambda function."""

    @property
    def function_arn(self) -> str: ...

    @property
    def function_name(self) -> str: ...

    def add_permission(self, id: str, permission: Permission | None = None) -> None: ...


class _LambdaPermissionResource:
    """Makes ``Grant.add_to_principal_or_resource`` create a Lambda permission instead of a policy."""

    def __init__(self, function: FunctionBase, grantee: Any, identifier: str, action: str,
                 overrides: dict[str, Any]) -> None:
        self._function = function
        self._grantee = grantee
        self._identifier = identifier
        self._action = action
        self._overrides = overrides

    @property
    def env(self) -> ResourceEnvironment:
        return self._function.env

    def add_to_resource_policy(self, statement: Any) -> Any:
        from purecdk.aws_iam import AddToResourcePolicyResult

        function = self._function
        function.add_permission(
            self._identifier,
            Permission(principal=self._grantee.grant_principal, action=self._action, **self._overrides),
        )
        node = function.permissions_node.try_find_child(self._identifier)
        if node is None and not function._skip_permissions:
            raise ValueError(
                "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n"
                "If the function is imported from the same account use `fromFunctionAttributes()` API with the "
                "`sameEnvironment` flag.\nIf the function is imported from a different account and already has "
                "the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag. "
                f"(at {function.node.path})"
            )
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=node)


class FunctionBase(Resource):
    """A Lambda function, owned or imported: permissions, invoke grants, role policy."""

    function_arn: str
    function_name: str
    role: Any
    grant_principal: Any
    can_create_permissions: bool
    _skip_permissions: bool

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        self._invocation_grants: dict[str, Any] = {}
        self._policy_counter = 0
        self._has_added_literal_statements = False
        self._has_added_array_token_statements = False
        self._skip_permissions = False
        self._warn_if_current_version_called = False
        self._latest_version: Any = None

    @property
    def permissions_node(self) -> Any:
        """The node under which permissions of this function are created."""
        return self.node

    @property
    def function_ref(self) -> FunctionReference:
        """The name and ARN of this function."""
        return FunctionReference(function_name=self.function_name, function_arn=self.function_arn)

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """The ARNs ``grant_invoke`` grants on (the function and all its versions)."""
        return [self.function_arn, f"{self.function_arn}:*"]

    # -- permissions ----------------------------------------------------------------------------------

    def add_permission(
        self,
        id: str,
        permission: Permission | None = None,
        *,
        principal: Any = None,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: Any = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Allow a principal to invoke this function (an ``AWS::Lambda::Permission`` named ``id``)."""
        if permission is None:
            if principal is None:
                raise ValueError(f"add_permission('{id}') needs a principal (at {self.node.path})")
            permission = Permission(
                principal=principal,
                action=action,
                event_source_token=event_source_token,
                function_url_auth_type=function_url_auth_type,
                invoked_via_function_url=invoked_via_function_url,
                organization_id=organization_id,
                scope=scope,
                source_account=source_account,
                source_arn=source_arn,
            )
        if not self.can_create_permissions:
            if not self._skip_permissions:
                from purecdk.core.stack import Stack

                stack = Stack.of(self)
                Annotations.of(self).add_warning_v2(
                    "UnclearLambdaEnvironment",
                    f"addPermission() has no effect on a Lambda Function with region={self.env.region}, "
                    f"account={self.env.account}, in a Stack with region={stack.region}, account={stack.account}. "
                    "Suppress this warning if this is intentional, or pass sameEnvironment=true to "
                    "fromFunctionAttributes() if you would like to add the permissions.",
                )
            return
        principal_text = self._parse_permission_principal(permission.principal)
        conditions = self._validate_condition_combinations(permission.principal) or {}
        action = permission.action or "lambda:InvokeFunction"
        scope = permission.scope or self
        self._consider_warning_on_invoke_function_permissions(scope, action)
        CfnPermission(
            scope,
            id,
            action=action,
            principal=principal_text,
            function_name=self.function_arn,
            event_source_token=permission.event_source_token,
            source_account=permission.source_account or conditions.get("source_account"),
            source_arn=permission.source_arn or conditions.get("source_arn"),
            principal_org_id=permission.organization_id or conditions.get("principal_org_id"),
            function_url_auth_type=_enum_value(permission.function_url_auth_type),
            invoked_via_function_url=permission.invoked_via_function_url,
        )

    def _consider_warning_on_invoke_function_permissions(self, scope: Any, action: str) -> None:
        if action in ("lambda:InvokeFunction", "lambda:*", "lambda:Invoke*"):
            if scope.node.try_find_child("CurrentVersion"):
                self._warn_invoke_function_permissions(scope)
            else:
                self._warn_if_current_version_called = True

    def _warn_invoke_function_permissions(self, scope: Any) -> None:
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
            "AWS Lambda has changed their authorization strategy, which may cause client invocations using "
            "the 'Qualifier' parameter of the lambda function to fail with Access Denied errors.\n"
            "If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' "
            "on the Version or Alias, not the underlying Function\n"
            "See: https://github.com/aws/aws-cdk/issues/19273",
        )

    def _parse_permission_principal(self, principal: Any) -> str:
        if hasattr(principal, "wrapped"):
            principal = principal.wrapped
        for attribute in ("account_id", "service", "arn"):
            value = getattr(principal, attribute, None)
            if value is not None:
                return value  # type: ignore[no-any-return]
        fragment = principal.policy_fragment
        conditions = dict(fragment.conditions or {})
        string_equals = conditions.get("StringEquals") if len(conditions) == 1 else None
        if isinstance(string_equals, dict) and len(string_equals) == 1 and "aws:PrincipalOrgID" in string_equals:
            return "*"
        principal_json = fragment.principal_json
        aws = principal_json.get("AWS") if isinstance(principal_json, dict) else None
        if not conditions and aws is not None:
            if isinstance(aws, str):
                return aws
            if isinstance(aws, list) and len(aws) == 1 and isinstance(aws[0], str):
                return aws[0]
        raise ValueError(
            f"Invalid principal type for Lambda permission statement: {type(principal).__name__}. "
            "Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal "
            f"(at {self.node.path})"
        )

    def _validate_condition_combinations(self, principal: Any) -> dict[str, Any] | None:
        conditions = dict(principal.policy_fragment.conditions or {})
        if not conditions:
            return None
        pairs = [(op, key) for op, objs in conditions.items() for key in dict(objs)]
        unsupported = [
            {"operator": op, "key": key}
            for op, key in pairs
            if not any(s["operator"] == op and s["key"] == key for s in _SUPPORTED_CONDITIONS)
        ]
        if unsupported:
            raise ValueError(
                "PrincipalWithConditions had unsupported conditions for Lambda permission statement: "
                f"{js_json_dumps(unsupported)}. Supported operator/condition pairs: "
                f"{js_json_dumps(_SUPPORTED_CONDITIONS)} (at {self.node.path})"
            )

        def text(operator: str, key: str) -> str | None:
            value = conditions.get(operator)
            found = value.get(key) if isinstance(value, dict) else None
            return found if isinstance(found, str) and found else None

        result = {
            "source_arn": text("ArnLike", "aws:SourceArn"),
            "source_account": text("StringEquals", "aws:SourceAccount"),
            "principal_org_id": text("StringEquals", "aws:PrincipalOrgID"),
        }
        if result["principal_org_id"] and (result["source_arn"] or result["source_account"]):
            raise ValueError(
                "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: "
                f"principalOrgID cannot be set with other conditions. (at {self.node.path})"
            )
        return result

    # -- role policy ----------------------------------------------------------------------------------

    def add_to_role_policy(self, statement: Any) -> None:
        """Add a statement to the function's execution role (its default policy)."""
        if self.role is None:
            return
        has_array_tokens = bool(statement.resources) and unresolved(list(statement.resources))
        conflict = (has_array_tokens and self._has_added_literal_statements) or (
            not has_array_tokens and self._has_added_array_token_statements
        )
        if FeatureFlags.of(self).is_enabled(_CREATE_NEW_POLICIES_FLAG) or conflict:
            from purecdk.aws_iam import Policy

            policy = Policy(self, f"inlinePolicyAddedToExecutionRole-{self._policy_counter}", statements=[statement])
            self._policy_counter += 1
            self.role.attach_inline_policy(policy)
            return
        self.role.add_to_principal_policy(statement)
        if has_array_tokens:
            self._has_added_array_token_statements = True
        else:
            self._has_added_literal_statements = True

    # -- grants ---------------------------------------------------------------------------------------

    def grant_invoke(self, grantee: Any) -> Any:
        """Allow ``grantee`` to invoke this function (a role policy, or a Lambda permission for services)."""
        principal = grantee.grant_principal
        conditions = principal.policy_fragment.conditions
        identifier = _invoke_identifier({"principal": str(principal), "conditions": conditions})
        grant = self._invocation_grants.get(identifier)
        if grant is None:
            grant = self._grant(grantee, identifier, "lambda:InvokeFunction", self.resource_arns_for_grant_invoke)
            self._invocation_grants[identifier] = grant
        return grant

    def _grant(
        self,
        grantee: Any,
        identifier: str,
        action: str,
        resource_arns: list[str],
        overrides: dict[str, Any] | None = None,
        conditions: dict[str, Any] | None = None,
    ) -> Any:
        from purecdk.aws_iam import Grant

        resource = _LambdaPermissionResource(self, grantee, identifier, action, dict(overrides or {}))
        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=[action], resource_arns=resource_arns, conditions=conditions, resource=resource
        )

    @property
    def latest_version(self) -> Any:
        """The ``$LATEST`` version of this function (a construct named ``$LATEST``, created on first use)."""
        if self._latest_version is None:
            from purecdk.aws_lambda.qualified_function_base import LatestVersion

            self._latest_version = LatestVersion(self)
        return self._latest_version

    def grant_invoke_latest_version(self, grantee: Any) -> Any:
        """Allow ``grantee`` to invoke the ``$LATEST`` version (and the unqualified function)."""
        return self.grant_invoke_version(grantee, self.latest_version)

    def grant_invoke_version(self, grantee: Any, version: Any) -> Any:
        """Allow ``grantee`` to invoke one version of this function."""
        principal = grantee.grant_principal
        identifier = _invoke_identifier(
            {
                "principal": str(principal),
                "conditions": principal.policy_fragment.conditions,
                "version": version.version,
            }
        )
        grant = self._invocation_grants.get(identifier)
        if grant is None:
            resource_arns = [f"{self.function_arn}:{version.version}"]
            if version is self.latest_version:
                resource_arns.append(self.function_arn)
            grant = self._grant(grantee, identifier, "lambda:InvokeFunction", resource_arns)
            self._invocation_grants[identifier] = grant
        return grant

    # -- async invocation -----------------------------------------------------------------------------

    def configure_async_invoke(
        self,
        *,
        max_event_age: Any = None,
        retry_attempts: float | None = None,
        on_failure: Any = None,
        on_success: Any = None,
    ) -> None:
        """Configure asynchronous invocation (maximum event age and retry attempts)."""
        options = {
            "max_event_age": max_event_age,
            "retry_attempts": retry_attempts,
            "on_failure": on_failure,
            "on_success": on_success,
        }
        props = None
        if collecting(self):  # upstream passes ``{function: this, ...options}``
            props = JsObject(function=self, **struct_object("aws_lambda.EventInvokeConfigOptions", options))
        self._configure_async_invoke(props, **options)

    def _configure_async_invoke(self, props: JsObject | None, **options: Any) -> None:
        from purecdk.aws_lambda.event_invoke_config import EventInvokeConfig

        if self.node.try_find_child("EventInvokeConfig") is not None:
            raise ValueError(f"An EventInvokeConfig has already been configured for the function at {self.node.path}")
        with passing_props(props):
            EventInvokeConfig(self, "EventInvokeConfig", function=self, **options)

    def _is_stack_account(self) -> bool:
        stack = self.stack
        if unresolved(stack.account) or unresolved(self.function_arn):
            return False
        return bool(stack.split_arn(self.function_arn, ArnFormat.SLASH_RESOURCE_NAME).account == stack.account)


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def _invoke_identifier(identity: dict[str, Any]) -> str:
    """The id of an invoke grant: ``Invoke`` and the base64 SHA-256 of the grant's identity as JSON (upstream's)."""
    from purecdk._digests import sha256

    digest = sha256(js_json_dumps(identity).encode("utf-8")).digest()
    return "Invoke" + base64.b64encode(digest).decode("ascii")
