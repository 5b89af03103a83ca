"""``CfnResource``: a CloudFormation resource, the base of every L1 class."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnRefElement
from purecdk.core.reference import CfnReference
from purecdk.core.removal_policy import CfnDeletionPolicy, RemovalPolicy
from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.structs import capitalize_property_names, get_field, to_jsii_value
from purecdk.core.tokens.intrinsic import Intrinsic

if TYPE_CHECKING:
    from purecdk.core.resource import ResourceEnvironment

_SNAPSHOTTABLE = frozenset(
    {
        "AWS::EC2::Volume",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::Neptune::DBCluster",
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance",
        "AWS::Redshift::Cluster",
        "AWS::DocDB::DBCluster",
    }
)



class CfnResourceOptions:
    """The resource attributes besides properties: condition, policies, metadata, version, description."""

    def __init__(self, resource: CfnResource) -> None:
        self._resource = resource
        self.condition: Any = None
        self.creation_policy: Any = None
        self.deletion_policy: CfnDeletionPolicy | None = None
        self.update_policy: Any = None
        self.update_replace_policy: CfnDeletionPolicy | None = None
        self.version: str | None = None
        self.description: str | None = None
        self._metadata: dict[str, Any] | None = None

    @property
    def metadata(self) -> dict[str, Any] | None:
        """The resource's ``Metadata`` (merged with ``add_metadata`` entries)."""
        return self._metadata

    @metadata.setter
    def metadata(self, value: Mapping[str, Any] | None) -> None:
        self._metadata = dict(value) if value is not None else None


class _PostResolve:
    """Resolves an object, then hands the result to a function."""

    def __init__(self, value: Any, process: Any) -> None:
        self._value = value
        self._process = process
        self.type_hint = ResolutionTypeHint.STRING

    def resolve(self, context: Any) -> Any:
        context.register_post_processor(self)
        return self._value

    def post_process(self, value: Any, context: Any) -> Any:
        return self._process(value, context)


class _IgnoreEmpty:
    """Resolves to nothing when the value resolves to an empty object or list."""

    def __init__(self, value: Any) -> None:
        self._value = value
        self.type_hint = ResolutionTypeHint.STRING

    def resolve(self, context: Any) -> Any:
        context.register_post_processor(self)
        return self._value

    def post_process(self, value: Any, context: Any) -> Any:
        if isinstance(value, (list, dict)) and len(value) == 0:
            return None
        return value


def ignore_empty(value: Any) -> Any:
    """A token that drops empty objects and lists."""
    return _IgnoreEmpty(value)


def split_on_periods(path: str) -> list[str]:
    """Split an override path on ``.``, keeping ``\\.`` as a literal period."""
    parts = [""]
    i = 0
    while i < len(path):
        ch = path[i]
        if ch == "\\" and i + 1 < len(path) and path[i + 1] == ".":
            parts[-1] += "."
            i += 2
            continue
        if ch == ".":
            parts.append("")
        else:
            parts[-1] += ch
        i += 1
    return parts


_DELETE = object()


_MERGE_EXCLUDE_KEYS = frozenset(
    ("Ref", "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join",
     "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::If", "Fn::Not", "Fn::Or")
)
"""Intrinsic functions an override replaces rather than merges into (or that replace what they override)."""


