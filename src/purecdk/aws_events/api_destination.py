"""``ApiDestination``: an HTTP endpoint that rules can send events to (``AWS::Events::ApiDestination``)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.aws_events._generated import CfnApiDestination
from purecdk.aws_events.connection import IConnection
from purecdk.aws_events.http_method import HttpMethod
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.arn import ArnFormat
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field, reference_attribute
from purecdk.interfaces.aws_events import ApiDestinationReference


class ApiDestinationProps(Struct):
    """The properties of an ``ApiDestination``."""

    connection: Any
    endpoint: str
    api_destination_name: str | None = None
    description: str | None = None
    http_method: HttpMethod | None = None
    rate_limit_per_second: float | None = None


class ApiDestinationAttributes(Struct):
    """What is needed to import an existing API destination."""

    api_destination_arn: str
    connection: Any
    api_destination_arn_for_policy: str | None = None


@runtime_checkable
class IApiDestination(Protocol):
    """An API destination."""

    @property
    def api_destination_arn(self) -> str: ...

    @property
    def api_destination_name(self) -> str: ...


def _to_iconnection(connection: Any) -> IConnection:
    if not hasattr(connection, "connection_arn") or not hasattr(connection, "connection_name"):
        raise ValueError(
            f"'connection' instance should implement IConnection, but doesn't: {type(connection).__name__}"
        )
    return connection  # type: ignore[no-any-return]


class ApiDestination(Resource):
    """An API destination: ``endpoint`` called with ``http_method`` (POST by default) through ``connection``, at
    most ``rate_limit_per_second`` times a second."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        connection: Any,
        endpoint: str,
        api_destination_name: str | None = None,
        description: str | None = None,
        http_method: HttpMethod | None = None,
        rate_limit_per_second: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=api_destination_name)
        add_construct_metadata(self, locals())
        self._connection = connection
        method = http_method if http_method is not None else HttpMethod.POST
        self._resource = CfnApiDestination(
            self,
            "ApiDestination",
            connection_arn=reference_attribute(connection, "connection_ref", "connection_arn"),
            description=description,
            http_method=method.value if isinstance(method, HttpMethod) else method,
            invocation_endpoint=endpoint,
            invocation_rate_limit_per_second=rate_limit_per_second,
            name=self.physical_name,
        )
        self._api_destination_name: str | None = None

    @property
    def api_destination_name(self) -> str:
        """The name of the API destination."""
        if self._api_destination_name is None:
            self._api_destination_name = self.get_resource_name_attribute(self._resource.ref)
        return self._api_destination_name

    @property
    def api_destination_arn(self) -> str:
        """The ARN of the API destination."""
        return self._resource.attr_arn

    @property
    def api_destination_arn_for_policy(self) -> str | None:
        """The ARN of the API destination in the form IAM policies need."""
        return self._resource.attr_arn_for_policy

    @property
    def connection(self) -> IConnection:
        """The connection of the API destination."""
        return _to_iconnection(self._connection)

    @property
    def api_destination_ref(self) -> ApiDestinationReference:
        """The name and ARN of this API destination."""
        return ApiDestinationReference(
            api_destination_name=self.api_destination_name, api_destination_arn=self.api_destination_arn
        )

    @staticmethod
    def from_api_destination_attributes(
        scope: Construct,
        id: str,
        attrs: ApiDestinationAttributes | None = None,
        *,
        api_destination_arn: str | None = None,
        connection: Any = None,
        api_destination_arn_for_policy: str | None = None,
    ) -> IApiDestination:
        """Import an existing API destination by ARN (with its connection)."""
        arn = api_destination_arn if api_destination_arn is not None else get_field(attrs, "api_destination_arn")
        if connection is None:
            connection = get_field(attrs, "connection")
        if api_destination_arn_for_policy is None:
            api_destination_arn_for_policy = get_field(attrs, "api_destination_arn_for_policy")
        name = Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not name:
            raise ValueError(f"Could not extract Api Destionation name from ARN: '{arn}'")
        return _ImportedApiDestination(scope, id, arn, name, connection, api_destination_arn_for_policy)


class _ImportedApiDestination(Resource):
    def __init__(
        self, scope: Construct, id: str, arn: str, name: str, connection: Any, arn_for_policy: str | None
    ) -> None:
        super().__init__(scope, id)
        self.api_destination_arn = arn
        self.api_destination_name = name
        self.api_destination_arn_for_policy = arn_for_policy
        self._connection = connection

    @property
    def connection(self) -> IConnection:
        """The connection of the API destination."""
        return _to_iconnection(self._connection)

    @property
    def api_destination_ref(self) -> ApiDestinationReference:
        """The name and ARN of this API destination."""
        return ApiDestinationReference(
            api_destination_name=self.api_destination_name, api_destination_arn=self.api_destination_arn
        )
