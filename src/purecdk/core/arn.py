"""``Arn``: formatting and parsing Amazon Resource Names, tokens included."""

from __future__ import annotations

import enum
from typing import Any

from purecdk.core.fn import Fn
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.token import unresolved


class ArnFormat(enum.Enum):
    """Where an ARN's resource name sits."""

    NO_RESOURCE_NAME = "arn:aws:service:region:account:resource"
    COLON_RESOURCE_NAME = "arn:aws:service:region:account:resource:resourceName"
    SLASH_RESOURCE_NAME = "arn:aws:service:region:account:resource/resourceName"
    SLASH_RESOURCE_SLASH_RESOURCE_NAME = "arn:aws:service:region:account:/resource/resourceName"


class ArnComponents(Struct):
    """The parts of an ARN."""

    resource: str
    service: str
    account: str | None = None
    arn_format: ArnFormat | None = None
    partition: str | None = None
    region: str | None = None
    resource_name: str | None = None
    sep: str | None = None


class Arn:
    """Build and take apart ARNs."""

    @staticmethod
    def format(components: Any, stack: Any = None) -> str:
        """An ARN from ``components``; partition, region and account default to the stack's."""
        partition = get_field(components, "partition")
        region = get_field(components, "region")
        account = get_field(components, "account")
        if partition is None and stack is not None:
            partition = stack.partition
        if region is None and stack is not None:
            region = stack.region
        if account is None and stack is not None:
            account = stack.account
        if partition is None or region is None or account is None:
            raise ValueError(
                f"Arn.format: partition ({partition}), region ({region}), and account ({account}) "
                "must all be passed if stack is not passed."
            )
        arn_format = get_field(components, "arn_format")
        sep = get_field(components, "sep")
        if sep is None:
            sep = ":" if arn_format is ArnFormat.COLON_RESOURCE_NAME else "/"
        if sep not in ("/", ":", ""):
            raise ValueError('resourcePathSep may only be ":", "/" or an empty string')
        values = ["arn", ":", partition, ":", get_field(components, "service"), ":", region, ":", account, ":"]
        if arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
            values.append("/")
        values.append(get_field(components, "resource"))
        resource_name = get_field(components, "resource_name")
        if resource_name is not None:
            values.extend([sep, resource_name])
        return "".join(str(v) for v in values)

    @staticmethod
    def split(arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Split an ARN (a token ARN splits into ``Fn::Select``/``Fn::Split`` expressions)."""
        if not arn.startswith("arn:"):
            if unresolved(arn):
                return _split_token_arn(arn, arn_format)
            raise ValueError(f'ARNs must start with "arn:" and have at least 6 components: {arn}')
        components = arn.split(":")
        partition = components[1] if len(components) > 1 else ""
        if not partition:
            raise ValueError("The `partition` component (2nd component) of an ARN is required: " + arn)
        service = components[2] if len(components) > 2 else ""
        if not service:
            raise ValueError("The `service` component (3rd component) of an ARN is required: " + arn)
        resource_type_or_name = components[5] if len(components) > 5 else ""
        if not resource_type_or_name:
            raise ValueError("The `resource` component (6th component) of an ARN is required: " + arn)
        region, account, rest = components[3], components[4], components[6:]
        start = 0
        slash = resource_type_or_name.find("/")
        if slash == 0:
            slash = resource_type_or_name.find("/", 1)
            start = 1
        sep: str | None
        if slash != -1:
            if arn_format is ArnFormat.NO_RESOURCE_NAME:
                sep, slash, detected = None, -1, ArnFormat.NO_RESOURCE_NAME
            else:
                sep = "/"
                detected = (
                    ArnFormat.SLASH_RESOURCE_NAME if start == 0 else ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME
                )
        elif rest:
            sep, slash, detected = ":", -1, ArnFormat.COLON_RESOURCE_NAME
        else:
            sep, detected = None, ArnFormat.NO_RESOURCE_NAME
        resource_name: str | None = None
        if slash != -1:
            resource = resource_type_or_name[start:slash]
            resource_name = resource_type_or_name[slash + 1 :]
        else:
            resource = resource_type_or_name
        if rest:
            resource_name = (resource_name + ":" if resource_name else "") + ":".join(rest)
        return ArnComponents(
            resource=resource,
            service=service,
            account=account,
            arn_format=detected,
            partition=partition,
            region=region,
            resource_name=resource_name,
            sep=sep,
        )

    @staticmethod
    def extract_resource_name(arn: str, resource_type: str) -> str:
        """The resource name of an ARN with a ``resource_type/name`` resource part."""
        if not arn.startswith("arn:") and unresolved(arn):
            return Fn.select(1, Fn.split(f":{resource_type}/", arn))
        components = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not unresolved(components.resource) and components.resource != resource_type:
            raise ValueError(
                f"Expected resource type '{resource_type}' in ARN, got '{components.resource}' in '{arn}'"
            )
        if components.resource_name is None:
            raise ValueError(f"Expected resource name in ARN, didn't find one: '{arn}'")
        return components.resource_name


def _split_token_arn(arn: str, arn_format: ArnFormat) -> ArnComponents:
    def part(i: int) -> str:
        return Fn.select(i, Fn.split(":", arn))

    partition, service, region, account = part(1), part(2), part(3), part(4)
    resource_name: str | None
    sep: str | None
    if arn_format in (ArnFormat.NO_RESOURCE_NAME, ArnFormat.COLON_RESOURCE_NAME):
        resource = part(5)
        if arn_format is ArnFormat.COLON_RESOURCE_NAME:
            resource_name, sep = part(6), ":"
        else:
            resource_name, sep = None, None
    else:
        last = Fn.split("/", part(5))
        resource = Fn.select(0, last)
        resource_name = Fn.select(1, last)
        sep = "/"
    return ArnComponents(
        resource=resource,
        service=service,
        account=account,
        arn_format=arn_format,
        partition=partition,
        region=region,
        resource_name=resource_name,
        sep=sep,
    )
