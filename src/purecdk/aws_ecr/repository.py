"""``Repository``: an ECR repository defined in this app, and the ways to import existing ones."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_ecr._generated import CfnRepository
from purecdk.aws_ecr.encryption import RepositoryEncryption
from purecdk.aws_ecr.lifecycle import LifecycleRule, StorageClass, TagStatus
from purecdk.aws_ecr.lifecycle_archive import (
    archive_rule_error,
    conflicting_rule_error,
    rule_storage_class,
    uses_archive_options,
)
from purecdk.aws_ecr.lifecycle_policy import render_lifecycle_policy
from purecdk.aws_ecr.repository_base import ImportedRepository, IRepository, RepositoryBase
from purecdk.aws_ecr.tag_mutability import ImageTagMutabilityExclusionFilter, TagMutability
from purecdk.core.analytics_metadata import JsObject, add_construct_metadata, add_method_metadata, passing_props
from purecdk.core.annotations import Annotations
from purecdk.core.arn import Arn, ArnFormat
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.stack import Stack
from purecdk.core.structs import get_field
from purecdk.core.tags import Tags
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved

if TYPE_CHECKING:
    from purecdk.constructs import Construct, IConstruct

__all__ = ["Repository"]

_REPOSITORY_NAME = r"^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$"
_EXCLUSION_MUTABILITIES = (TagMutability.IMMUTABLE_WITH_EXCLUSION, TagMutability.MUTABLE_WITH_EXCLUSION)
AUTO_DELETE_IMAGES_RESOURCE_TYPE = "Custom::ECRAutoDeleteImages"
AUTO_DELETE_IMAGES_TAG = "aws-cdk:auto-delete-images"


def _at(scope: IConstruct, message: str) -> ValueError:
    """A validation error naming the construct it is about."""
    return ValueError(f"{message} (at {scope.node.path})")


def _validate_repository_name(scope: IConstruct, name: str | None) -> None:
    if not name or unresolved(name):
        return
    errors = []
    if len(name) < 2 or len(name) > 256:
        errors.append("Repository name must be at least 2 and no more than 256 characters")
    if not re.match(_REPOSITORY_NAME, name):
        errors.append(
            "Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, "
            "underscores, periods and forward slashes"
        )
    if errors:
        raise _at(scope, "\n".join([f"Invalid ECR repository name (value: {name})", *errors]))


class Repository(RepositoryBase):
    """An ECR repository: holds the versions of one container image.

    By default the repository is retained when it leaves the stack, scanning on push is off, tags are mutable
    and images are encrypted with AES-256.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_delete_images: bool | None = None,
        empty_on_delete: bool | None = None,
        encryption: RepositoryEncryption | None = None,
        encryption_key: Any = None,
        image_scan_on_push: bool | None = None,
        image_tag_mutability: TagMutability | None = None,
        image_tag_mutability_exclusion_filters: Sequence[ImageTagMutabilityExclusionFilter] | None = None,
        lifecycle_registry_id: str | None = None,
        lifecycle_rules: Sequence[LifecycleRule | Mapping[str, Any]] | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=repository_name)
        add_construct_metadata(self, locals())
        self._lifecycle_rules: list[LifecycleRule] = []
        self._rendered_lifecycle_policy: tuple[object, int, str] | None = None
        self._registry_id = lifecycle_registry_id
        self._policy_document: Any = None
        self._repository_name: str | None = None
        self._repository_arn: str | None = None
        _validate_repository_name(self, self.physical_name)
        self._validate_tag_mutability(image_tag_mutability, image_tag_mutability_exclusion_filters)

        self._resource = CfnRepository(
            self,
            "Resource",
            repository_name=self.physical_name,
            repository_policy_text=Lazy.uncached_any(lambda: self._policy_document),
            lifecycle_policy=Lazy.uncached_any(self._render_lifecycle_policy),
            image_scanning_configuration=(
                {"scanOnPush": image_scan_on_push} if image_scan_on_push is not None else None
            ),
            image_tag_mutability=image_tag_mutability.value if image_tag_mutability is not None else None,
            image_tag_mutability_exclusion_filters=(
                [f._render() for f in image_tag_mutability_exclusion_filters]
                if image_tag_mutability_exclusion_filters is not None
                else None
            ),
            encryption_configuration=self._parse_encryption(encryption, encryption_key),
            empty_on_delete=empty_on_delete,
        )
        self._resource.apply_removal_policy(removal_policy)

        for index, rule in enumerate(lifecycle_rules or ()):
            # as upstream's ``props.lifecycleRules.forEach(this.addLifecycleRule.bind(this))``
            add_method_metadata(self, "addLifecycleRule", [rule, index, lifecycle_rules])
            self._add_lifecycle_rule(rule)

        if empty_on_delete and removal_policy is not RemovalPolicy.DESTROY:
            raise _at(
                self,
                "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.",
            )
        if empty_on_delete is None and auto_delete_images:
            if removal_policy is not RemovalPolicy.DESTROY:
                raise _at(
                    self,
                    "Cannot use 'autoDeleteImages' property on a repository without setting removal policy to "
                    "'DESTROY'.",
                )
            self._enable_auto_delete_images()

        self.node.add_validation(_ResourcePolicyValidation(self))

    # -- importing ---------------------------------------------------------------------------------------

    @staticmethod
    def from_repository_attributes(
        scope: Construct,
        id: str,
        attrs: Any = None,
        *,
        repository_arn: str | None = None,
        repository_name: str | None = None,
    ) -> IRepository:
        """Import a repository from its name and ARN (either may be a token)."""
        name = repository_name if repository_name is not None else get_field(attrs, "repository_name")
        arn = repository_arn if repository_arn is not None else get_field(attrs, "repository_arn")
        if name is None or arn is None:
            raise TypeError("from_repository_attributes needs both repository_name and repository_arn")
        return ImportedRepository(scope, id, repository_name=name, repository_arn=arn)

    @staticmethod
    def from_repository_arn(scope: Construct, id: str, repository_arn: str) -> IRepository:
        """Import a repository from its ARN (a literal; use ``from_repository_attributes`` for a token ARN)."""
        if unresolved(repository_arn):
            raise ValueError(
                '"repositoryArn" is a late-bound value, and therefore "repositoryName" is required. Use '
                f"`fromRepositoryAttributes` instead (importing {scope.node.path}/{id})"
            )
        if not repository_arn.split(":")[-1].startswith("repository/"):
            raise ValueError(
                "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', "
                f"got {repository_arn}. (importing {scope.node.path}/{id})"
            )
        name = "/".join(repository_arn.split("/")[1:])
        return ImportedRepository(
            scope, id, repository_name=name, repository_arn=repository_arn, environment_from_arn=repository_arn
        )

    @staticmethod
    def from_repository_name(scope: Construct, id: str, repository_name: str) -> IRepository:
        """Import a repository of this stack's account and region by name."""
        arn = Repository.arn_for_local_repository(repository_name, scope)
        return ImportedRepository(scope, id, repository_name=repository_name, repository_arn=arn)

    @staticmethod
    def arn_for_local_repository(repository_name: str, scope: IConstruct, account: str | None = None) -> str:
        """The ARN of a repository in the region (and, unless given, the account) of ``scope``'s stack."""
        return Stack.of(scope).format_arn(
            account=account, service="ecr", resource="repository", resource_name=repository_name
        )

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        options: Any = None,
        *,
        repository_arn: str | None = None,
        repository_name: str | None = None,
    ) -> IRepository:
        """Look an existing repository up by name or ARN (at synthesis, through the ``cdk`` CLI's context).

        Until the CLI has performed the lookup, the repository is a placeholder named ``DUMMY_ARN`` and the
        cloud assembly lists the missing context.
        """
        from purecdk.aws_ecr.lookup import lookup_repository_arn

        name = repository_name if repository_name is not None else get_field(options, "repository_name")
        arn = repository_arn if repository_arn is not None else get_field(options, "repository_arn")
        where = f"(looking up {scope.node.path}/{id})"
        if unresolved(name) or unresolved(arn):
            raise ValueError(f"Cannot look up a repository with a tokenized name or ARN. {where}")
        if not arn and not name:
            raise ValueError(f"At least one of `repositoryName` or `repositoryArn` must be provided. {where}")
        identifier = name
        if identifier is None and arn:
            identifier = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not identifier:
            raise ValueError(f"Could not determine repository identifier from provided options. {where}")
        found_arn = lookup_repository_arn(scope, identifier)
        found_name = Arn.extract_resource_name(found_arn, "repository")
        return Repository.from_repository_attributes(scope, id, repository_name=found_name, repository_arn=found_arn)

    # -- attributes --------------------------------------------------------------------------------------

    @property
    def repository_name(self) -> str:
        """The name of the repository (``Ref``; the physical name when used from another environment)."""
        if self._repository_name is None:
            self._repository_name = self.get_resource_name_attribute(self._resource.ref)
        return self._repository_name

    @property
    def repository_arn(self) -> str:
        """The ARN of the repository (``Fn::GetAtt Arn``; built from the name in another environment)."""
        if self._repository_arn is None:
            self._repository_arn = self.get_resource_arn_attribute(
                self._resource.attr_arn,
                {"service": "ecr", "resource": "repository", "resource_name": self.physical_name},
            )
        return self._repository_arn

    @property
    def lifecycle_rules(self) -> list[LifecycleRule]:
        """The lifecycle rules added so far, as given (priorities are assigned at synthesis)."""
        return list(self._lifecycle_rules)

    # -- resource policy ---------------------------------------------------------------------------------

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the repository policy; statements must not name resources (a warning says so)."""
        from purecdk import aws_iam as iam

        add_method_metadata(self, "addToResourcePolicy", [statement])
        if statement.resources:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecr:noResourceStatements", "ECR resource policy does not allow resource statements."
            )
        if self._policy_document is None:
            self._policy_document = iam.PolicyDocument()
        self._policy_document.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy_document)

    # -- lifecycle rules ---------------------------------------------------------------------------------

    def add_lifecycle_rule(self, rule: LifecycleRule | Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        """Add a lifecycle rule, given as a ``LifecycleRule``, a dict, or keyword arguments.

        The first rule that matches an image applies to it; rules without a priority are ordered after those
        with one, in the order they were added, and the ``TagStatus.ANY`` rule always comes last.
        """
        if rule is None:
            rule = LifecycleRule(**kwargs)
        elif kwargs:
            raise TypeError("pass either a rule or keyword arguments to add_lifecycle_rule, not both")
        add_method_metadata(self, "addLifecycleRule", [rule])
        self._add_lifecycle_rule(rule)

    def _add_lifecycle_rule(self, rule: LifecycleRule | Mapping[str, Any]) -> None:
        rule = LifecycleRule.of(rule)
        if rule.tag_status is None:
            has_lists = rule.tag_prefix_list is not None or rule.tag_pattern_list is not None
            rule = rule.with_(tag_status=TagStatus.TAGGED if has_lists else TagStatus.ANY)
        if rule.tag_status is TagStatus.TAGGED and not rule.tag_prefix_list and not rule.tag_pattern_list:
            raise _at(self, "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList")
        if rule.tag_status is not TagStatus.TAGGED and (
            rule.tag_prefix_list is not None or rule.tag_pattern_list is not None
        ):
            raise _at(self, "tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged")
        if rule.tag_prefix_list is not None and rule.tag_pattern_list is not None:
            raise _at(self, "Both tagPrefixList and tagPatternList cannot be specified together in a rule")
        for pattern in rule.tag_pattern_list or ():
            pieces = len(pattern.split("*"))
            if pieces > 5:
                raise _at(
                    self,
                    "A tag pattern cannot contain more than four wildcard characters (*), "
                    f"pattern: {pattern}, counts: {pieces - 1}",
                )
        if not uses_archive_options(rule) and (rule.max_image_age is not None) == (rule.max_image_count is not None):
            raise _at(
                self,
                "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', "
                f"got: {_describe(rule)}",
            )
        error = archive_rule_error(rule) or conflicting_rule_error(rule, self._lifecycle_rules)
        if error is not None:
            raise _at(self, error)
        storage_class = rule_storage_class(rule)
        if rule.tag_status is TagStatus.ANY and any(
            r.tag_status is TagStatus.ANY and rule_storage_class(r) is storage_class for r in self._lifecycle_rules
        ):
            scope = " selecting StorageClass.ARCHIVE" if storage_class is StorageClass.ARCHIVE else ""
            raise _at(self, f"Life cycle can only have one TagStatus.Any rule{scope}")
        self._lifecycle_rules.append(rule)

    def _render_lifecycle_policy(self) -> dict[str, Any] | None:
        if not self._lifecycle_rules and not self._registry_id:
            return None
        text = None
        if self._lifecycle_rules:
            # the text is resolved in the stack, whoever asks: rendered once per synthesis (reference discovery
            # and the template both ask), again if rules were added since
            from purecdk.core.synthesis import active_synthesis

            marker, cached = active_synthesis(), self._rendered_lifecycle_policy
            if marker is not None and cached is not None and cached[0] is marker and cached[1] == len(
                self._lifecycle_rules
            ):
                text = cached[2]
            else:
                text = render_lifecycle_policy(self._lifecycle_rules, self.stack, self.node.path)
                if marker is not None:
                    self._rendered_lifecycle_policy = (marker, len(self._lifecycle_rules), text)
        return {"lifecyclePolicyText": text, "registryId": self._registry_id}

    # -- validation helpers ------------------------------------------------------------------------------

    def _validate_tag_mutability(
        self,
        mutability: TagMutability | None,
        filters: Sequence[ImageTagMutabilityExclusionFilter] | None,
    ) -> None:
        requires_exclusion = mutability in _EXCLUSION_MUTABILITIES
        has_filters = filters is not None
        shown = mutability.value if mutability is not None else "undefined"
        if has_filters and not requires_exclusion:
            raise _at(
                self,
                "imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION' when "
                f"imageTagMutabilityExclusionFilters is provided, got: {shown}.",
            )
        if filters is not None and not 1 <= len(filters) <= 5:
            raise _at(
                self, f"imageTagMutabilityExclusionFilters must contain between 1 and 5 filters, got {len(filters)}."
            )
        if requires_exclusion and not has_filters:
            raise _at(
                self, f"imageTagMutabilityExclusionFilters must be specified when imageTagMutability is '{shown}'."
            )

    def _parse_encryption(self, encryption: RepositoryEncryption | None, key: Any) -> dict[str, Any] | None:
        kind = (
            encryption
            if encryption is not None
            else (RepositoryEncryption.KMS if key is not None else RepositoryEncryption.AES_256)
        )
        if kind.value != RepositoryEncryption.KMS.value and key is not None:
            raise _at(self, f"encryptionKey is specified, so 'encryption' must be set to KMS (value: {kind.value})")
        if kind.value == RepositoryEncryption.AES_256.value:
            return None
        if kind.value == RepositoryEncryption.KMS.value:
            return {"encryptionType": "KMS", "kmsKey": _key_arn(key) if key is not None else None}
        # aws-cdk-lib 2.275.0 renders only AES256 and KMS; any other kind (KMS_DSSE included) is rejected
        raise _at(self, f"Unexpected 'encryptionType': {kind.value}")

    # -- auto-deleting images ----------------------------------------------------------------------------

    def _enable_auto_delete_images(self) -> None:
        from purecdk.aws_ecr.auto_delete_images import AutoDeleteImagesProvider
        from purecdk.core.custom_resource import CustomResource

        stack = Stack.of(self)
        first_time = stack.node.try_find_child(f"{AUTO_DELETE_IMAGES_RESOURCE_TYPE}CustomResourceProvider") is None
        provider = AutoDeleteImagesProvider.get_or_create_provider(
            self,
            AUTO_DELETE_IMAGES_RESOURCE_TYPE,
            description=f"Lambda function for auto-deleting images in {self.repository_name} repository.",
        )
        if first_time:
            from purecdk.core.pseudo import Aws

            provider.add_to_role_policy(
                {
                    "Effect": "Allow",
                    "Action": [
                        "ecr:BatchDeleteImage",
                        "ecr:DescribeRepositories",
                        "ecr:ListImages",
                        "ecr:ListTagsForResource",
                    ],
                    "Resource": [f"arn:{Aws.PARTITION}:ecr:{stack.region}:{stack.account}:repository/*"],
                    "Condition": {"StringEquals": {f"ecr:ResourceTag/{AUTO_DELETE_IMAGES_TAG}": "true"}},
                }
            )
        props = JsObject(
            resourceType=AUTO_DELETE_IMAGES_RESOURCE_TYPE,
            serviceToken=provider.service_token,
            properties={"RepositoryName": self.repository_name},
        )
        with passing_props(props):
            custom_resource = CustomResource(
                self,
                "AutoDeleteImagesCustomResource",
                resource_type=props["resourceType"],
                service_token=props["serviceToken"],
                properties=props["properties"],
            )
        custom_resource.node.add_dependency(self)
        Tags.of(self._resource).add(AUTO_DELETE_IMAGES_TAG, "true")


def _key_arn(key: Any) -> str:
    """The ARN of a KMS key (an ``IKey``, an ``IKeyRef`` or a plain ARN string)."""
    if isinstance(key, str):
        return key
    ref = getattr(key, "key_ref", None)
    if ref is not None:
        arn = get_field(ref, "key_arn")
        if arn is not None:
            return str(arn)
    return str(key.key_arn)


def _describe(rule: LifecycleRule) -> str:
    """The rule as JSON, the way aws-cdk-lib's error messages show it (jsii hands struct keys over sorted)."""
    from purecdk.core.duration import Duration
    from purecdk.core.tokens.js import js_json_dumps

    def plain(value: Any) -> Any:
        if isinstance(value, TagStatus):
            return value.value
        if isinstance(value, tuple):
            return list(value)
        if isinstance(value, Duration):
            unit = value._unit
            return {
                "amount": value._amount,
                "unit": {"label": unit.label, "isoLabel": unit.iso_label, "inMillis": unit.in_millis},
            }
        return value

    fields = {
        "description": rule.description,
        "maxImageAge": rule.max_image_age,
        "maxImageCount": rule.max_image_count,
        "rulePriority": rule.rule_priority,
        "tagPatternList": rule.tag_pattern_list,
        "tagPrefixList": rule.tag_prefix_list,
        "tagStatus": rule.tag_status,
    }
    return js_json_dumps({k: plain(v) for k, v in fields.items() if v is not None})


class _ResourcePolicyValidation:
    """Validates the repository policy at synthesis as a resource policy (statement resources skipped)."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    def validate(self) -> list[str]:
        document = self._repository._policy_document
        if document is None:
            return []
        errors: list[str] = document.validate_for_resource_policy(skip_resource_validation=True)
        return errors
