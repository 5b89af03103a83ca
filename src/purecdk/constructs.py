"""The construct tree: ``Construct`` and its ``Node`` (what the ``constructs`` package is to aws-cdk-lib)."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

from purecdk import _digests as digests

__all__ = [
    "Construct",
    "ConstructOrder",
    "Dependable",
    "DependencyGroup",
    "IConstruct",
    "IDependable",
    "IValidation",
    "MetadataEntry",
    "Node",
]

PATH_SEP = "/"


@runtime_checkable
class IDependable(Protocol):
    """Something that other constructs can depend on (a construct, or a group of them)."""


@runtime_checkable
class IConstruct(Protocol):
    """Anything with a construct ``node``."""

    @property
    def node(self) -> Node: ...


@runtime_checkable
class IValidation(Protocol):
    """An object whose ``validate()`` returns a list of error messages (empty when valid)."""

    def validate(self) -> list[str]: ...


class ConstructOrder(enum.Enum):
    """Traversal order of ``Node.find_all``."""

    PREORDER = "PREORDER"
    POSTORDER = "POSTORDER"


class MetadataEntry(dict):  # type: ignore[type-arg]
    """A metadata entry: ``{"type": ..., "data": ..., "trace": ...}``."""

    @property
    def type(self) -> str:
        """The entry's type, e.g. ``aws:cdk:logicalId``."""
        return str(self["type"])

    @property
    def data(self) -> Any:
        """The entry's payload."""
        return self.get("data")


class Dependable:
    """Tells what a dependency on an object really means: which constructs it stands for."""

    _TRAIT = "_purecdk_dependable"

    @staticmethod
    def implement(instance: object, trait: Dependable) -> None:
        """Attach ``trait`` to ``instance``."""
        setattr(instance, Dependable._TRAIT, trait)

    @staticmethod
    def of(instance: object) -> Dependable:
        """The trait of ``instance`` (constructs are their own dependency root)."""
        trait = getattr(instance, Dependable._TRAIT, None)
        if trait is not None:
            return trait  # type: ignore[no-any-return]
        if isinstance(instance, Construct):
            return _ConstructDependable(instance)
        raise TypeError(f"{instance!r} does not implement IDependable; pass a construct or a DependencyGroup")

    @staticmethod
    def get(instance: object) -> Dependable:
        """Deprecated alias of ``of``."""
        return Dependable.of(instance)

    @property
    def dependency_roots(self) -> list[Construct]:
        """The constructs a dependency on this object stands for."""
        raise NotImplementedError


class _ConstructDependable(Dependable):
    def __init__(self, construct: Construct) -> None:
        self._construct = construct

    @property
    def dependency_roots(self) -> list[Construct]:
        return [self._construct]


class DependencyGroup(Dependable):
    """A set of dependables that can be depended on as one."""

    def __init__(self, *deps: object) -> None:
        self._deps: list[object] = []
        self.add(*deps)
        Dependable.implement(self, self)

    def add(self, *scopes: object) -> None:
        """Add more dependables to the group."""
        self._deps.extend(scopes)

    @property
    def dependency_roots(self) -> list[Construct]:
        roots: list[Construct] = []
        for dep in self._deps:
            for root in Dependable.of(dep).dependency_roots:
                if root not in roots:
                    roots.append(root)
        return roots


def _sanitize_id(id: str) -> str:
    # like the constructs library: a path separator inside an id becomes "--"
    return id.replace(PATH_SEP, "--")


