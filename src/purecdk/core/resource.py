"""``Resource``: the base of every L2 construct (physical names, environment, cross-environment use)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk import _digests as digests
from purecdk.constructs import Construct
from purecdk.core.arn import Arn, ArnFormat
from purecdk.core.reference import Reference
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.struct_class import Struct
from purecdk.core.tokens.intrinsic import Intrinsic
from purecdk.core.tokens.token import Token, Tokenization, unresolved


class _GeneratedWhenNeededMarker(Intrinsic):
    """The token behind ``PhysicalName.GENERATE_IF_NEEDED``; it must never reach a template."""

    def __init__(self) -> None:
        super().__init__(None)

    def resolve(self, context: Any) -> Any:
        raise ValueError('Invalid physical name passed to CloudFormation. Use "this.physicalName" instead')

    def __str__(self) -> str:
        return "PhysicalName.GENERATE_IF_NEEDED"


class PhysicalName:
    """Markers for the ``physical_name`` of a resource."""

    GENERATE_IF_NEEDED: str = Token.as_string(_GeneratedWhenNeededMarker())
    """Generate a physical name only if the resource is used across environments."""


def _is_generate_marker(value: str) -> bool:
    return isinstance(Tokenization.reverse(value), _GeneratedWhenNeededMarker)


class ResourceEnvironment(Struct):
    """The account and region a resource lives in."""

    account: str
    region: str


@runtime_checkable
class IResource(Protocol):
    """A construct that stands for an AWS resource."""

    @property
    def stack(self) -> Any: ...

    @property
    def env(self) -> ResourceEnvironment: ...

    def apply_removal_policy(self, policy: RemovalPolicy) -> None: ...


class _Box:
    """A resolvable holding a value that can be filled in later."""

    def __init__(self) -> None:
        self.value: Any = None
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        return self.value


class _Mimic(Reference):
    """A reference to the same target as another, resolving through a producer (e.g. a cross-environment name)."""

    def __init__(self, reference: Reference, producer: Any) -> None:
        super().__init__(reference, reference.target, reference.display_name)
        self._producer = producer

    def resolve(self, context: Any) -> Any:
        return self._producer(context)


def _mimic_reference(ref_source: str, producer: Any) -> str:
    from purecdk.core.tokens.lazy import Lazy

    reference = Tokenization.reverse(ref_source)
    if isinstance(reference, Reference):
        return Token.as_string(_Mimic(reference, producer))
    return Lazy.uncached_string(lambda context: producer(context))


def generate_physical_name(resource: Resource) -> str:
    """A physical name unique to the resource's stack, path, region and account."""
    from purecdk.core.names import Names
    from purecdk.core.stack import Stack

    stack = Stack.of(resource)
    stack_part = stack.stack_name
    id_part = Names.node_unique_id(resource.node)
    if not stack.region or unresolved(stack.region):
        raise ValueError(
            f"Cannot generate a physical name for {resource.node.path}, "
            "because the region is un-resolved or missing"
        )
    if not stack.account or unresolved(stack.account):
        raise ValueError(
            f"Cannot generate a physical name for {resource.node.path}, "
            "because the account is un-resolved or missing"
        )
    digest = digests.sha256()
    for part in (stack_part, id_part, stack.region, stack.account):
        digest.update(part.encode("utf-8"))
    return (stack_part[:25] + id_part[max(len(id_part) - 24, 0) :] + digest.hexdigest()[:12]).lower()


