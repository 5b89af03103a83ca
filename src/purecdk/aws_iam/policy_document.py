"""``PolicyDocument``: a list of statements that renders as an IAM policy (a token)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.aws_iam._merge import PostProcessPolicyDocument, merge_statements
from purecdk.aws_iam.policy_statement import PolicyStatement, derive_estimate_size_options
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.tokens import Token

MINIMIZE_POLICIES_FLAG = "@aws-cdk/aws-iam:minimizePolicies"


class PolicyDocument:
    """A policy document; it resolves to ``{"Statement": [...], "Version": "2012-10-17"}`` at synthesis."""

    def __init__(
        self,
        *,
        assign_sids: bool | None = None,
        minimize: bool | None = None,
        statements: Sequence[PolicyStatement] | None = None,
    ) -> None:
        self.creation_stack: list[str] = []
        self._statements: list[PolicyStatement] = []
        self._auto_assign_sids = bool(assign_sids)
        self._minimize = minimize
        self.add_statements(*(statements or []))

    @staticmethod
    def from_json(obj: Any) -> PolicyDocument:
        """A document from its JSON form."""
        statement = obj.get("Statement")
        if statement is None:
            statement = []
        if not isinstance(statement, list):
            raise ValueError("Statement must be an array")
        doc = PolicyDocument()
        doc.add_statements(*(PolicyStatement.from_json(s) for s in statement))
        return doc

    def resolve(self, context: Any) -> Any:
        """Render the document (statements are frozen, and merged when minimizing)."""
        self._freeze_statements()
        self._maybe_merge_statements(context.scope)
        context.register_post_processor(
            PostProcessPolicyDocument(self._auto_assign_sids, self._should_merge(context.scope))
        )
        return self._render()

    @property
    def is_empty(self) -> bool:
        """Whether the document has no statements."""
        return not self._statements

    @property
    def statement_count(self) -> int:
        """The number of statements."""
        return len(self._statements)

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements."""
        self._statements.extend(statement)

    def to_string(self) -> str:
        """The document as a string token."""
        return Token.as_string(self, display_hint="PolicyDocument")

    def __str__(self) -> str:
        return self.to_string()

    def to_json(self) -> Any:
        """The document's JSON (unresolved)."""
        return self._render()

    def validate_for_any_policy(self) -> list[str]:
        """Errors of any statement that make it invalid in any policy."""
        return [e for s in self._statements for e in s.validate_for_any_policy()]

    def validate_for_resource_policy(
        self, options: Any = None, *, skip_resource_validation: bool | None = None
    ) -> list[str]:
        """Errors of any statement that make it invalid in a resource policy."""
        return [
            e
            for s in self._statements
            for e in s.validate_for_resource_policy(
                options, skip_resource_validation=skip_resource_validation
            )
        ]

    def validate_for_trust_policy(self) -> list[str]:
        """Errors of any statement that make it invalid in a trust policy."""
        return [e for s in self._statements for e in s.validate_for_trust_policy()]

    def validate_for_identity_policy(self) -> list[str]:
        """Errors of any statement that make it invalid in an identity policy."""
        return [e for s in self._statements for e in s.validate_for_identity_policy()]

    # -- internals used by the IAM constructs ------------------------------------------------------

    @property
    def _statement_list(self) -> list[PolicyStatement]:
        return self._statements

    def _maybe_merge_statements(self, scope: Any) -> None:
        if self._should_merge(scope):
            merged = merge_statements(self._statements, scope=scope)
            self._statements[:] = [statement for statement, _ in merged]

    def _split_document(
        self, scope: Any, self_maximum_size: int, split_maximum_size: int
    ) -> list[tuple[PolicyDocument, list[PolicyStatement]]]:
        """Move statements that do not fit into ``self_maximum_size`` into new documents.

        Returns this document and every new one, each with the original statements it now holds.
        """
        self._freeze_statements()
        merged = merge_statements(
            self._statements, scope=scope, limit_size=True, merge_if_combinable=self._should_merge(scope)
        )
        self._statements[:] = [statement for statement, _ in merged]
        originals = {id(statement): origin for statement, origin in merged}
        size_options = derive_estimate_size_options(scope)
        sizes = {id(s): s._estimate_size(size_options) for s in self._statements}
        new_docs: list[PolicyDocument] = []
        doc_sizes: dict[int, int] = {}

        def doc_with_space(size: int) -> PolicyDocument:
            for doc in new_docs:
                if doc_sizes.get(id(doc), 0) + size <= split_maximum_size:
                    return doc
            doc = PolicyDocument(assign_sids=self._auto_assign_sids, minimize=self._minimize)
            new_docs.append(doc)
            return doc

        self_size = 0
        i = 0
        while i < len(self._statements):
            statement = self._statements[i]
            size = sizes.get(id(statement), 0)
            if self_size + size < self_maximum_size:
                self_size += size
                i += 1
                continue
            target = doc_with_space(size)
            target.add_statements(statement)
            doc_sizes[id(target)] = doc_sizes.get(id(target), 0) + size
            del self._statements[i]

        def origins(doc: PolicyDocument) -> list[PolicyStatement]:
            return [o for s in doc._statements for o in originals.get(id(s), [s])]

        return [(self, origins(self))] + [(doc, origins(doc)) for doc in new_docs]

    def _render(self) -> Any:
        if self.is_empty:
            return None
        return {"Statement": [s.to_statement_json() for s in self._statements], "Version": "2012-10-17"}

    def _should_merge(self, scope: Any) -> bool:
        if self._minimize is not None:
            return self._minimize
        return FeatureFlags.of(scope).is_enabled(MINIMIZE_POLICIES_FLAG)

    def _freeze_statements(self) -> None:
        for statement in self._statements:
            statement.freeze()
