"""Resources as grants see them: with a resource policy, or encrypted with a KMS key; L1 resources get both
through factories registered per CloudFormation type (aws-cdk-lib's "traits").

``ResourceWithPolicies.of(resource)`` and ``EncryptedResources.of(resource)`` return an L2 as it is (it has
``add_to_resource_policy``/``grant_on_key``); for an L1 (``CfnResource``) they ask the factory registered for its
type, first on the construct tree (``register(scope, ...)``, nearest scope wins), then, with the feature flag
``@aws-cdk/core:automaticL1Traits`` (on unless configured off), the process-wide defaults of
``DefaultPolicyFactories``/``DefaultEncryptedResourceFactories``. The wrapper a factory makes is cached per
resource, so every grant on the same L1 shares it (one ``TopicPolicy`` per topic).

The construct libraries put their defaults in place when loaded; those of purecdk's own modules are loaded on
first lookup (``_DEFAULTS_IN``), so ``import purecdk.aws_sns`` need not import IAM.
"""

from __future__ import annotations

import importlib
import weakref
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from purecdk.core.cfn_resource import CfnResource
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.struct_class import Struct

if TYPE_CHECKING:
    from purecdk.aws_iam.grant import Grant
    from purecdk.aws_iam.protocols import IGrantable, IResourceWithPolicyV2

AUTOMATIC_L1_TRAITS = "@aws-cdk/core:automaticL1Traits"

# the modules of purecdk that register default factories for these CloudFormation types
_DEFAULTS_IN: dict[str, str] = {
    "AWS::KMS::Key": "purecdk.aws_kms._default_traits",
    "AWS::SNS::Topic": "purecdk.aws_sns._default_traits",
    "AWS::SQS::Queue": "purecdk.aws_sqs._default_traits",
}


class GrantOnKeyResult(Struct, kw_only=True):
    """The result of granting on the key of an encrypted resource."""

    grant: Grant | None = None
    """The grant on the key (``None`` when the resource has no key)."""


@runtime_checkable
class IEncryptedResource(Protocol):
    """A resource encrypted with a KMS key that permissions on the key can be granted for."""

    @property
    def env(self) -> Any: ...

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the resource's key to ``grantee``."""
        ...


@runtime_checkable
class IResourcePolicyFactory(Protocol):
    """Makes an L1 resource of one CloudFormation type a resource with a policy."""

    def for_resource(self, resource: CfnResource) -> IResourceWithPolicyV2:
        """The resource with a policy standing for ``resource``."""
        ...


@runtime_checkable
class IEncryptedResourceFactory(Protocol):
    """Makes an L1 resource of one CloudFormation type an encrypted resource."""

    def for_resource(self, resource: CfnResource) -> IEncryptedResource:
        """The encrypted resource standing for ``resource``."""
        ...


class _FactoryMap:
    """Default factories per CloudFormation type (``DefaultPolicyFactories``, ``DefaultEncryptedResourceFactories``)."""

    def __init__(self) -> None:
        self.factories: dict[str, Any] = {}

    def get(self, type: str) -> Any:
        if type not in self.factories and type in _DEFAULTS_IN:
            importlib.import_module(_DEFAULTS_IN[type])
        return self.factories.get(type)


_POLICY_DEFAULTS = _FactoryMap()
_ENCRYPTED_DEFAULTS = _FactoryMap()


class DefaultPolicyFactories:
    """The resource policy factories used for L1 resources of a type when none is registered on the tree."""

    @staticmethod
    def get(type: str) -> IResourcePolicyFactory | None:
        """The default factory for the CloudFormation type ``type``."""
        return _POLICY_DEFAULTS.get(type)  # type: ignore[no-any-return]

    @staticmethod
    def set(type: str, factory: IResourcePolicyFactory) -> None:
        """Make ``factory`` the default for the CloudFormation type ``type``."""
        _POLICY_DEFAULTS.factories[type] = factory

    @staticmethod
    def has(type: str) -> bool:
        """Whether there is a default factory for ``type``."""
        return _POLICY_DEFAULTS.get(type) is not None


