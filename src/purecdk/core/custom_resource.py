"""``CustomResource``: a CloudFormation custom resource backed by a provider's ``ServiceToken``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.duration import Duration
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.resource import Resource
from purecdk.core.tokens.token import Token, Tokenization

__all__ = ["CustomResource"]

_TYPE_NAME = re.compile(r"^[a-z0-9_@-]+$", re.IGNORECASE)


def _resource_type(scope: Construct, resource_type: str | None) -> str:
    if not resource_type:
        return "AWS::CloudFormation::CustomResource"
    if not resource_type.startswith("Custom::"):
        raise ValueError(f'Custom resource type must begin with "Custom::" ({resource_type}) (at {scope.node.path})')
    if len(resource_type) > 60:
        raise ValueError(f"Custom resource type length > 60 ({resource_type}) (at {scope.node.path})")
    type_name = resource_type[resource_type.index("::") + 2 :]
    if not _TYPE_NAME.match(type_name):
        raise ValueError(
            f"Custom resource type name can only include alphanumeric characters and _@- ({type_name}) "
            f"(at {scope.node.path})"
        )
    return resource_type


class CustomResource(Resource):
    """A custom resource: CloudFormation calls the provider behind ``service_token`` to create, update and delete.

    The removal policy defaults to ``DESTROY`` (the provider is called on deletion).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service_token: str,
        pascal_case_properties: bool | None = None,
        properties: Mapping[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        resource_type: str | None = None,
        service_timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        type_ = _resource_type(self, resource_type)
        given = dict(properties or {})
        if pascal_case_properties:
            given = {key[:1].upper() + key[1:]: value for key, value in given.items()}
        if service_timeout is not None and not service_timeout.is_unresolved():
            seconds = service_timeout.to_seconds()
            if seconds < 1 or seconds > 3600:
                raise ValueError(
                    f"serviceTimeout must either be between 1 and 3600 seconds, got {seconds} (at {self.node.path})"
                )
        construct_properties: dict[str, Any] = {
            "ServiceToken": service_token,
            "ServiceTimeout": (
                Tokenization.stringify_number(service_timeout.to_seconds()) if service_timeout is not None else None
            ),
        }
        overwritten = [key for key in given if key in construct_properties]
        if overwritten:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/core:customResourcePropConflict",
                "The following keys will be overwritten as they exist in the 'properties' prop. Keys found: "
                + ",".join(overwritten),
            )
        self.resource = CfnResource(self, "Default", type=type_, properties={**construct_properties, **given})
        self.resource.apply_removal_policy(removal_policy, default=RemovalPolicy.DESTROY)

    @property
    def ref(self) -> str:
        """The physical id the provider returned (``Ref``)."""
        return self.resource.ref

    def get_att(self, attribute_name: str) -> Any:
        """An attribute the provider returned in ``Data`` (``Fn::GetAtt``)."""
        add_method_metadata(self, "getAtt", [attribute_name])
        return self.resource.get_att(attribute_name)

    def get_att_string(self, attribute_name: str) -> str:
        """An attribute the provider returned, as a string."""
        add_method_metadata(self, "getAttString", [attribute_name])
        return Token.as_string(self.get_att(attribute_name))
