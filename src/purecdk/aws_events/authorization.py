"""``Authorization`` and ``HttpParameter``: how a connection authenticates, and the parameters it sends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_events.http_method import HttpMethod
from purecdk.core.secret_value import SecretValue
from purecdk.core.struct_class import Struct


class HttpParameter:
    """The value of a body, header or query string parameter of a connection: plain, or secret."""

    def __init__(self, value: Any, secret: bool) -> None:
        self._value = value
        self._secret = secret

    @staticmethod
    def from_string(value: str) -> HttpParameter:
        """A parameter with a plain value."""
        return HttpParameter(value, False)

    @staticmethod
    def from_secret(value: SecretValue) -> HttpParameter:
        """A parameter whose value is a secret (EventBridge keeps it in its Secrets Manager secret)."""
        return HttpParameter(value, True)

    def _render(self, name: str) -> dict[str, Any]:
        value = self._value.unsafe_unwrap() if self._secret else self._value
        return {"key": name, "value": value, "isValueSecret": self._secret}


def render_http_parameters(parameters: Mapping[str, HttpParameter] | None) -> list[dict[str, Any]] | None:
    """The ``ParameterProperty`` list of named parameters (``None`` when there are none)."""
    if not parameters:
        return None
    return [parameter._render(name) for name, parameter in parameters.items()]


class OAuthAuthorizationProps(Struct):
    """An OAuth client-credentials authorization: where to get tokens, and with which client."""

    authorization_endpoint: str
    client_id: str
    client_secret: SecretValue
    http_method: HttpMethod
    body_parameters: Mapping[str, HttpParameter] | None = None
    header_parameters: Mapping[str, HttpParameter] | None = None
    query_string_parameters: Mapping[str, HttpParameter] | None = None


class AuthorizationBindResult(Struct):
    """What an authorization contributes to its connection."""

    authorization_type: str
    auth_parameters: Any


class Authorization:
    """How a connection authorizes its requests: an API key, basic credentials or OAuth client credentials."""

    def __init__(self, authorization_type: str, auth_parameters: dict[str, Any]) -> None:
        self._authorization_type = authorization_type
        self._auth_parameters = auth_parameters

    @staticmethod
    def api_key(api_key_name: str, api_key_value: SecretValue) -> Authorization:
        """Send ``api_key_value`` in the header ``api_key_name``."""
        return Authorization(
            "API_KEY",
            {"apiKeyAuthParameters": {"apiKeyName": api_key_name, "apiKeyValue": api_key_value.unsafe_unwrap()}},
        )

    @staticmethod
    def basic(username: str, password: SecretValue) -> Authorization:
        """Basic authentication with ``username`` and ``password``."""
        return Authorization(
            "BASIC", {"basicAuthParameters": {"username": username, "password": password.unsafe_unwrap()}}
        )

    @staticmethod
    def oauth(
        *,
        authorization_endpoint: str,
        client_id: str,
        client_secret: SecretValue,
        http_method: HttpMethod,
        body_parameters: Mapping[str, HttpParameter] | None = None,
        header_parameters: Mapping[str, HttpParameter] | None = None,
        query_string_parameters: Mapping[str, HttpParameter] | None = None,
    ) -> Authorization:
        """OAuth client credentials: tokens are requested from ``authorization_endpoint`` with ``http_method``
        (GET, POST or PUT)."""
        method = HttpMethod(http_method) if isinstance(http_method, str) else http_method
        if method not in (HttpMethod.POST, HttpMethod.GET, HttpMethod.PUT):
            raise ValueError("httpMethod must be one of GET, POST, PUT")
        http_parameters = {
            "bodyParameters": render_http_parameters(body_parameters),
            "headerParameters": render_http_parameters(header_parameters),
            "queryStringParameters": render_http_parameters(query_string_parameters),
        }
        return Authorization(
            "OAUTH_CLIENT_CREDENTIALS",
            {
                "oAuthParameters": {
                    "authorizationEndpoint": authorization_endpoint,
                    "clientParameters": {"clientId": client_id, "clientSecret": client_secret.unsafe_unwrap()},
                    "httpMethod": method.value,
                    "oAuthHttpParameters": {k: v for k, v in http_parameters.items() if v is not None},
                }
            },
        )

    def _bind(self) -> AuthorizationBindResult:
        return AuthorizationBindResult(
            authorization_type=self._authorization_type, auth_parameters=dict(self._auth_parameters)
        )