class Node:
    """The construct tree node of a construct: its id, path, scope, children, metadata and context."""

    PATH_SEP = PATH_SEP

    __slots__ = (
        "host",
        "scope",
        "id",
        "_children",
        "_context",
        "_metadata",
        "_dependencies",
        "_validations",
        "_locked",
        "_default_child",
        "_path",
    )

    def __init__(self, host: Construct, scope: Construct | None, id: str) -> None:
        id = id if id is not None else ""
        if not isinstance(id, str):
            raise TypeError(f"Construct id must be a string, got {type(id).__name__} ({id!r})")
        self.host = host
        self.scope: Construct | None = scope
        self.id: str = _sanitize_id(id)
        self._children: dict[str, Construct] = {}
        self._context: dict[str, Any] = {}
        self._metadata: list[MetadataEntry] = []
        self._dependencies: list[object] = []
        self._validations: list[IValidation] = []
        self._locked = False
        self._default_child: Construct | None = None
        self._path: str | None = None
        if scope is not None:
            if not self.id:
                raise ValueError(
                    f"Only root constructs may have an empty ID (adding a child to '{scope.node.path}')"
                )
            scope.node._add_child(self.id, host)

    @staticmethod
    def of(construct: IConstruct) -> Node:
        """The node of ``construct`` (same as ``construct.node``)."""
        return construct.node

    # -- identity -------------------------------------------------------------------------------------

    @property
    def path(self) -> str:
        """The path of this construct from the root, ids joined by ``/`` (the root's path is empty)."""
        if self._path is None:
            components = [c.node.id for c in self.scopes[1:]]
            self._path = PATH_SEP.join(components)
        return self._path

    @property
    def scopes(self) -> list[Construct]:
        """All constructs from the root down to and including this one."""
        chain: list[Construct] = []
        current: Construct | None = self.host
        while current is not None:
            chain.append(current)
            current = current.node.scope
        chain.reverse()
        return chain

    @property
    def root(self) -> Construct:
        """The root of the tree (usually the ``App``)."""
        current = self.host
        while current.node.scope is not None:
            current = current.node.scope
        return current

    @property
    def addr(self) -> str:
        """A 42-character address unique in the tree ("c8" + SHA-1 of the path, "Default" ids skipped)."""
        digest = digests.sha1()
        for component in self.scopes:
            cid = component.node.id
            if cid == "Default":
                continue
            digest.update(cid.encode("utf-8"))
            digest.update(b"\n")
        return "c8" + digest.hexdigest()

    @property
    def unique_id(self) -> str:
        """Deprecated: a logical-id-like unique id of this construct's path. Prefer ``addr``."""
        from purecdk.core.unique_id import make_unique_id

        return make_unique_id([c.node.id for c in self.scopes[1:]])

    @property
    def locked(self) -> bool:
        """Whether the tree is locked against new children (it is during synthesis)."""
        node: Node | None = self
        while node is not None:
            if node._locked:
                return True
            node = node.scope.node if node.scope is not None else None
        return False

    def lock(self) -> None:
        """Forbid new children under this construct."""
        self._locked = True

    def unlock(self) -> None:
        """Allow new children again."""
        self._locked = False

    # -- children -------------------------------------------------------------------------------------

    def _add_child(self, child_id: str, child: Construct) -> None:
        if self.locked:
            if not self.path:
                raise RuntimeError("Cannot add children during synthesis")
            raise RuntimeError(f"Cannot add children to \"{self.path}\" during synthesis")
        if child_id in self._children:
            kind = type(self.host).__name__
            where = f" [{self.path}]" if self.path else ""
            raise ValueError(
                f"There is already a Construct with name '{child_id}' in {kind}{where}; "
                "choose a different id for the new construct"
            )
        self._children[child_id] = child

    @property
    def children(self) -> list[Construct]:
        """The direct children, in the order they were added."""
        return list(self._children.values())

    def try_find_child(self, id: str) -> Construct | None:
        """The direct child with this id, or ``None``."""
        return self._children.get(_sanitize_id(id))

    def find_child(self, id: str) -> Construct:
        """The direct child with this id; raises if there is none."""
        child = self.try_find_child(id)
        if child is None:
            raise KeyError(f"No child with id: '{id}' under '{self.path}'")
        return child

    def try_remove_child(self, child_name: str) -> bool:
        """Remove the child with this id; returns whether there was one."""
        return self._children.pop(child_name, None) is not None

    def find_all(self, order: ConstructOrder = ConstructOrder.PREORDER) -> list[Construct]:
        """This construct and all its descendants, depth first."""
        result: list[Construct] = []
        if order is ConstructOrder.PREORDER:
            stack = [self.host]
            while stack:
                current = stack.pop()
                result.append(current)
                stack.extend(reversed(current.node.children))
            return result

        def visit(c: Construct) -> None:
            for child in c.node.children:
                visit(child)
            result.append(c)

        visit(self.host)
        return result

    @property
    def default_child(self) -> Construct | None:
        """The child that represents this construct (the child named "Resource" or "Default")."""
        if self._default_child is not None:
            return self._default_child
        resource = self._children.get("Resource")
        default = self._children.get("Default")
        if resource is not None and default is not None:
            raise RuntimeError(
                f"Cannot determine default child for {self.path}. "
                "There is both a child with id 'Resource' and id 'Default'"
            )
        return default if default is not None else resource

    @default_child.setter
    def default_child(self, value: Construct | None) -> None:
        self._default_child = value

    # -- context --------------------------------------------------------------------------------------

    def set_context(self, key: str, value: Any) -> None:
        """Set context under ``key``; only allowed before children are added."""
        if self._children:
            names = ", ".join(self._children)
            raise RuntimeError(
                f"Cannot set context after children have been added: {names} (at '{self.path}')"
            )
        self._context[key] = value

    def try_get_context(self, key: str) -> Any:
        """The context value for ``key`` from this node or the nearest ancestor, or ``None``."""
        node: Node | None = self
        while node is not None:
            if key in node._context:
                return node._context[key]
            node = node.scope.node if node.scope is not None else None
        return None

    def get_context(self, key: str) -> Any:
        """The context value for ``key``; raises if it is not set."""
        value = self.try_get_context(key)
        if value is None:
            raise KeyError(f"No context value present for {key} key (at '{self.path}')")
        return value

    def get_all_context(self, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """All context visible from here, nearest values winning."""
        merged: dict[str, Any] = dict(defaults or {})
        for scope in self.scopes:
            merged.update(scope.node._context)
        return merged

    # -- metadata -------------------------------------------------------------------------------------

    @property
    def metadata(self) -> list[MetadataEntry]:
        """The metadata entries added to this construct."""
        return list(self._metadata)

    def add_metadata(self, type: str, data: Any, options: Mapping[str, Any] | None = None) -> None:
        """Add a metadata entry (ignored when ``data`` is ``None``)."""
        if data is None:
            return
        self._metadata.append(MetadataEntry(type=type, data=data))

    # -- dependencies ---------------------------------------------------------------------------------

    def add_dependency(self, *deps: object) -> None:
        """Make this construct depend on ``deps`` (constructs or dependables)."""
        self._dependencies.extend(deps)

    @property
    def dependencies(self) -> list[Construct]:
        """The constructs this construct depends on."""
        result: list[Construct] = []
        for dep in self._dependencies:
            for root in Dependable.of(dep).dependency_roots:
                if root not in result:
                    result.append(root)
        return result

    # -- mixins ---------------------------------------------------------------------------------------

    def with_(self, *mixins: Any) -> Construct:
        """Apply each mixin to every construct of this subtree that it supports; returns the host."""
        from purecdk.core.metadata_resource import mixin_recorder

        constructs = self.find_all()
        record = mixin_recorder(self.host)
        for mixin in mixins:
            for construct in constructs:
                if mixin.supports(construct):
                    record(construct, mixin)
                    mixin.apply_to(construct)
        return self.host

    # -- validation -----------------------------------------------------------------------------------

    def add_validation(self, validation: IValidation) -> None:
        """Add a validation run at synthesis; its messages fail synthesis."""
        self._validations.append(validation)

    def validate(self) -> list[str]:
        """Run this node's validations; returns their error messages."""
        errors: list[str] = []
        for validation in self._validations:
            errors.extend(validation.validate())
        return errors


class Construct:
    """The base of every construct: a node in the construct tree."""

    def __init__(self, scope: Construct | None, id: str) -> None:
        self._node = Node(self, scope, id)

    @property
    def node(self) -> Node:
        """The tree node of this construct."""
        return self._node

    def with_(self, *mixins: Any) -> Construct:
        """Apply mixins to this construct and its children (those each mixin supports); returns ``self``."""
        return self._node.with_(*mixins)

    @staticmethod
    def is_construct(x: object) -> bool:
        """Whether ``x`` is a construct."""
        return isinstance(x, Construct)

    def __str__(self) -> str:
        return self._node.path or "<root>"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._node.path or '<root>'}>"


def iter_constructs(items: Iterable[Any]) -> list[Construct]:
    """The constructs among ``items``."""
    return [x for x in items if isinstance(x, Construct)]
