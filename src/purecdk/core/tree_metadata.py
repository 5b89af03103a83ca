"""``tree.json``: the construct tree as the ``cdk`` CLI and the console read it."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.tokens.js import js_json_dumps

CDK_LIB = "aws-cdk-lib"
LIBRARY_VERSION = "2.275.0"
CONSTRUCTS_VERSION = "10.8.1"


def construct_fqn(construct: Any) -> tuple[str, str]:
    """The aws-cdk-lib class name a construct corresponds to, and that library's version."""
    for cls in type(construct).__mro__:
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
        root = self.node.root
        tree = {"version": "tree-0.1", "tree": self._node_info(root)}
        session.write_file("tree.json", js_json_dumps(tree))
        session.add_artifact("Tree", {"type": "cdk:tree", "properties": {"file": "tree.json"}})

    def _node_info(self, construct: Any) -> dict[str, Any]:
        from purecdk.core.cfn_resource import CfnResource
        from purecdk.core.stack import Stack

        fqn, version = construct_fqn(construct)
        info: dict[str, Any] = {
            "id": construct.node.id or "App",
            "path": construct.node.path,
            "constructInfo": {"fqn": fqn, "version": version},
        }
        children = construct.node.children
        if children:
            info["children"] = {c.node.id: self._node_info(c) for c in children}
        if isinstance(construct, CfnResource):
            stack = Stack.of(construct)
            info["attributes"] = {
                "aws:cdk:cloudformation:type": construct.cfn_resource_type,
                "aws:cdk:cloudformation:logicalId": stack.resolve(construct.logical_id),
                "aws:cdk:cloudformation:props": _resolved_properties(construct, stack),
            }
        return info


def _resolved_properties(resource: Any, stack: Any) -> Any:
    """The resource's resolved properties: as its template rendered them in this synthesis, else resolved now."""
    from purecdk.core.synthesis import active_synthesis

    rendered = getattr(resource, "_resolved_properties_for_tree", None)
    if rendered is not None and rendered[0] is active_synthesis() and rendered[0] is not None:
        from purecdk.core.tokens.json_null import without_json_nulls

        return without_json_nulls(rendered[1])
    return stack.resolve(resource._cfn_properties) or {}
