"""``ViaServicePrincipal``: a principal restricted to requests made through an AWS service."""

from __future__ import annotations

from typing import Any

from purecdk.aws_iam import AnyPrincipal, ComparablePrincipal, PrincipalBase, PrincipalPolicyFragment


class ViaServicePrincipal(PrincipalBase):
    """``base_principal`` (everyone by default), only via ``service_name`` (``kms:ViaService``)."""

    def __init__(self, service_name: str, base_principal: Any = None) -> None:
        super().__init__()
        self.service_name = service_name
        self.base_principal = base_principal if base_principal is not None else AnyPrincipal()

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        base = self.base_principal.policy_fragment
        conditions = dict(base.conditions)
        existing = conditions.get("StringEquals")
        conditions["StringEquals"] = (
            {"kms:ViaService": self.service_name, **existing} if existing else {"kms:ViaService": self.service_name}
        )
        return PrincipalPolicyFragment(base.principal_json, conditions)

    def dedupe_string(self) -> str | None:
        base = ComparablePrincipal.dedupe_string_for(self.base_principal)
        return f"ViaServicePrincipal:{self.service_name}:{base}" if base is not None else None