class DefaultEncryptedResourceFactories:
    """The encrypted resource factories used for L1 resources of a type when none is registered on the tree."""

    @staticmethod
    def get(type: str) -> IEncryptedResourceFactory | None:
        """The default factory for the CloudFormation type ``type``."""
        return _ENCRYPTED_DEFAULTS.get(type)  # type: ignore[no-any-return]

    @staticmethod
    def set(type: str, factory: IEncryptedResourceFactory) -> None:
        """Make ``factory`` the default for the CloudFormation type ``type``."""
        _ENCRYPTED_DEFAULTS.factories[type] = factory

    @staticmethod
    def has(type: str) -> bool:
        """Whether there is a default factory for ``type``."""
        return _ENCRYPTED_DEFAULTS.get(type) is not None


class _Traits:
    """Finds (and caches, per resource) what a factory makes of an L1 resource."""

    def __init__(self, attribute: str, defaults: _FactoryMap) -> None:
        self._attribute = attribute
        self._defaults = defaults
        self._instances: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    def of(self, resource: CfnResource) -> Any:
        cached = self._instances.get(resource)
        if cached is not None:
            return cached
        factory = self._registered(resource)
        if factory is None:
            if not FeatureFlags.of(resource).is_enabled(AUTOMATIC_L1_TRAITS):
                raise ValueError(
                    f"Couldn't find trait for {resource.node.path} [{resource.cfn_resource_type}], install one "
                    f"explicitly or enable the feature flag '{AUTOMATIC_L1_TRAITS}'"
                )
            factory = self._defaults.get(resource.cfn_resource_type)
        if factory is None:
            return None
        trait = factory.for_resource(resource)
        self._instances[resource] = trait
        return trait

    def register(self, scope: Any, cfn_type: str, factory: Any) -> None:
        factories = scope.__dict__.setdefault(self._attribute, {})
        factories[cfn_type] = factory

    def _registered(self, resource: CfnResource) -> Any:
        current: Any = resource
        while current is not None:
            factory = getattr(current, "__dict__", {}).get(self._attribute, {}).get(resource.cfn_resource_type)
            if factory is not None:
                return factory
            current = current.node.scope
        return None


_POLICY_TRAITS = _Traits("_purecdk_policy_factories", _POLICY_DEFAULTS)
_ENCRYPTED_TRAITS = _Traits("_purecdk_encrypted_resource_factories", _ENCRYPTED_DEFAULTS)


class GrantableResources:
    """Tells what a resource offers to grants."""

    @staticmethod
    def is_resource_with_policy(resource: Any) -> bool:
        """Whether ``resource`` has a resource policy (an ``add_to_resource_policy`` method)."""
        return callable(getattr(resource, "add_to_resource_policy", None))

    @staticmethod
    def is_encrypted_resource(resource: Any) -> bool:
        """Whether ``resource`` can grant on its key (a ``grant_on_key`` method)."""
        return callable(getattr(resource, "grant_on_key", None))


class ResourceWithPolicies:
    """Resources with a policy: L2s as they are, L1s through the factory for their type."""

    @staticmethod
    def of(resource: Any) -> IResourceWithPolicyV2 | None:
        """``resource`` as a resource with a policy, or ``None`` when it has none."""
        if GrantableResources.is_resource_with_policy(resource):
            return resource  # type: ignore[no-any-return]
        if isinstance(resource, CfnResource):
            return _POLICY_TRAITS.of(resource)  # type: ignore[no-any-return]
        return None

    @staticmethod
    def register(scope: Any, cfn_type: str, factory: IResourcePolicyFactory) -> None:
        """Use ``factory`` for the L1 resources of ``cfn_type`` under ``scope``."""
        _POLICY_TRAITS.register(scope, cfn_type, factory)


class EncryptedResources:
    """Encrypted resources: L2s as they are, L1s through the factory for their type."""

    @staticmethod
    def of(resource: Any) -> IEncryptedResource | None:
        """``resource`` as an encrypted resource, or ``None`` when it cannot grant on a key."""
        if GrantableResources.is_encrypted_resource(resource):
            return resource  # type: ignore[no-any-return]
        if isinstance(resource, CfnResource):
            return _ENCRYPTED_TRAITS.of(resource)  # type: ignore[no-any-return]
        return None

    @staticmethod
    def register(scope: Any, cfn_type: str, factory: IEncryptedResourceFactory) -> None:
        """Use ``factory`` for the L1 resources of ``cfn_type`` under ``scope``."""
        _ENCRYPTED_TRAITS.register(scope, cfn_type, factory)
