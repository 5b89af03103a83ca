"""aws_ecr: the Amazon ECR construct library: ``Repository`` and friends, and the ``AWS::ECR`` L1 classes."""

from . import mixins
from ._generated import (
    CfnPublicRepository,
    CfnPublicRepositoryProps,
    CfnPullThroughCacheRule,
    CfnPullThroughCacheRuleProps,
    CfnPullTimeUpdateExclusion,
    CfnPullTimeUpdateExclusionProps,
    CfnRegistryPolicy,
    CfnRegistryPolicyProps,
    CfnRegistryScanningConfiguration,
    CfnRegistryScanningConfigurationProps,
    CfnReplicationConfiguration,
    CfnReplicationConfigurationProps,
    CfnRepository,
    CfnRepositoryCreationTemplate,
    CfnRepositoryCreationTemplateProps,
    CfnRepositoryProps,
    CfnSigningConfiguration,
    CfnSigningConfigurationProps,
)
from .auth_token import AuthorizationToken, PublicGalleryAuthorizationToken
from .encryption import RepositoryEncryption
from .lifecycle import LifecycleRule, StorageClass, TagStatus
from .lookup import RepositoryLookupOptions
from .repository import Repository
from .repository_base import (
    IRepository,
    OnCloudTrailImagePushedOptions,
    OnImageScanCompletedOptions,
    RepositoryAttributes,
    RepositoryBase,
    RepositoryReference,
)
from .tag_mutability import ImageTagMutabilityExclusionFilter, TagMutability

__all__ = [
    "AuthorizationToken",
    "CfnPublicRepository",
    "CfnPublicRepositoryProps",
    "CfnPullThroughCacheRule",
    "CfnPullThroughCacheRuleProps",
    "CfnPullTimeUpdateExclusion",
    "CfnPullTimeUpdateExclusionProps",
    "CfnRegistryPolicy",
    "CfnRegistryPolicyProps",
    "CfnRegistryScanningConfiguration",
    "CfnRegistryScanningConfigurationProps",
    "CfnReplicationConfiguration",
    "CfnReplicationConfigurationProps",
    "CfnRepository",
    "CfnRepositoryCreationTemplate",
    "CfnRepositoryCreationTemplateProps",
    "CfnRepositoryProps",
    "CfnSigningConfiguration",
    "CfnSigningConfigurationProps",
    "IRepository",
    "ImageTagMutabilityExclusionFilter",
    "LifecycleRule",
    "OnCloudTrailImagePushedOptions",
    "OnImageScanCompletedOptions",
    "PublicGalleryAuthorizationToken",
    "Repository",
    "RepositoryAttributes",
    "RepositoryBase",
    "RepositoryEncryption",
    "RepositoryLookupOptions",
    "RepositoryReference",
    "StorageClass",
    "TagMutability",
    "TagStatus",
    "mixins",
]
