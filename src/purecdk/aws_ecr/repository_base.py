"""``IRepository`` and ``RepositoryBase``: everything that works on owned and imported repositories alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from purecdk.core.analytics_metadata import JsObject, passing_props
from purecdk.core.arn import ArnFormat
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.tags import Tags
from purecdk.core.tokens.token import Token
from purecdk.interfaces.aws_ecr import RepositoryReference

if TYPE_CHECKING:
    from purecdk.constructs import Construct

__all__ = [
    "IRepository",
    "OnCloudTrailImagePushedOptions",
    "OnImageScanCompletedOptions",
    "RepositoryAttributes",
    "RepositoryBase",
    "RepositoryReference",
]

_PULL_ACTIONS = ("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
_PUSH_ACTIONS = (
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
)
_AUTH_TOKEN_ACTION = "ecr:GetAuthorizationToken"


class RepositoryAttributes(Struct, kw_only=True):
    """The attributes of an existing repository, for ``Repository.from_repository_attributes``."""

    repository_name: str
    repository_arn: str


class OnCloudTrailImagePushedOptions(Struct, kw_only=True):
    """Options for ``on_cloud_trail_image_pushed``: the rule options plus the image tag to watch."""

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: Any = None
    rule_name: str | None = None
    target: Any = None
    image_tag: str | None = None


class OnImageScanCompletedOptions(Struct, kw_only=True):
    """Options for ``on_image_scan_completed``: the rule options plus the image tags to watch."""

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: Any = None
    rule_name: str | None = None
    target: Any = None
    image_tags: Sequence[str] | None = None


@runtime_checkable
class IRepository(Protocol):
    """An ECR repository, owned by this app or imported."""

    @property
    def repository_name(self) -> str:
        """The name of the repository."""
        ...

    @property
    def repository_arn(self) -> str:
        """The ARN of the repository."""
        ...

    @property
    def repository_uri(self) -> str:
        """The URI of the repository (``ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME``)."""
        ...

    @property
    def registry_uri(self) -> str:
        """The URI of the registry (``ACCOUNT.dkr.ecr.REGION.amazonaws.com``)."""
        ...

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The URI of the repository for a tag."""
        ...

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The URI of the repository for a digest."""
        ...

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """The URI of the repository for a tag or a digest (``sha256:...``)."""
        ...

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the repository's resource policy."""
        ...

    def grant(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on this repository to ``grantee``."""
        ...

    def grant_read(self, grantee: Any) -> Any:
        """Grant permissions to read the repository's metadata."""
        ...

    def grant_pull(self, grantee: Any) -> Any:
        """Grant permissions to pull images."""
        ...

    def grant_push(self, grantee: Any) -> Any:
        """Grant permissions to push images."""
        ...

    def grant_pull_push(self, grantee: Any) -> Any:
        """Grant permissions to pull and push images."""
        ...


def _option(options: Any, name: str) -> Any:
    if options is None:
        return None
    if isinstance(options, dict):
        from purecdk.core.structs import get_field

        return get_field(options, name)
    return getattr(options, name, None)


def _merge_options(options: Any, kwargs: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """The rule options from an options struct (dataclass or dict) and keyword arguments (which win)."""
    merged = {name: _option(options, name) for name in names}
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError(f"unexpected keyword argument {name!r}")
        if value is not None:
            merged[name] = value
    return merged


_RULE_OPTION_NAMES = ("cross_stack_scope", "description", "event_pattern", "rule_name", "target")


class RepositoryBase(Resource):
    """The base of owned and imported repositories: URIs, grants and event rules."""

    # -- what subclasses provide -----------------------------------------------------------------------

    @property
    def repository_name(self) -> str:
        """The name of the repository."""
        raise NotImplementedError

    @property
    def repository_arn(self) -> str:
        """The ARN of the repository."""
        raise NotImplementedError

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the repository's resource policy."""
        raise NotImplementedError

    # -- URIs ------------------------------------------------------------------------------------------

    @property
    def repository_ref(self) -> RepositoryReference:
        """A reference to this repository (name and ARN)."""
        return RepositoryReference(repository_name=self.repository_name, repository_arn=self.repository_arn)

    @property
    def repository_uri(self) -> str:
        """The URI of this repository, for the latest image: ``ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME``."""
        return self.repository_uri_for_tag()

    @property
    def registry_uri(self) -> str:
        """The URI of the registry holding this repository: ``ACCOUNT.dkr.ecr.REGION.amazonaws.com``."""
        parts = self.stack.split_arn(self.repository_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return f"{parts.account}.dkr.ecr.{parts.region}.{self.stack.url_suffix}"

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The URI of this repository for an image tag: ``ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME:TAG``."""
        return self._repository_uri_with_suffix(f":{tag}" if tag else "")

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The URI of this repository for an image digest: ``.../NAME@sha256:...``."""
        return self._repository_uri_with_suffix(f"@{digest}" if digest else "")

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """The URI for a tag, or for a digest when the value starts with ``sha256:``."""
        if tag_or_digest is not None and tag_or_digest.startswith("sha256:"):
            return self.repository_uri_for_digest(tag_or_digest)
        return self.repository_uri_for_tag(tag_or_digest)

    def _repository_uri_with_suffix(self, suffix: str) -> str:
        parts = self.stack.split_arn(self.repository_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return f"{parts.account}.dkr.ecr.{parts.region}.{self.stack.url_suffix}/{self.repository_name}{suffix}"

    # -- event rules -----------------------------------------------------------------------------------

    def _new_rule(self, id: str, options: dict[str, Any], struct: str, given: dict[str, Any]) -> Any:
        """A rule made of the rule options; ``given`` (the struct ``struct``) is what upstream passes the rule."""
        from purecdk import aws_events as events

        with passing_props(given, struct):
            return events.Rule(
                self,
                id,
                cross_stack_scope=options["cross_stack_scope"],
                description=options["description"],
                event_pattern=options["event_pattern"],
                rule_name=options["rule_name"],
            )

    def on_cloud_trail_event(self, id: str, options: Any = None, **kwargs: Any) -> Any:
        """A rule for every API call on this repository recorded by CloudTrail (a trail must exist)."""
        opts = _merge_options(options, kwargs, _RULE_OPTION_NAMES)
        return self._on_cloud_trail_event(id, opts, "aws_events.OnEventOptions", opts)

    def _on_cloud_trail_event(self, id: str, opts: dict[str, Any], struct: str, given: dict[str, Any]) -> Any:
        rule = self._new_rule(id, opts, struct, given)
        rule.add_target(opts["target"])
        # upstream's object literal order: source, detail-type, detail
        rule._record_add_event_pattern(
            JsObject(
                source=["aws.ecr"],
                detailType=["AWS API Call via CloudTrail"],
                detail={"requestParameters": {"repositoryName": [self.repository_name]}},
            )
        )
        return rule

    def on_cloud_trail_image_pushed(self, id: str, options: Any = None, **kwargs: Any) -> Any:
        """A rule for images pushed to this repository (``PutImage`` calls recorded by CloudTrail)."""
        given = _merge_options(options, kwargs, (*_RULE_OPTION_NAMES, "image_tag"))
        opts = dict(given)
        image_tag = opts.pop("image_tag")
        rule = self._on_cloud_trail_event(id, opts, "aws_ecr.OnCloudTrailImagePushedOptions", given)
        rule._record_add_event_pattern(
            JsObject(
                detail={
                    "eventName": ["PutImage"],
                    "requestParameters": {"imageTag": [image_tag] if image_tag else None},
                }
            )
        )
        return rule

    def on_image_scan_completed(self, id: str, options: Any = None, **kwargs: Any) -> Any:
        """A rule for completed image scans of this repository (optionally only for some image tags)."""
        given = _merge_options(options, kwargs, (*_RULE_OPTION_NAMES, "image_tags"))
        opts = dict(given)
        image_tags = opts.pop("image_tags")
        rule = self._new_rule(id, opts, "aws_ecr.OnImageScanCompletedOptions", given)
        rule.add_target(opts["target"])
        rule._record_add_event_pattern(
            JsObject(
                source=["aws.ecr"],
                detailType=["ECR Image Scan"],
                detail={
                    "repository-name": [self.repository_name],
                    "scan-status": ["COMPLETE"],
                    "image-tags": list(image_tags) if image_tags is not None else None,
                },
            )
        )
        return rule

    def on_event(self, id: str, options: Any = None, **kwargs: Any) -> Any:
        """A rule for every ECR event of this repository; narrow it with ``rule.add_event_pattern``."""
        opts = _merge_options(options, kwargs, _RULE_OPTION_NAMES)
        rule = self._new_rule(id, opts, "aws_events.OnEventOptions", opts)
        rule._record_add_event_pattern(
            JsObject(source=["aws.ecr"], detail={"repository-name": [self.repository_name]})
        )
        rule.add_target(opts["target"])
        return rule

    # -- grants ----------------------------------------------------------------------------------------

    def grant(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on this repository to ``grantee`` (through the resource policy when needed)."""
        from purecdk import aws_iam as iam

        cross_account_principal = self._unsafe_cross_account_resource_policy_principal(grantee)
        if cross_account_principal is not None:
            principal_stack = Stack.of(cross_account_principal)
            role_tag = f"{principal_stack.stack_name}_{cross_account_principal.node.addr}"
            Tags.of(cross_account_principal).add("aws-cdk:id", role_tag)
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    actions=list(actions),
                    principals=[iam.AccountPrincipal(principal_stack.account)],
                    conditions={"StringEquals": {"aws:PrincipalTag/aws-cdk:id": role_tag}},
                )
            )
            return iam.Grant.add_to_principal(
                grantee=grantee, actions=list(actions), resource_arns=[self.repository_arn]
            )
        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self.repository_arn],
            resource_self_arns=[],
            resource=self,
        )

    def grant_read(self, grantee: Any) -> Any:
        """Grant permissions to describe the repository and its images."""
        return self.grant(grantee, "ecr:DescribeRepositories", "ecr:DescribeImages")

    def grant_pull(self, grantee: Any) -> Any:
        """Grant permissions to pull images (and to get an authorization token)."""
        grant = self.grant(grantee, *_PULL_ACTIONS)
        self._grant_authorization_token(grantee)
        return grant

    def grant_push(self, grantee: Any) -> Any:
        """Grant permissions to push images (and to get an authorization token)."""
        grant = self.grant(grantee, *_PUSH_ACTIONS)
        self._grant_authorization_token(grantee)
        return grant

    def grant_pull_push(self, grantee: Any) -> Any:
        """Grant permissions to pull and push images (and to get an authorization token)."""
        grant = self.grant(grantee, *_PULL_ACTIONS, *_PUSH_ACTIONS)
        self._grant_authorization_token(grantee)
        return grant

    @staticmethod
    def _grant_authorization_token(grantee: Any) -> None:
        from purecdk import aws_iam as iam

        iam.Grant.add_to_principal(grantee=grantee, actions=[_AUTH_TOKEN_ACTION], resource_arns=["*"])

    def _unsafe_cross_account_resource_policy_principal(self, grantee: Any) -> Any:
        """The grantee's principal when it is a resource of this app in another account (else ``None``)."""
        principal = grantee.grant_principal
        principal_account = getattr(principal, "principal_account", None)
        if not principal_account:
            return None
        comparison = Token.compare_strings(self.env.account, principal_account)
        if comparison in ("BOTH_UNRESOLVED", "SAME") or not _is_owned_resource(principal):
            return None
        principal_stack = Stack.of(principal)
        if principal_stack in self.stack.dependencies:
            return None
        return principal


def _is_owned_resource(principal: Any) -> bool:
    return isinstance(principal, Resource) and Resource.is_owned_resource(principal)


class ImportedRepository(RepositoryBase):
    """A repository defined outside this app: its resource policy cannot be changed."""

    _FQN = "aws-cdk-lib.aws_ecr.RepositoryBase"  # upstream imports are anonymous subclasses

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        repository_name: str,
        repository_arn: str,
        environment_from_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self._repository_name = repository_name
        self._repository_arn = repository_arn

    @property
    def repository_name(self) -> str:
        """The name of the repository."""
        return self._repository_name

    @property
    def repository_arn(self) -> str:
        """The ARN of the repository."""
        return self._repository_arn

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Does nothing: the policy of an imported repository is not managed here (``statement_added`` False)."""
        from purecdk import aws_iam as iam

        return iam.AddToResourcePolicyResult(statement_added=False)
