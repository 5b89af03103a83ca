"""purecdk: the AWS CDK's Amazon ECR library and the core it stands on, in pure Python.

Replace ``aws_cdk`` with ``purecdk`` in your imports: ``from purecdk import App, Stack, Duration``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from purecdk.core.annotations import Annotations
from purecdk.core.app import App
from purecdk.core.arn import Arn, ArnComponents, ArnFormat
from purecdk.core.aspects import AspectApplication, AspectPriority, Aspects, IAspect
from purecdk.core.assets import FileAssetLocation, FileAssetPackaging, FileAssetSource
from purecdk.core.cfn_element import CfnElement, CfnRefElement
from purecdk.core.cfn_output import CfnOutput
from purecdk.core.cfn_parameter import CfnParameter
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.cfn_rule import CfnRule, CfnRuleAssertion
from purecdk.core.cfn_tag import CfnTag
from purecdk.core.cloud_assembly import CloudAssembly, CloudFormationStackArtifact
from purecdk.core.duration import Duration
from purecdk.core.environment import Environment
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.fn import Fn
from purecdk.core.mixins import IMixin, Mixin
from purecdk.core.names import Names
from purecdk.core.pseudo import Aws, ScopedAws
from purecdk.core.reference import CfnReference, Reference
from purecdk.core.removal_policy import CfnDeletionPolicy, RemovalPolicy
from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.resource import IResource, PhysicalName, Resource, ResourceEnvironment
from purecdk.core.stack import Stack
from purecdk.core.stage import Stage
from purecdk.core.synthesis import SynthesisError
from purecdk.core.synthesizer import BootstraplessSynthesizer, DefaultStackSynthesizer, LegacyStackSynthesizer
from purecdk.core.tag_manager import TagManager, TagType
from purecdk.core.tags import RemoveTag, Tag, Tags
from purecdk.core.tokens import (
    DefaultTokenResolver,
    Intrinsic,
    IPostProcessor,
    IResolvable,
    IResolveContext,
    Lazy,
    Token,
    Tokenization,
)

# Rarely used names load their module on first use (PEP 562), which keeps ``import purecdk`` fast.
_LAZY: dict[str, str] = {
    "Acknowledgment": "purecdk.core.validations",
    "CfnAutoScalingReplacingUpdate": "purecdk.core.cfn_resource_policy",
    "CfnAutoScalingRollingUpdate": "purecdk.core.cfn_resource_policy",
    "CfnAutoScalingScheduledAction": "purecdk.core.cfn_resource_policy",
    "CfnCodeDeployLambdaAliasUpdate": "purecdk.core.cfn_resource_policy",
    "CfnCondition": "purecdk.core.cfn_condition",
    "CfnCreationPolicy": "purecdk.core.cfn_resource_policy",
    "CfnDynamicReference": "purecdk.core.cfn_dynamic_reference",
    "CfnDynamicReferenceService": "purecdk.core.cfn_dynamic_reference",
    "CfnMapping": "purecdk.core.cfn_mapping",
    "CfnResourceAutoScalingCreationPolicy": "purecdk.core.cfn_resource_policy",
    "CfnResourceSignal": "purecdk.core.cfn_resource_policy",
    "CfnUpdatePolicy": "purecdk.core.cfn_resource_policy",
    "CustomResource": "purecdk.core.custom_resource",
    "CustomResourceProvider": "purecdk.core.custom_resource_provider",
    "CustomResourceProviderBase": "purecdk.core.custom_resource_provider",
    "CustomResourceProviderRuntime": "purecdk.core.custom_resource_provider",
    "IAnyProducer": "purecdk.core.producers",
    "IListProducer": "purecdk.core.producers",
    "INumberProducer": "purecdk.core.producers",
    "IStableAnyProducer": "purecdk.core.producers",
    "IStableListProducer": "purecdk.core.producers",
    "IStableNumberProducer": "purecdk.core.producers",
    "IStableStringProducer": "purecdk.core.producers",
    "IStringProducer": "purecdk.core.producers",
    "SecretValue": "purecdk.core.secret_value",
    "SecretsManagerSecretOptions": "purecdk.core.secret_value",
    "Size": "purecdk.core.size",
    "SizeRoundingBehavior": "purecdk.core.size",
    "Validations": "purecdk.core.validations",
}

if TYPE_CHECKING:
    from purecdk.core.cfn_condition import CfnCondition
    from purecdk.core.cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
    from purecdk.core.cfn_mapping import CfnMapping
    from purecdk.core.cfn_resource_policy import (
        CfnAutoScalingReplacingUpdate,
        CfnAutoScalingRollingUpdate,
        CfnAutoScalingScheduledAction,
        CfnCodeDeployLambdaAliasUpdate,
        CfnCreationPolicy,
        CfnResourceAutoScalingCreationPolicy,
        CfnResourceSignal,
        CfnUpdatePolicy,
    )
    from purecdk.core.custom_resource import CustomResource
    from purecdk.core.custom_resource_provider import (
        CustomResourceProvider,
        CustomResourceProviderBase,
        CustomResourceProviderRuntime,
    )
    from purecdk.core.producers import (
        IAnyProducer,
        IListProducer,
        INumberProducer,
        IStableAnyProducer,
        IStableListProducer,
        IStableNumberProducer,
        IStableStringProducer,
        IStringProducer,
    )
    from purecdk.core.secret_value import SecretsManagerSecretOptions, SecretValue
    from purecdk.core.size import Size, SizeRoundingBehavior
    from purecdk.core.validations import Acknowledgment, Validations


def __getattr__(name: str) -> Any:
    """Load a lazily exported name's module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'purecdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, lazily exported ones included."""
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "Acknowledgment",
    "Annotations",
    "App",
    "Arn",
    "ArnComponents",
    "ArnFormat",
    "AspectApplication",
    "AspectPriority",
    "Aspects",
    "Aws",
    "BootstraplessSynthesizer",
    "CfnAutoScalingReplacingUpdate",
    "CfnAutoScalingRollingUpdate",
    "CfnAutoScalingScheduledAction",
    "CfnCodeDeployLambdaAliasUpdate",
    "CfnCondition",
    "CfnCreationPolicy",
    "CfnDeletionPolicy",
    "CfnDynamicReference",
    "CfnDynamicReferenceService",
    "CfnElement",
    "CfnMapping",
    "CfnOutput",
    "CfnParameter",
    "CfnRefElement",
    "CfnReference",
    "CfnResource",
    "CfnResourceAutoScalingCreationPolicy",
    "CfnResourceSignal",
    "CfnRule",
    "CfnRuleAssertion",
    "CfnTag",
    "CfnUpdatePolicy",
    "CloudAssembly",
    "CloudFormationStackArtifact",
    "CustomResource",
    "CustomResourceProvider",
    "CustomResourceProviderBase",
    "CustomResourceProviderRuntime",
    "DefaultStackSynthesizer",
    "DefaultTokenResolver",
    "Duration",
    "Environment",
    "FeatureFlags",
    "FileAssetLocation",
    "FileAssetPackaging",
    "FileAssetSource",
    "Fn",
    "IAnyProducer",
    "IAspect",
    "IListProducer",
    "IMixin",
    "INumberProducer",
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "IResource",
    "IStableAnyProducer",
    "IStableListProducer",
    "IStableNumberProducer",
    "IStableStringProducer",
    "IStringProducer",
    "Intrinsic",
    "Lazy",
    "LegacyStackSynthesizer",
    "Mixin",
    "Names",
    "PhysicalName",
    "Reference",
    "RemovalPolicy",
    "RemoveTag",
    "ResolutionTypeHint",
    "Resource",
    "ResourceEnvironment",
    "ScopedAws",
    "SecretValue",
    "SecretsManagerSecretOptions",
    "Size",
    "SizeRoundingBehavior",
    "Stack",
    "Stage",
    "SynthesisError",
    "Tag",
    "TagManager",
    "TagType",
    "Tags",
    "Token",
    "Tokenization",
    "Validations",
    "__version__",
]
