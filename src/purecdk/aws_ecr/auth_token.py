"""Authorization tokens: permission to log in to ECR registries with Docker."""

from __future__ import annotations

from typing import Any

__all__ = ["AuthorizationToken", "PublicGalleryAuthorizationToken"]


class AuthorizationToken:
    """The ``ecr:GetAuthorizationToken`` permission, which Docker needs to log in to private registries."""

    @staticmethod
    def grant_read(grantee: Any) -> None:
        """Allow ``grantee`` to get an authorization token for the account's private registries."""
        from purecdk import aws_iam as iam

        grantee.grant_principal.add_to_principal_policy(
            iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"])
        )


class PublicGalleryAuthorizationToken:
    """Permission to log in to the Public ECR Gallery (higher rate and bandwidth limits than anonymous pulls)."""

    @staticmethod
    def grant_read(grantee: Any) -> None:
        """Allow ``grantee`` to get an authorization token for the Public ECR Gallery."""
        from purecdk import aws_iam as iam

        grantee.grant_principal.add_to_principal_policy(
            iam.PolicyStatement(
                actions=["ecr-public:GetAuthorizationToken", "sts:GetServiceBearerToken"], resources=["*"]
            )
        )
