"""``CfnRule``: a template rule with assertions."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnRefElement
from purecdk.core.struct_class import Struct
from purecdk.core.structs import capitalize_property_names


class CfnRuleAssertion(Struct):
    """One assertion of a rule: a condition and the message shown when it fails."""

    assert_: Any
    assert_description: str


class CfnRule(CfnRefElement):
    """A rule: assertions on parameter values, evaluated before stack creation or update."""

    def __init__(
        self, scope: Construct, id: str, *, assertions: list[Any] | None = None, rule_condition: Any = None
    ) -> None:
        super().__init__(scope, id)
        self.rule_condition = rule_condition
        self.assertions: list[Any] | None = list(assertions) if assertions is not None else None

    def add_assertion(self, condition: Any, description: str) -> None:
        """Add an assertion."""
        if self.assertions is None:
            self.assertions = []
        self.assertions.append(CfnRuleAssertion(assert_=condition, assert_description=description))

    def _to_cloud_formation(self) -> dict[str, Any]:
        return {
            "Rules": {
                self.logical_id: {
                    "RuleCondition": self.rule_condition,
                    "Assertions": _CapitalizedAssertions(self.assertions),
                }
            }
        }


class _CapitalizedAssertions:
    def __init__(self, assertions: list[Any] | None) -> None:
        self._assertions = assertions

    def resolve(self, context: Any) -> Any:
        if self._assertions is None:
            return None
        from purecdk.core.structs import to_jsii_value

        return capitalize_property_names(context.resolve(to_jsii_value(self._assertions)))
