"""``Stack``: the unit of deployment, a CloudFormation template."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.arn import Arn, ArnComponents, ArnFormat
from purecdk.core.environment import UNKNOWN_ACCOUNT, UNKNOWN_REGION, Environment, format_environment
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.pseudo import Aws, ScopedAws
from purecdk.core.structs import get_field
from purecdk.core.tag_manager import TagManager, TagType
from purecdk.core.tokens.token import unresolved
from purecdk.core.unique_id import make_unique_id, make_unique_resource_name

_VALID_STACK_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
_MAX_RESOURCES = 500

_PARTITIONS = {
    "cn-": "aws-cn",
    "us-gov-": "aws-us-gov",
    "us-iso-": "aws-iso",
    "us-isob-": "aws-iso-b",
    "eu-isoe-": "aws-iso-e",
    "us-isof-": "aws-iso-f",
    "eusc-": "aws-eusc",
}


def partition_of_region(region: str) -> str:
    """The partition a region belongs to (``aws`` for the commercial regions)."""
    for prefix, partition in sorted(_PARTITIONS.items(), key=lambda kv: -len(kv[0])):
        if region.startswith(prefix):
            return partition
    return "aws"


class TemplateOptions:
    """Template-level options: description, format version, transforms, metadata."""

    def __init__(self) -> None:
        self.description: str | None = None
        self.template_format_version: str | None = None
        self.transforms: list[str] | None = None
        self.metadata: dict[str, Any] | None = None


_VALID_LOGICAL_ID = re.compile(r"^[A-Za-z0-9]{1,255}$")


class _LogicalIdRenames:
    def __init__(self) -> None:
        self.renames: dict[str, str] = {}
        self.reverse: dict[str, str] = {}
        self.valid: set[str] = set()

    def add(self, old: str, new: str) -> None:
        if old in self.renames:
            raise ValueError(f"A rename has already been registered for '{old}'")
        self.renames[old] = new

    def apply(self, old: str, path: str) -> str:
        new = self.renames.get(old, old)
        if new in self.reverse and self.reverse[new] != old:
            raise ValueError(
                f"Two objects have been assigned the same Logical ID: '{self.reverse[new]}' and '{old}' are now "
                f"both named '{new}' (at {path})."
            )
        self.reverse[new] = old
        if new not in self.valid and not _VALID_LOGICAL_ID.match(new):
            raise ValueError(
                f"Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{{1,255}}$/, got '{new}' "
                f"(construct {path}: use an id with letters or digits, or override_logical_id)"
            )
        self.valid.add(new)
        return new

    def assert_all_applied(self) -> None:
        used = set(self.reverse.values())
        unused = [k for k in self.renames if k not in used]
        if unused:
            raise ValueError(
                f"The following Logical IDs were attempted to be renamed, but not found: {', '.join(unused)}"
            )


class Stack(Construct):
    """A root construct that becomes one CloudFormation template."""

    def __init__(
        self,
        scope: Construct | None = None,
        id: str | None = None,
        *,
        analytics_reporting: bool | None = None,
        cross_region_references: bool | None = None,
        description: str | None = None,
        env: Environment | Mapping[str, Any] | None = None,
        notification_arns: list[str] | None = None,
        permissions_boundary: Any = None,
        property_injectors: Any = None,
        stack_name: str | None = None,
        suppress_template_indentation: bool | None = None,
        synthesizer: Any = None,
        tags: Mapping[str, str] | None = None,
        termination_protection: bool | None = None,
    ) -> None:
        if scope is None:
            from purecdk.core.app import App

            scope = App(auto_synth=False)
        if id is None:
            id = "Default"
        super().__init__(scope, id)
        self._cached_of = self
        self._stack_dependencies: dict[int, tuple[Stack, list[str]]] = {}
        self._logical_ids = _LogicalIdRenames()
        self._allocated_logical_ids: dict[int, tuple[Any, str]] = {}
        # element fragments rendered while references were discovered (see ``_use_prerendered``)
        self._prerendered: tuple[object, dict[int, tuple[Any, Any]]] | None = None
        self.template_options = TemplateOptions()
        self._cross_region_references = bool(cross_region_references)
        self._suppress_template_indentation = bool(suppress_template_indentation)
        self._notification_arns = notification_arns
        self._missing_context: list[dict[str, Any]] = []

        if description is not None:
            if len(description) > 512:
                raise ValueError(f"Stack description must be <= 1024 bytes. Received description: '{description}'")
            self.template_options.description = description

        account = get_field(env, "account")
        region = get_field(env, "region")
        from purecdk.core.stage import Stage

        stage = Stage.of(self)
        if account is None and stage is not None:
            account = stage.account
        if region is None and stage is not None:
            region = stage.region
        self.account: str = account if account is not None else Aws.ACCOUNT_ID
        self.region: str = region if region is not None else Aws.REGION
        env_account = self.account if not unresolved(self.account) else UNKNOWN_ACCOUNT
        env_region = self.region if not unresolved(self.region) else UNKNOWN_REGION
        self.environment: str = format_environment(env_account, env_region)

        self.termination_protection: bool = bool(termination_protection)
        self.artifact_id: str = self._generate_stack_id()
        self._stack_name: str = stack_name if stack_name is not None else self._generate_stack_name()
        if len(self._stack_name) > 128:
            raise ValueError(f"Stack name must be <= 128 characters. Stack name: '{self._stack_name}'")
        if not unresolved(self._stack_name) and not _VALID_STACK_NAME.match(self._stack_name):
            raise ValueError(
                f"Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '{self._stack_name}'"
            )
        self.tags = TagManager(TagType.KEY_VALUE, "aws:cdk:stack", dict(tags or {}))
        self.template_file: str = f"{self.artifact_id}.template.json"
        from purecdk.core.metadata_resource import version_reporting_enabled

        self._version_reporting_enabled = version_reporting_enabled(self, analytics_reporting)

        from purecdk.core.synthesizer import DefaultStackSynthesizer

        self.synthesizer = synthesizer if synthesizer is not None else DefaultStackSynthesizer()
        self.synthesizer.bind(self)

    # -- finding stacks ------------------------------------------------------------------------------

    @staticmethod
    def of(construct: Any) -> Stack:
        """The stack a construct belongs to; raises if it has none."""
        cached = getattr(construct, "_cached_of", None)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        node = construct
        while node is not None:
            if isinstance(node, Stack):
                try:
                    construct._cached_of = node  # a construct never changes its scope
                except AttributeError:
                    pass
                return node
            node = node.node.scope
        raise ValueError(
            f"{construct.node.path or '<root>'} should be created in the scope of a Stack, but no Stack found"
        )

    @staticmethod
    def is_stack(x: Any) -> bool:
        """Whether ``x`` is a ``Stack``."""
        return isinstance(x, Stack)

    @property
    def nested(self) -> bool:
        """Whether this is a nested stack (never, in purecdk)."""
        return False

    @property
    def nested_stack_parent(self) -> Stack | None:
        """The parent of a nested stack (always ``None``)."""
        return None

    # -- identity ------------------------------------------------------------------------------------

    def _generate_stack_id(self) -> str:
        from purecdk.core.stage import Stage

        stage = Stage.of(self)
        ids: list[str] = []
        for scope in reversed(self.node.scopes):
            if scope is stage:
                break
            ids.append(scope.node.id)
        ids.reverse()
        if len(ids) == 1:
            return ids[0]
        return make_unique_resource_name(ids, max_length=128, allowed_special_characters="-")

    def _generate_stack_name(self) -> str:
        from purecdk.core.stage import Stage

        stage = Stage.of(self)
        prefix = f"{stage.stage_name}-" if stage is not None and stage.stage_name else ""
        return f"{prefix}{self._generate_stack_id()}"

    @property
    def stack_name(self) -> str:
        """The CloudFormation stack name (a literal, unlike ``Aws.STACK_NAME``)."""
        return self._stack_name

    @property
    def partition(self) -> str:
        """The partition (a literal when the region is known and partition literals are on)."""
        if not FeatureFlags.of(self).is_enabled("@aws-cdk/core:enablePartitionLiterals") or unresolved(self.region):
            return Aws.PARTITION
        return partition_of_region(self.region)

    @property
    def url_suffix(self) -> str:
        """``AWS::URLSuffix`` (unscoped, like the partition)."""
        return Aws.URL_SUFFIX

    @property
    def stack_id(self) -> str:
        """``AWS::StackId`` of this stack."""
        return ScopedAws(self).stack_id

    @property
    def notification_arns(self) -> list[str]:
        """``AWS::NotificationARNs`` of this stack."""
        return ScopedAws(self).notification_arns

    @property
    def availability_zones(self) -> list[str]:
        """Two availability zones of the region (``Fn::GetAZs`` picks, when environment-agnostic)."""
        from purecdk.core.fn import Fn

        azs = Fn.get_azs()
        return [Fn.select(0, azs), Fn.select(1, azs)]

    @property
    def template_file_name(self) -> str:
        """The template file's name in the cloud assembly."""
        return self.template_file

    # -- tokens --------------------------------------------------------------------------------------

    def resolve(self, obj: Any) -> Any:
        """Resolve every token in ``obj`` in the context of this stack."""
        from purecdk.core.tokens.json_null import without_json_nulls
        from purecdk.core.tokens.resolve import resolve

        return without_json_nulls(resolve(obj, scope=self))

    def to_json_string(self, obj: Any, space: int | None = None) -> str:
        """``obj`` as a JSON string; tokens inside become an ``Fn::Join`` at synthesis."""
        from purecdk.core.json_string import to_json_string

        return to_json_string(obj, space)

    # -- logical ids ---------------------------------------------------------------------------------

    def get_logical_id(self, element: Any) -> str:
        """The logical id of ``element`` in this stack."""
        return self._logical_ids.apply(self.allocate_logical_id(element), element.node.path)

    def allocate_logical_id(self, element: Any) -> str:
        """Compute the logical id of ``element`` from its path below this stack."""
        # a construct's path never changes, so neither does this id: computed once per element (it is asked for
        # every time a template, tree.json or reference mentions the element)
        cached = self._allocated_logical_ids.get(id(element))
        if cached is not None and cached[0] is element:
            return cached[1]
        scopes = element.node.scopes
        index = scopes.index(self)
        logical_id = make_unique_id([c.node.id for c in scopes[index + 1 :]])
        self._allocated_logical_ids[id(element)] = (element, logical_id)
        return logical_id

    def rename_logical_id(self, old_id: str, new_id: str) -> None:
        """Rename a logical id everywhere in this stack."""
        self._logical_ids.add(old_id, new_id)

    # -- template ------------------------------------------------------------------------------------

    def add_transform(self, transform: str) -> None:
        """Add a template transform (e.g. ``AWS::Serverless-2016-10-31``)."""
        if self.template_options.transforms is None:
            self.template_options.transforms = []
        self.template_options.transforms.append(transform)

    def add_metadata(self, key: str, value: Any) -> None:
        """Add an entry to the template's ``Metadata``."""
        if self.template_options.metadata is None:
            self.template_options.metadata = {}
        self.template_options.metadata[key] = value

    def _cfn_elements(self) -> list[Any]:
        from purecdk.core.cfn_element import CfnElement

        found: list[Any] = []
        stack: list[Construct] = list(reversed(self.node.children))
        while stack:
            current = stack.pop()
            if isinstance(current, Stack):
                continue
            if isinstance(current, CfnElement):
                found.append(current)
            stack.extend(reversed(current.node.children))
        return found

    def _to_cloud_formation(self) -> dict[str, Any]:
        """The resolved template of this stack."""
        transforms = self.template_options.transforms
        transform: Any = None
        if transforms:
            unique: list[str] = []
            for t in transforms:
                if t not in unique:
                    unique.append(t)
            transform = unique[0] if len(unique) == 1 else unique
        template: dict[str, Any] = {
            "Description": self.template_options.description,
            "Transform": transform,
            "AWSTemplateFormatVersion": self.template_options.template_format_version,
            "Metadata": self.template_options.metadata,
        }
        from purecdk.core.tokens.json_null import without_json_nulls
        from purecdk.core.tokens.resolve import resolve

        # JSON nulls stay JSON_NULL until the end: resolving the merged template again drops every None
        prerendered = self._take_prerendered()
        for element in self._cfn_elements():
            cached = prerendered.get(id(element))
            if cached is not None and cached[0] is element:
                fragment = cached[1]
            else:
                fragment = resolve(element._to_cloud_formation(), scope=self)
            _merge_section(template, fragment, element)
        result = without_json_nulls(resolve(template, scope=self)) or {}
        self._logical_ids.assert_all_applied()
        return result

    def _use_prerendered(self, fragments: dict[int, tuple[Any, Any]]) -> None:
        """Let the next rendering of the template in this synthesis take these resolved element fragments
        (``id(element)`` -> ``(element, resolve(element._to_cloud_formation(), scope=stack))``) instead of resolving
        those elements again: reference discovery rendered them once already, and nothing they depend on
        changed since."""
        from purecdk.core.synthesis import active_synthesis

        self._prerendered = (active_synthesis(), fragments)

    def _take_prerendered(self) -> dict[int, tuple[Any, Any]]:
        from purecdk.core.synthesis import active_synthesis

        prerendered, self._prerendered = self._prerendered, None
        if prerendered is None or prerendered[0] is None or prerendered[0] is not active_synthesis():
            return {}
        return prerendered[1]

    # -- dependencies --------------------------------------------------------------------------------

    def add_dependency(self, target: Stack, reason: str | None = None) -> None:
        """Deploy ``target`` before this stack."""
        from purecdk.core.deps import add_dependency

        add_dependency(self, target, reason or f"{{{self.node.path}}}.addDependency({{{target.node.path}}})")

    def add_stack_dependency(self, target: Stack, reason: str | None = None) -> None:
        """Deploy ``target`` before this stack."""
        from purecdk.core.deps import add_dependency

        add_dependency(self, target, reason or f"<{self.node.path}>.addStackDependency(<{target.node.path}>)")

    def _add_assembly_dependency(self, target: Stack, reason: str | None, *_: Any) -> None:
        if target is self:
            return
        if target._depends_on(self):
            raise ValueError(
                f"'{target.node.path}' depends on '{self.node.path}'. "
                f"Adding this dependency ({reason}) would create a cyclic reference."
            )
        entry = self._stack_dependencies.setdefault(id(target), (target, []))
        if reason and reason not in entry[1]:
            entry[1].append(reason)

    def _depends_on(self, other: Stack) -> bool:
        seen: set[int] = set()
        todo = [self]
        while todo:
            current = todo.pop()
            if current is other:
                return True
            if id(current) in seen:
                continue
            seen.add(id(current))
            todo.extend(dep for dep, _ in current._stack_dependencies.values())
        return False

    @property
    def dependencies(self) -> list[Stack]:
        """The stacks this stack depends on."""
        return [dep for dep, _ in self._stack_dependencies.values()]

    # -- exports -------------------------------------------------------------------------------------

    def export_value(
        self, exported_value: Any, options: Any = None, *, name: str | None = None, description: str | None = None
    ) -> str:
        """Export a value of this stack; returns the ``Fn::ImportValue`` that reads it."""
        from purecdk.core.references import export_value

        name = name if name is not None else get_field(options, "name")
        description = description if description is not None else get_field(options, "description")
        return export_value(self, exported_value, name=name, description=description)

    def export_string_list_value(
        self, exported_value: Any, options: Any = None, *, name: str | None = None, description: str | None = None
    ) -> list[str]:
        """Export a list of strings; returns the imported list."""
        from purecdk.core.references import export_string_list_value

        name = name if name is not None else get_field(options, "name")
        description = description if description is not None else get_field(options, "description")
        return export_string_list_value(self, exported_value, name=name, description=description)

    # -- context lookups -----------------------------------------------------------------------------

    def report_missing_context_key(self, report: Mapping[str, Any]) -> None:
        """Record a context lookup that has no value yet (written to the manifest's ``missing`` list)."""
        self._missing_context.append(dict(report))

    # -- ARNs ----------------------------------------------------------------------------------------

    def format_arn(self, components: Any = None, **kwargs: Any) -> str:
        """An ARN in this stack's partition, region and account unless the components say otherwise."""
        if components is None:
            components = kwargs
        return Arn.format(components, self)

    def split_arn(self, arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Split an ARN into its components."""
        return Arn.split(arn, arn_format)

    # -- misc ----------------------------------------------------------------------------------------

    def resource_count_check(self, template: Mapping[str, Any]) -> None:
        """Fail when the template has more resources than CloudFormation allows."""
        count = len(template.get("Resources", {}) or {})
        max_resources = self.node.try_get_context("@aws-cdk/core:stackResourceLimit")
        limit = int(max_resources) if max_resources is not None else _MAX_RESOURCES
        if limit > 0 and count > limit:
            raise ValueError(
                f"Number of resources in stack '{self.node.path}': {count} is greater than allowed maximum of {limit}"
            )


def _merge_section(template: dict[str, Any], fragment: Any, element: Any) -> None:
    if not isinstance(fragment, dict):
        return
    for section, value in fragment.items():
        if section not in template or template[section] is None:
            template[section] = value
            continue
        existing = template[section]
        if isinstance(existing, dict) and isinstance(value, dict):
            for key, sub in value.items():
                if key in existing:
                    raise ValueError(
                        f"section '{section}' already contains '{key}' "
                        f"(while adding {element.node.path}); logical ids must be unique within a stack"
                    )
                existing[key] = sub
        else:
            template[section] = value
