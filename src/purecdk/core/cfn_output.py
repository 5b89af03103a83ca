"""``CfnOutput``: a stack output, optionally exported."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnElement


class CfnOutput(CfnElement):
    """An output of the stack's template."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        value: str,
        condition: Any = None,
        description: str | None = None,
        export_name: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if value is None:
            raise ValueError(f"CfnOutput.value must not be undefined, but it was undefined at {self.node.path}")
        self.value = value
        self.condition = condition
        self.description = description
        self.export_name = export_name
        if key is not None:
            self.override_logical_id(key)

    @property
    def key(self) -> str:
        """The output's key (its logical id) as a token."""
        return self.logical_id

    @property
    def import_value(self) -> str:
        """``Fn::ImportValue`` of this output's export (it must have an ``export_name``)."""
        from purecdk.core.fn import Fn

        if not self.export_name:
            raise ValueError(
                f"Add an exportName to the CfnOutput at '{self.node.path}' in order to use 'output.importValue'"
            )
        return Fn.import_value(self.export_name)

    def _to_cloud_formation(self) -> dict[str, Any]:
        return {
            "Outputs": {
                self.logical_id: {
                    "Description": self.description,
                    "Value": self.value,
                    "Export": {"Name": self.export_name} if self.export_name is not None else None,
                    "Condition": self.condition.logical_id if self.condition is not None else None,
                }
            }
        }