class Resource(Construct):
    """A construct that stands for one AWS resource (owned: its default child is a ``CfnResource``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if (account is not None or region is not None) and environment_from_arn is not None:
            raise ValueError(
                f"Supply at most one of 'account'/'region' ({account}/{region}) and 'environmentFromArn' "
                f"({environment_from_arn}) (at {self.node.path})"
            )
        parsed = Arn.split(environment_from_arn, ArnFormat.NO_RESOURCE_NAME) if environment_from_arn else None
        self._custom_account = account if account is not None else (parsed.account if parsed else None)
        self._custom_region = region if region is not None else (parsed.region if parsed else None)
        self._given_physical_name = physical_name
        self._generated_physical_name = _Box()
        if physical_name and _is_generate_marker(physical_name):
            self._physical_name_mode = "generate"
            self._allow_cross_environment = True
        elif physical_name and not unresolved(physical_name):
            self._physical_name_mode = "given-resolved"
            self._allow_cross_environment = True
        else:
            self._physical_name_mode = "deploy-time"
            self._allow_cross_environment = False
        self._physical_name_token: str | None = None

    @staticmethod
    def is_resource(construct: Any) -> bool:
        """Whether ``construct`` is a ``Resource``."""
        return isinstance(construct, Resource)

    @staticmethod
    def is_owned_resource(construct: Any) -> bool:
        """Whether ``construct`` creates its resource (its default child is a ``CfnResource``)."""
        from purecdk.core.cfn_resource import CfnResource

        return isinstance(construct.node.default_child, CfnResource)

    @property
    def stack(self) -> Any:
        """The stack this resource is defined in."""
        from purecdk.core.stack import Stack

        return Stack.of(self)

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the resource (the stack's unless given or taken from an ARN)."""
        stack = self.stack
        account = self._custom_account if self._custom_account is not None else stack.account
        region = self._custom_region if self._custom_region is not None else stack.region
        return ResourceEnvironment(account=account, region=region)

    @property
    def physical_name(self) -> str:
        """The physical name: given, generated when needed, or a token that resolves to nothing."""
        if self._physical_name_mode == "given-resolved":
            return str(self._given_physical_name)
        if self._physical_name_mode == "deploy-time" and self._given_physical_name is not None:
            return self._given_physical_name
        if self._physical_name_token is None:
            value = self._generated_physical_name if self._physical_name_mode == "generate" else None
            self._physical_name_token = Token.as_string(value)
        return self._physical_name_token

    def _enable_cross_environment(self) -> None:
        if not self._allow_cross_environment:
            raise ValueError(
                f"Cannot use resource '{self.node.path}' in a cross-environment fashion, the resource's "
                "physical name must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`"
            )
        if self._physical_name_mode == "generate" and not self._generated_physical_name.value:
            self._generated_physical_name.value = self.generate_physical_name()

    def generate_physical_name(self) -> str:
        """Generate a physical name for cross-environment use."""
        return generate_physical_name(self)

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the resource's ``CfnResource``."""
        from purecdk.core.cfn_resource import CfnResource

        child = self.node.default_child
        if not isinstance(child, CfnResource):
            raise ValueError(
                "Cannot apply RemovalPolicy: no child or not a CfnResource. "
                f"Apply the removal policy on the CfnResource directly. (at {self.node.path})"
            )
        child.apply_removal_policy(policy)

    def _is_cross_environment(self, context: Any) -> bool:
        from purecdk.core.stack import Stack

        consuming = Stack.of(context.scope)
        stack = self.stack
        return bool(
            stack.account != consuming.account
            or (stack.region != consuming.region and not consuming._cross_region_references)
        )

    def get_resource_name_attribute(self, name_attr: str) -> str:
        """The name attribute, or the physical name when consumed from another environment."""

        def produce(context: Any) -> Any:
            if self._is_cross_environment(context):
                self._enable_cross_environment()
                return self.physical_name
            return name_attr

        return _mimic_reference(name_attr, produce)

    def get_resource_arn_attribute(self, arn_attr: str, arn_components: Any) -> str:
        """The ARN attribute, or an ARN built from the physical name when used from another environment."""

        def produce(context: Any) -> Any:
            if self._is_cross_environment(context):
                self._enable_cross_environment()
                return self.stack.format_arn(arn_components)
            return arn_attr

        return _mimic_reference(arn_attr, produce)
