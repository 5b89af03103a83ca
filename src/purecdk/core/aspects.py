"""``Aspects``: visitors applied to every construct of a scope at synthesis time."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field


@runtime_checkable
class IAspect(Protocol):
    """A visitor: ``visit(node)`` is called for every construct in the scope it was added to."""

    def visit(self, node: Any) -> None: ...


class AspectPriority:
    """Standard aspect priorities (lower runs first)."""

    MUTATING = 200
    READONLY = 1000
    DEFAULT = 500


class AspectApplication(Struct, frozen=False):
    """An aspect added to a construct, with its priority."""

    construct: Any
    aspect: Any
    priority: int


_ATTR = "_purecdk_aspects"


class Aspects:
    """The aspects added to one construct."""

    def __init__(self, scope: Any) -> None:
        self._scope = scope
        if not hasattr(scope, _ATTR):
            setattr(scope, _ATTR, [])
        self._applications: list[AspectApplication] = getattr(scope, _ATTR)

    @staticmethod
    def of(scope: Any) -> Aspects:
        """The aspects of ``scope``."""
        return Aspects(scope)

    def add(self, aspect: Any, options: Any = None, *, priority: int | None = None) -> None:
        """Apply ``aspect`` to this scope and everything below it."""
        if not callable(getattr(aspect, "visit", None)):
            raise TypeError(
                f"An aspect must have a visit(node) method, got {aspect!r} (adding to '{self._scope.node.path}')"
            )
        if priority is None:
            priority = get_field(options, "priority")
        if priority is None:
            priority = AspectPriority.DEFAULT
        if any(app.aspect is aspect for app in self._applications):
            return
        self._applications.append(AspectApplication(self._scope, aspect, priority))

    @property
    def all(self) -> list[Any]:
        """The aspects added here."""
        return [app.aspect for app in self._applications]

    @property
    def applied(self) -> list[AspectApplication]:
        """The aspect applications added here."""
        return list(self._applications)


def invoke_aspects(root: Any) -> None:
    """Invoke all aspects, repeating until the tree stops changing (aspect stabilization)."""
    from purecdk.core.stage import Stage

    invoked_by_path: dict[str, list[AspectApplication]] = {}

    def recurse(construct: Any, inherited: list[AspectApplication]) -> bool:
        did_something = False
        local = getattr(construct, _ATTR, None)
        # ``inherited`` is sorted already (a stable sort keeps it as it is)
        here = sorted([*inherited, *local], key=lambda a: a.priority) if local else inherited
        path = construct.node.path if here else ""
        for app in here:
            invoked = invoked_by_path.setdefault(path, [])
            if any(i.aspect is app.aspect for i in invoked):
                continue
            if invoked and invoked[-1].priority > app.priority:
                raise RuntimeError(
                    f"Cannot invoke Aspect {type(app.aspect).__name__} with priority {app.priority} on node "
                    f"{path}: an Aspect {type(invoked[-1].aspect).__name__} with a lower priority has already "
                    "been invoked."
                )
            app.aspect.visit(construct)
            did_something = True
            invoked.append(app)
        child_did = False
        for child in construct.node.children:
            if not isinstance(child, Stage) or child is root:
                child_did = recurse(child, here) or child_did
        return did_something or child_did

    recurse(root, [])
    for _ in range(101):
        if not recurse(root, []):
            return
    raise RuntimeError(
        "We have detected a possible infinite loop while invoking Aspects. Please check your Aspects and verify "
        "there is no configuration that would cause infinite Aspect or Node creation."
    )
