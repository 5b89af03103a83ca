"""``tree.json``: the construct tree as the ``cdk`` CLI and the console read it."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.tokens.js import _js_key_order, js_json_dumps

CDK_LIB = "aws-cdk-lib"
LIBRARY_VERSION = "2.275.0"
CONSTRUCTS_VERSION = "10.8.1"


_FQNS: dict[type, tuple[str, str]] = {}
"""``construct_fqn`` by construct class (it depends on the class only)."""


def construct_fqn(construct: Any) -> tuple[str, str]:
    """The aws-cdk-lib class name a construct corresponds to, and that library's version."""
    construct_class = type(construct)
    fqn = _FQNS.get(construct_class)
    if fqn is None:
        fqn = _FQNS[construct_class] = _class_fqn(construct_class)
    return fqn


def _class_fqn(construct_class: type) -> tuple[str, str]:
    for cls in construct_class.__mro__:
        fqn = cls.__dict__.get("_FQN")
        if fqn:
            return str(fqn), (CONSTRUCTS_VERSION if str(fqn).startswith("constructs.") else LIBRARY_VERSION)
        if cls.__module__.startswith("purecdk."):
            if cls.__name__.startswith("_"):
                continue  # a private class reports its nearest public base, as jsii's runtime info does
            if cls.__name__ == "Construct":
                return "constructs.Construct", CONSTRUCTS_VERSION
            module = cls.__module__.split(".")
            service = next((m for m in module if m.startswith("aws_")), None)
            name = f"{CDK_LIB}.{service}.{cls.__name__}" if service else f"{CDK_LIB}.{cls.__name__}"
            return name, LIBRARY_VERSION
    return "constructs.Construct", CONSTRUCTS_VERSION


class TreeMetadata(Construct):
    """Writes ``tree.json`` at synthesis."""

    _FQN = "constructs.Construct"

    def synthesize(self, session: Any) -> None:
        """Write the tree file and its artifact."""
        parts = ['{"version":"tree-0.1","tree":']
        self._write_node(self.node.root, parts)
        parts.append("}")
        session.write_parts("tree.json", parts)
        session.add_artifact("Tree", {"type": "cdk:tree", "properties": {"file": "tree.json"}})

    def _write_node(self, construct: Any, parts: list[str]) -> None:
        """Append the JSON of ``construct``'s node and, depth first, of its children's to ``parts``.

        The text is what ``js_json_dumps`` makes of the whole tree (children in JavaScript's key order), written
        while the tree is walked instead of from one nested object of it: for a large app that object and its
        JSON would otherwise be alive at once, on top of everything synthesis holds.
        """
        from purecdk.core.cfn_resource import CfnResource
        from purecdk.core.stack import Stack

        fqn, version = construct_fqn(construct)
        node = construct.node
        info = {"id": node.id or "App", "path": node.path, "constructInfo": {"fqn": fqn, "version": version}}
        head = js_json_dumps(info)
        children = node.children
        is_resource = isinstance(construct, CfnResource)
        if not children and not is_resource:
            parts.append(head)
            return
        parts.append(head[:-1])  # without its closing brace
        if children:
            parts.append(',"children":{')
            for index, (child_id, child) in enumerate(_js_key_order({c.node.id: c for c in children})):
                parts.append(("," if index else "") + js_json_dumps(child_id) + ":")
                self._write_node(child, parts)
            parts.append("}")
        if is_resource:
            attributes = {
                "aws:cdk:cloudformation:type": construct.cfn_resource_type,
                "aws:cdk:cloudformation:logicalId": construct._resolved_logical_id(),
                "aws:cdk:cloudformation:props": _resolved_properties(construct, Stack.of(construct)),
            }
            parts.append(',"attributes":' + js_json_dumps(attributes))
        parts.append("}")


def _resolved_properties(resource: Any, stack: Any) -> Any:
    """The resource's resolved properties: as its template rendered them in this synthesis, else resolved now."""
    from purecdk.core.synthesis import active_synthesis

    rendered = getattr(resource, "_resolved_properties_for_tree", None)
    if rendered is not None and rendered[0] is active_synthesis() and rendered[0] is not None:
        from purecdk.core.tokens.json_null import without_json_nulls

        return without_json_nulls(rendered[1])
    return stack.resolve(resource._cfn_properties) or {}
