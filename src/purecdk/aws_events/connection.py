"""``Connection``: how EventBridge authenticates to an HTTP endpoint (``AWS::Events::Connection``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from purecdk.aws_events._generated import CfnConnection
from purecdk.aws_events.authorization import Authorization, HttpParameter, render_http_parameters
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import JsObject, add_construct_metadata
from purecdk.core.arn import ArnFormat
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.interfaces.aws_events import ConnectionReference


class ConnectionProps(Struct):
    """The properties of a ``Connection``."""

    authorization: Authorization
    body_parameters: Mapping[str, HttpParameter] | None = None
    connection_name: str | None = None
    description: str | None = None
    header_parameters: Mapping[str, HttpParameter] | None = None
    query_string_parameters: Mapping[str, HttpParameter] | None = None


class ConnectionAttributes(Struct):
    """What is needed to import an existing connection."""

    connection_arn: str
    connection_name: str
    connection_secret_arn: str


@runtime_checkable
class IConnection(Protocol):
    """An EventBridge connection."""

    @property
    def connection_arn(self) -> str: ...

    @property
    def connection_name(self) -> str: ...

    @property
    def connection_secret_arn(self) -> str: ...


class Connection(Resource):
    """A connection: its authorization, and parameters sent with every invocation of its API destinations."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        authorization: Authorization,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        connection_name: str | None = None,
        description: str | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=connection_name)
        add_construct_metadata(self, locals())
        bound = authorization._bind()
        auth_parameters = dict(bound.auth_parameters)
        if header_parameters is not None or query_string_parameters is not None or body_parameters is not None:
            invocation = {
                "bodyParameters": render_http_parameters(body_parameters),
                "headerParameters": render_http_parameters(header_parameters),
                "queryStringParameters": render_http_parameters(query_string_parameters),
            }
            auth_parameters["invocationHttpParameters"] = {k: v for k, v in invocation.items() if v is not None}
        self._resource = CfnConnection(
            self,
            "Connection",
            authorization_type=bound.authorization_type,
            auth_parameters=auth_parameters,
            description=description,
            name=self.physical_name,
        )
        self._connection_name: str | None = None

    @property
    def connection_name(self) -> str:
        """The name of the connection."""
        if self._connection_name is None:
            self._connection_name = self.get_resource_name_attribute(self._resource.ref)
        return self._connection_name

    @property
    def connection_arn(self) -> str:
        """The ARN of the connection."""
        return self._resource.attr_arn

    @property
    def connection_secret_arn(self) -> str:
        """The ARN of the Secrets Manager secret EventBridge keeps the connection's credentials in."""
        return self._resource.attr_secret_arn

    @property
    def connection_ref(self) -> ConnectionReference:
        """The name and ARN of this connection."""
        return ConnectionReference(connection_name=self.connection_name, connection_arn=self.connection_arn)

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, connection_arn: str, connection_secret_arn: str) -> IConnection:
        """Import an existing connection by its ARN and its secret's ARN (aws-cdk-lib's name for it)."""
        parts = Stack.of(scope).split_arn(connection_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedConnection(
            scope,
            id,
            ConnectionAttributes(
                connection_arn=connection_arn,
                connection_name=parts.resource_name or "",
                connection_secret_arn=connection_secret_arn,
            ),
        )

    @staticmethod
    def from_connection_attributes(
        scope: Construct,
        id: str,
        attrs: ConnectionAttributes | None = None,
        *,
        connection_arn: str | None = None,
        connection_name: str | None = None,
        connection_secret_arn: str | None = None,
    ) -> IConnection:
        """Import an existing connection from its attributes."""
        given = {
            "connection_arn": connection_arn,
            "connection_name": connection_name,
            "connection_secret_arn": connection_secret_arn,
        }
        values = {k: v if v is not None else get_field(attrs, k) for k, v in given.items()}
        return _ImportedConnection(scope, id, ConnectionAttributes(**values))


class _ImportedConnection(Resource):
    def __init__(self, scope: Construct, id: str, attrs: ConnectionAttributes) -> None:
        parts = Stack.of(scope).split_arn(attrs.connection_arn, ArnFormat.SLASH_RESOURCE_NAME)
        super().__init__(scope, id, account=parts.account, region=parts.region)
        add_construct_metadata(
            self,
            JsObject(
                connectionArn=attrs.connection_arn,
                connectionName=attrs.connection_name,
                connectionSecretArn=attrs.connection_secret_arn,
            ),
        )
        self.connection_arn = attrs.connection_arn
        self.connection_name = attrs.connection_name
        self.connection_secret_arn = attrs.connection_secret_arn

    @property
    def connection_ref(self) -> ConnectionReference:
        """The name and ARN of this connection."""
        return ConnectionReference(connection_name=self.connection_name, connection_arn=self.connection_arn)