def _is_intrinsic(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _MERGE_EXCLUDE_KEYS


def deep_merge(target: Any, source: Any) -> Any:
    """Merge ``source`` into ``target`` like upstream's overrides (``None`` deletes a key; an intrinsic function
    is replaced, never merged with)."""
    if not isinstance(source, dict) or not isinstance(target, (dict, list)):
        raise TypeError(f"Invalid usage. Both source ({source!r}) and target ({target!r}) must be objects")
    for key, value in source.items():
        if isinstance(value, dict):
            current = _get(target, key)
            if not isinstance(current, (dict, list)) or _is_intrinsic(current) or _is_intrinsic(value):
                current = {}
                _set(target, key, current)
            deep_merge(current, value)
            if isinstance(current, dict) and len(current) == 0:
                _delete(target, key)
        elif value is None:
            _delete(target, key)
        else:
            _set(target, key, value)
    return target


def _index(target: list[Any], key: str) -> int | None:
    return int(key) if key.isdigit() else None


def _get(target: Any, key: str) -> Any:
    if isinstance(target, list):
        i = _index(target, key)
        return target[i] if i is not None and i < len(target) else None
    return target.get(key)


def _set(target: Any, key: str, value: Any) -> None:
    if isinstance(target, list):
        i = _index(target, key)
        if i is None:
            raise TypeError(f"Cannot override non-numeric key '{key}' of a list")
        while len(target) <= i:
            target.append(None)
        target[i] = value
    else:
        target[key] = value


def _delete(target: Any, key: str) -> None:
    if isinstance(target, list):
        i = _index(target, key)
        if i is not None and i < len(target):
            target[i] = None
    else:
        target.pop(key, None)


class CfnResource(CfnRefElement):
    """A CloudFormation resource of any type; L1 classes subclass it."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        type: str,
        properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not type:
            raise ValueError(f"The `type` property is required (at {self.node.path})")
        self.cfn_resource_type = type
        self._cfn_properties_value: dict[str, Any] = dict(properties or {})
        self.cfn_options = CfnResourceOptions(self)
        self._raw_overrides: dict[str, Any] = {}
        self._depends_on: list[CfnResource] = []
        self._created_in_library = _created_by_library_code(self)
        if self.node.try_get_context("aws:cdk:enable-path-metadata"):
            self.add_metadata("aws:cdk:path", self.node.path)

    @staticmethod
    def is_cfn_resource(x: Any) -> bool:
        """Whether ``x`` is a ``CfnResource``."""
        return isinstance(x, CfnResource)

    # -- the hooks L1 classes override -------------------------------------------------------------

    @property
    def _cfn_properties(self) -> dict[str, Any]:
        """The properties (jsii camelCase names for L1s); tags are merged in for taggable resources."""
        props = self._cfn_properties_value
        tags = getattr(self, "tags", None)
        if tags is not None and hasattr(tags, "render_tags") and hasattr(tags, "tag_property_name"):
            merged = dict(props)
            merged[tags.tag_property_name] = tags.render_tags()
            return merged
        return props

    def _render_properties(self, props: dict[str, Any]) -> dict[str, Any]:
        """Map properties to CloudFormation names (identity for a plain ``CfnResource``)."""
        return props

    @property
    def cfn_properties(self) -> dict[str, Any]:
        """Public alias of the properties hook."""
        return self._cfn_properties

    @property
    def updated_properties(self) -> dict[str, Any]:
        """The properties with overrides applied (unresolved)."""
        return self._cfn_properties

    @property
    def env(self) -> ResourceEnvironment:
        """The environment (account and region) of the resource: its stack's."""
        from purecdk.core.resource import ResourceEnvironment

        stack = self.stack
        return ResourceEnvironment(account=stack.account, region=stack.region)

    # -- attributes and references -----------------------------------------------------------------

    def get_att(self, attribute_name: str, type_hint: ResolutionTypeHint | None = None) -> Any:
        """A reference to ``Fn::GetAtt`` of an attribute of this resource."""
        return CfnReference.for_(self, attribute_name, None, type_hint)

    def get_metadata(self, key: str) -> Any:
        """A value of this resource's ``Metadata``."""
        return (self.cfn_options.metadata or {}).get(key)

    def add_metadata(self, key: str, value: Any) -> None:
        """Add an entry to this resource's ``Metadata``."""
        md = self.cfn_options.metadata or {}
        md[key] = value
        self.cfn_options.metadata = md

    # -- dependencies --------------------------------------------------------------------------------

    def add_dependency(self, target: CfnResource) -> None:
        """Make this resource depend on ``target`` (``DependsOn``, or a stack dependency across stacks)."""
        from purecdk.core.deps import add_dependency

        add_dependency(self, target, f"{self.node.path} -> {target.node.path}")

    def add_depends_on(self, target: CfnResource) -> None:
        """Deprecated alias of ``add_dependency``."""
        self.add_dependency(target)

    def remove_dependency(self, target: CfnResource) -> None:
        """Remove a dependency added with ``add_dependency``."""
        if target in self._depends_on:
            self._depends_on.remove(target)

    def obtain_dependencies(self) -> list[CfnResource]:
        """The resources this resource depends on."""
        return list(self._depends_on)

    def obtain_resource_dependencies(self) -> list[CfnResource]:
        """The resources this resource depends on."""
        return list(self._depends_on)

    def add_resource_dependency(self, target: CfnResource) -> None:
        """Add ``DependsOn`` on ``target`` directly (both must be in the same stack)."""
        self._add_resource_dependency(target)

    def _add_resource_dependency(self, target: CfnResource) -> None:
        if target not in self._depends_on:
            self._depends_on.append(target)

    # -- overrides -----------------------------------------------------------------------------------

    def add_override(self, path: str, value: Any) -> None:
        """Override any part of the rendered resource (``None`` deletes); paths are dot-separated."""
        parts = split_on_periods(path)
        current = self._raw_overrides
        for key in parts[:-1]:
            nxt = current.get(key)
            if not isinstance(nxt, dict):
                nxt = {}
                current[key] = nxt
            current = nxt
        current[parts[-1]] = value

    def add_deletion_override(self, path: str) -> None:
        """Delete a path of the rendered resource."""
        self.add_override(path, None)

    def add_property_override(self, property_path: str, value: Any) -> None:
        """Override a property (the path is under ``Properties``)."""
        self.add_override(f"Properties.{property_path}", value)

    def add_property_deletion_override(self, property_path: str) -> None:
        """Delete a property."""
        self.add_override(f"Properties.{property_path}", None)

    # -- removal policy ------------------------------------------------------------------------------

    def apply_removal_policy(
        self,
        policy: RemovalPolicy | None = None,
        options: Any = None,
        *,
        apply_to_update_replace_policy: bool | None = None,
        default: RemovalPolicy | None = None,
    ) -> None:
        """Set ``DeletionPolicy`` (and ``UpdateReplacePolicy``) from a ``RemovalPolicy``."""
        if apply_to_update_replace_policy is None:
            apply_to_update_replace_policy = get_field(options, "apply_to_update_replace_policy")
        if default is None:
            default = get_field(options, "default")
        policy = policy or default or RemovalPolicy.RETAIN
        update_replace: CfnDeletionPolicy | None = None
        if policy is RemovalPolicy.DESTROY:
            deletion = CfnDeletionPolicy.DELETE
        elif policy is RemovalPolicy.RETAIN:
            deletion = CfnDeletionPolicy.RETAIN
        elif policy is RemovalPolicy.SNAPSHOT:
            if self.cfn_resource_type not in _SNAPSHOTTABLE:
                problem = f"{self.cfn_resource_type} does not support snapshot removal policy"
                from purecdk.core.feature_flags import FeatureFlags

                if FeatureFlags.of(self).is_enabled("@aws-cdk/core:validateSnapshotRemovalPolicy"):
                    raise ValueError(f"{problem} (at {self.node.path})")
                from purecdk.core.annotations import Annotations

                Annotations.of(self).add_warning_v2(
                    f"@aws-cdk/core:{self.cfn_resource_type}SnapshotRemovalPolicyIgnored",
                    f"{problem}. This policy will be ignored.",
                )
            deletion = CfnDeletionPolicy.SNAPSHOT
        elif policy is RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE:
            deletion = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE
            update_replace = CfnDeletionPolicy.RETAIN
        else:
            raise ValueError(f"Invalid removal policy: {policy} (at {self.node.path})")
        self.cfn_options.deletion_policy = deletion
        if apply_to_update_replace_policy is not False:
            self.cfn_options.update_replace_policy = update_replace or deletion

    # -- synthesis -----------------------------------------------------------------------------------

    def _should_synthesize(self) -> bool:
        return True

    def _to_cloud_formation(self) -> dict[str, Any]:
        if not self._should_synthesize():
            return {}
        opts = self.cfn_options
        depends_on = sorted(self._depends_on, key=lambda r: r.node.path)
        condition = opts.condition.logical_id if opts.condition is not None else None
        # unset attributes are plain None (dropped by the resolver) rather than tokens that resolve to nothing
        definition = {
            "Type": self.cfn_resource_type,
            "Properties": ignore_empty(self._cfn_properties),
            "DependsOn": ignore_empty([r.logical_id for r in depends_on]) if depends_on else None,
            "CreationPolicy": _capitalized(opts.creation_policy),
            "UpdatePolicy": _capitalized(opts.update_policy),
            "UpdateReplacePolicy": _capitalized(opts.update_replace_policy),
            "DeletionPolicy": _capitalized(opts.deletion_policy),
            "Version": opts.version,
            "Description": opts.description,
            "Metadata": ignore_empty(opts.metadata) if opts.metadata else None,
            "Condition": condition,
        }
        return {"Resources": {self._logical_id_key(): _PostResolve(definition, self._post_resolve)}}

    def _post_resolve(self, definition: Any, context: Any) -> Any:
        definition = dict(definition)
        props = definition.get("Properties") or {}
        if not context.preparing:
            from purecdk.core.synthesis import active_synthesis

            marker = active_synthesis()
            if marker is not None:
                # tree.json lists the same resolved properties; this synthesis's tree reuses them
                self._resolved_properties_for_tree = (marker, props)
        rendered = self._render_properties(props)  # type errors surface here, as in aws-cdk-lib
        if context.value_discarded and not self._raw_overrides:
            return definition  # reference discovery: the rendered properties hold no tokens of their own
        if rendered is not None:
            rendered = context.resolve(rendered)
            if any(v is not None for v in rendered.values()):
                # every known property gets a slot first, so an override of an unset property lands where
                # aws-cdk-lib's renderer (which writes every property, most of them undefined) puts it
                slots: dict[str, Any] = dict.fromkeys(self._cfn_property_names())
                slots.update((k, v) for k, v in rendered.items() if v is not None)
                definition["Properties"] = slots
            else:
                definition.pop("Properties", None)
        from purecdk.core.tokens.resolve import resolve

        overrides = resolve(self._raw_overrides, scope=self, remove_empty=False)
        merged = deep_merge(_plain(definition), overrides)
        properties = merged.get("Properties")
        if isinstance(properties, dict):
            merged["Properties"] = {k: v for k, v in properties.items() if v is not None}
        return merged

    def _cfn_property_names(self) -> list[str]:
        """The CloudFormation property names of this resource type in rendering order (L1s override)."""
        return []


def _plain(value: Any) -> Any:
    """A copy with plain dicts and lists (no HintedDict/HintedList)."""
    if isinstance(value, dict):
        return {k: v if type(v) is str else _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [v if type(v) is str else _plain(v) for v in value]
    return value


def _capitalized(value: Any) -> Any:
    """``value`` as a token that capitalizes its property names (None stays None)."""
    return None if value is None else _Capitalized(value)


class _Capitalized(Intrinsic):
    """Resolves its value, then capitalizes property names (for resource attributes)."""

    def __init__(self, value: Any) -> None:
        super().__init__(value)

    def resolve(self, context: Any) -> Any:
        if self._value is None:
            return None
        resolved = context.resolve(to_jsii_value(self._value))
        return capitalize_property_names(resolved)


def _created_by_library_code(resource: CfnResource) -> bool:
    """Whether the code that constructed ``resource`` is purecdk's (an L2, a provider) rather than the user's.

    The frames of the constructors of ``resource`` itself (the generated class, the L1 runtime, this class)
    are skipped; the first frame outside them decides. Template validation reports such resources with
    aws-cdk-lib's "library" creation stack trace.
    """
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_name == "__init__" and frame.f_locals.get("self") is resource:
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and str(frame.f_globals.get("__name__", "")).startswith("purecdk.")
