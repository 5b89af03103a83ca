"""``Annotations``: warnings, errors and info messages attached to constructs."""

from __future__ import annotations

from typing import Any

WARNING = "aws:cdk:warning"
ERROR = "aws:cdk:error"
INFO = "aws:cdk:info"
_ACK_CONTEXT = "@aws-cdk/core:acknowledgedWarnings"


class Annotations:
    """Messages about a construct, reported at synthesis."""

    def __init__(self, scope: Any) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Any) -> Annotations:
        """The annotations of ``scope``."""
        return Annotations(scope)

    def add_warning(self, message: str) -> None:
        """Add a warning."""
        self._add(WARNING, message)

    def add_warning_v2(self, id: str, message: str) -> None:
        """Add a warning that can be acknowledged by ``id``."""
        acked = self._scope.node.try_get_context(_ACK_CONTEXT) or []
        if id in acked:
            return
        self._add(WARNING, f"{message} [ack: {id}]")

    def acknowledge_warning(self, id: str, message: str | None = None) -> None:
        """Suppress warnings with this id on this scope and below."""
        node = self._scope.node
        current = list(node._context.get(_ACK_CONTEXT, []))
        if id not in current:
            current.append(id)
        node._context[_ACK_CONTEXT] = current
        for construct in node.find_all():
            construct.node._metadata = [
                m
                for m in construct.node._metadata
                if not (m["type"] == WARNING and str(m.get("data", "")).endswith(f"[ack: {id}]"))
            ]

    def add_error(self, message: str) -> None:
        """Add an error: synthesis fails."""
        self._add(ERROR, message)

    def add_info(self, message: str) -> None:
        """Add an informational message."""
        self._add(INFO, message)

    def add_deprecation(self, api: str, message: str) -> None:
        """Warn that ``api`` is deprecated."""
        self._add(
            WARNING, f"The API {api} is deprecated: {message}. This API will be removed in the next major release"
        )

    def _add(self, level: str, message: str) -> None:
        node = self._scope.node
        if any(m["type"] == level and m.get("data") == message for m in node._metadata):
            return
        node.add_metadata(level, message)
