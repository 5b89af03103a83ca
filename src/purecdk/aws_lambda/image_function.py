"""``DockerImageFunction``: a Lambda function whose code is a container image (``PackageType: Image``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.aws_lambda.code import Code
from purecdk.aws_lambda.function import Function
from purecdk.aws_lambda.handler import Handler
from purecdk.aws_lambda.image_code import EcrImageCode, EcrImageCodeProps
from purecdk.aws_lambda.runtime import Runtime
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata


class DockerImageCode:
    """The image of a ``DockerImageFunction``: ``DockerImageCode.from_ecr(repository, tag_or_digest=...)``."""

    def __init__(self, make: Any) -> None:
        self._make = make

    @staticmethod
    def from_ecr(
        repository: Any,
        props: EcrImageCodeProps | None = None,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> DockerImageCode:
        """An image in an ECR repository (``latest`` unless ``tag_or_digest`` names a tag or a ``sha256:`` digest)."""
        return DockerImageCode(
            lambda _architecture: EcrImageCode(
                repository,
                props,
                cmd=cmd,
                entrypoint=entrypoint,
                tag=tag,
                tag_or_digest=tag_or_digest,
                working_directory=working_directory,
            )
        )

    @staticmethod
    def from_image_asset(directory: str, **_: Any) -> DockerImageCode:
        """Not supported by purecdk: it needs Docker image assets, which purecdk does not build or publish."""
        raise NotImplementedError(
            f"DockerImageCode.from_image_asset('{directory}') needs Docker image assets, which purecdk does not "
            "support; push the image to an ECR repository and use DockerImageCode.from_ecr(repository, "
            "tag_or_digest=...)"
        )

    def _bind(self, architecture: Any = None) -> Code:
        """The ``Code`` the function binds (the architecture selects an asset's platform)."""
        return self._make(architecture)  # type: ignore[no-any-return]


class DockerImageFunction(Function):
    """A function running a container image: ``Handler.FROM_IMAGE`` and ``Runtime.FROM_IMAGE`` are implied."""

    def __init__(self, scope: Construct, id: str, *, code: DockerImageCode, **props: Any) -> None:
        if "handler" in props or "runtime" in props:
            raise TypeError(
                "DockerImageFunction takes no 'handler' or 'runtime' (the image provides them); "
                f"remove them from '{id}'"
            )
        super().__init__(
            scope,
            id,
            **props,
            handler=Handler.FROM_IMAGE,
            runtime=Runtime.FROM_IMAGE,
            code=code._bind(props.get("architecture")),
        )
        add_construct_metadata(self, {"code": code, **props})
