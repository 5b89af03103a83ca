"""``EcrImageCode``: a function's code as a container image in an Amazon ECR repository."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.aws_lambda.code import Code, CodeConfig
from purecdk.constructs import Construct
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field


class CodeImageConfig(Struct):
    """The image of a function and the overrides of its ``CMD``, ``ENTRYPOINT`` and ``WORKDIR``."""

    image_uri: str
    cmd: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    working_directory: str | None = None


class EcrImageCodeProps(Struct):
    """Which image of the repository to run (``tag_or_digest``; ``tag`` is deprecated) and its overrides."""

    cmd: Sequence[str] | None = None
    entrypoint: Sequence[str] | None = None
    tag: str | None = None
    tag_or_digest: str | None = None
    working_directory: str | None = None


class EcrImageCode(Code):
    """An image in an ECR repository; binding it lets Lambda pull from the repository (its resource policy)."""

    is_inline = False

    def __init__(
        self,
        repository: Any,
        props: EcrImageCodeProps | None = None,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> None:
        self.repository = repository
        self.props = EcrImageCodeProps(
            cmd=cmd if cmd is not None else get_field(props, "cmd"),
            entrypoint=entrypoint if entrypoint is not None else get_field(props, "entrypoint"),
            tag=tag if tag is not None else get_field(props, "tag"),
            tag_or_digest=tag_or_digest if tag_or_digest is not None else get_field(props, "tag_or_digest"),
            working_directory=(
                working_directory if working_directory is not None else get_field(props, "working_directory")
            ),
        )

    def bind(self, scope: Construct) -> CodeConfig:
        """Grant ``lambda.amazonaws.com`` pull access and point at the image (``latest`` unless a tag is given)."""
        from purecdk.aws_iam import ServicePrincipal

        self.repository.grant_pull(ServicePrincipal("lambda.amazonaws.com"))
        props = self.props
        reference = props.tag_or_digest if props.tag_or_digest is not None else props.tag
        uri = self.repository.repository_uri_for_tag_or_digest(reference if reference is not None else "latest")
        return CodeConfig(
            image=CodeImageConfig(
                image_uri=uri,
                cmd=props.cmd,
                entrypoint=props.entrypoint,
                working_directory=props.working_directory,
            )
        )
