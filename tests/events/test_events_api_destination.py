"""Connections and API destinations: authorization checks, imports, and the ApiDestination target's role."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Environment, SecretValue, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs


def _stack() -> Stack:
    return Stack(App(), "S")


def _connection(stack: Stack) -> events.Connection:
    return events.Connection(
        stack, "Conn", authorization=events.Authorization.api_key("k", SecretValue.unsafe_plain_text("v"))
    )


def _rendered(stack: Stack, construct: Any) -> dict[str, Any]:
    # an ApiDestination's resource is its child "ApiDestination" (no default child, as upstream)
    resource = construct.node.try_find_child("ApiDestination") or construct.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())
    return rendered["Resources"][stack.get_logical_id(resource)]["Properties"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", [events.HttpMethod.DELETE, events.HttpMethod.PATCH, events.HttpMethod.HEAD])
def test_oauth_needs_get_post_or_put(method: events.HttpMethod) -> None:
    with pytest.raises(ValueError, match="httpMethod must be one of GET, POST, PUT"):
        events.Authorization.oauth(
            authorization_endpoint="https://auth",
            client_id="c",
            client_secret=SecretValue.unsafe_plain_text("s"),
            http_method=method,
        )


def test_imported_destination_needs_a_name_in_its_arn() -> None:
    stack = _stack()
    arn = "arn:aws:events:us-east-1:123456789012:api-destination"
    with pytest.raises(ValueError, match=f"Could not extract Api Destionation name from ARN: '{arn}'"):
        events.ApiDestination.from_api_destination_attributes(
            stack, "I", api_destination_arn=arn, connection=_connection(stack)
        )


def test_connection_of_a_destination_must_be_an_iconnection() -> None:
    stack = _stack()
    cfn = events.CfnConnection(stack, "C", authorization_type="API_KEY")
    destination = events.ApiDestination(stack, "D", connection=cfn, endpoint="https://x")
    assert stack.resolve(_rendered(stack, destination)["ConnectionArn"]) == {"Fn::GetAtt": ["C", "Arn"]}
    with pytest.raises(ValueError, match="'connection' instance should implement IConnection, but doesn't: "
                       "CfnConnection"):
        destination.connection  # noqa: B018 - the property raises


def test_imported_connection_takes_its_name_and_environment_from_the_arn() -> None:
    stack = _stack()
    imported = events.Connection.from_event_bus_arn(
        stack, "C", "arn:aws:events:eu-west-1:123456789012:connection/pager/uuid", "arn:secret"
    )
    assert imported.connection_name == "pager/uuid"
    assert imported.connection_secret_arn == "arn:secret"
    assert imported.env.account == "123456789012"  # type: ignore[attr-defined]
    assert imported.env.region == "eu-west-1"  # type: ignore[attr-defined]


def test_destination_defaults_to_post_and_its_role_lives_under_it() -> None:
    stack = _stack()
    destination = events.ApiDestination(stack, "D", connection=_connection(stack), endpoint="https://x")
    assert _rendered(stack, destination)["HttpMethod"] == "POST"
    rule = events.Rule(stack, "R", event_pattern=events.EventPattern(source=["aws.ecr"]))
    rule.add_target(targets.ApiDestination(destination))
    rule.add_target(targets.ApiDestination(destination, path_parameter_values=[]))
    role = destination.node.find_child("EventsRole")
    policy = _rendered(stack, role.node.find_child("DefaultPolicy"))["PolicyDocument"]
    assert [s["Action"] for s in policy["Statement"]] == ["events:InvokeApiDestination"]
    rendered_targets = _rendered(stack, rule)["Targets"]
    assert "HttpParameters" not in rendered_targets[0]
    assert rendered_targets[1]["HttpParameters"] == {"PathParameterValues": []}


def test_dead_letter_queue_must_be_in_the_rules_region() -> None:
    app = App()
    source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
    other = Stack(app, "Other", env=Environment(account="111111111111", region="eu-west-1"))
    destination = events.ApiDestination(source, "D", connection=_connection(source), endpoint="https://x")
    rule = events.Rule(source, "R", event_pattern=events.EventPattern(source=["aws.ecr"]))
    with pytest.raises(ValueError, match="Cannot assign Dead Letter Queue in region eu-west-1"):
        rule.add_target(targets.ApiDestination(destination, dead_letter_queue=sqs.Queue(other, "Q")))
