"""The log group a function gets under ``@aws-cdk/aws-lambda:useCdkManagedLogGroup`` (``AWS::Logs::LogGroup``).

purecdk has no ``aws_logs`` library; this is the part of ``logs.LogGroup`` Lambda needs: a named log group kept
for two years and retained when the stack is deleted.
"""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.arn import ArnFormat
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.resource import Resource
from purecdk.core.tag_manager import TagManager, TagType

_TWO_YEARS = 731


class _CfnLogGroup(CfnResource):
    """The ``AWS::Logs::LogGroup`` resource (reported as aws-cdk-lib's L1 class), taggable like it."""

    _FQN = "aws-cdk-lib.aws_logs.CfnLogGroup"

    def __init__(self, scope: Construct, id: str, *, properties: dict[str, Any]) -> None:
        super().__init__(scope, id, type="AWS::Logs::LogGroup", properties=properties)
        self.tags = TagManager(TagType.STANDARD, "AWS::Logs::LogGroup", tag_property_name="Tags")

    def _render_properties(self, props: dict[str, Any]) -> dict[str, Any]:
        """CloudFormation names: the tag manager renders ``key``/``value``, the resource wants ``Key``/``Value``."""
        tags = props.get("Tags")
        if not isinstance(tags, list):
            return props
        return {**props, "Tags": [{"Key": tag["key"], "Value": tag["value"]} for tag in tags]}


class LogGroup(Resource):
    """A CloudWatch Logs log group (retention two years, retained on deletion)."""

    _FQN = "aws-cdk-lib.aws_logs.LogGroup"

    def __init__(self, scope: Construct, id: str, *, log_group_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=log_group_name)
        add_construct_metadata(self, locals())
        self._resource = _CfnLogGroup(
            self,
            "Resource",
            properties={"LogGroupName": self.physical_name, "RetentionInDays": _TWO_YEARS},
        )
        self._resource.apply_removal_policy(RemovalPolicy.RETAIN)
        self.log_group_arn: str = self.get_resource_arn_attribute(
            self._resource.get_att("Arn"),
            {"service": "logs", "resource": "log-group", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )
        self.log_group_name: str = self.get_resource_name_attribute(self._resource.ref)

    @property
    def log_group_ref(self) -> Any:
        """The name and ARN of this log group."""
        return {"log_group_name": self.log_group_name, "log_group_arn": self.log_group_arn}
