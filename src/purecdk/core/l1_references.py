"""Runtime of the generated L1 reference API: ``CfnRole.role_ref`` parts, ``arn_for_*`` and ``from_*`` helpers.

aws-cdk-lib 2.275's L1 classes implement reference interfaces (``IRoleRef``): the generated ``<type>_ref``
properties build a reference struct from the resource's ``Ref``, its ``Fn::GetAtt`` attributes or parts of a
composite ``Ref`` (``policy|role``); ``from_<type>_arn`` / ``from_<type>_name`` import an existing resource as a
small ``Resource`` carrying only that reference. The generated modules hold the facts (which attribute, which
ARN template); what runs lives here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from purecdk.core.resource import Resource

if TYPE_CHECKING:
    from purecdk.constructs import Construct
    from purecdk.core.cfn_resource import CfnResource

_VARIABLE = r"\$\{([^{}]+)\}"  # (patterns compiled on first use: this module is imported by every L1 module)
_PARTS = r"(\$\{[^{}]+\})"


def ref_part(resource: CfnResource, index: int) -> str:
    """Part ``index`` of a composite ``Ref`` (``a|b``): ``Fn::Select`` of ``Fn::Split`` at ``|``."""
    from purecdk.core.fn import Fn

    return Fn.select(index, Fn.split("|", resource.ref))


def _mismatch(value: str, template: str) -> ValueError:
    return ValueError(f"InputDoesMatchTemplate: Input {value} does not match template {template}")


def parse_template(template: str, value: str) -> dict[str, str]:
    """The variables of ``template`` (``arn:${Partition}:...``) read out of ``value``, literally.

    A value holding tokens where the template has literal text does not match (as in aws-cdk-lib).
    """
    parts = re.split(_PARTS, template)
    result: dict[str, str] = {}
    at = 0
    for i, part in enumerate(parts):
        if part.startswith("${") and part.endswith("}"):
            following = parts[i + 1] if i + 1 < len(parts) else ""
            if following:
                end = value.find(following, at)
                if end < 0:
                    raise _mismatch(value, template)
            else:
                end = len(value)
            result[part[2:-1]] = value[at:end]
            at = end
        else:
            if value[at : at + len(part)] != part:
                raise _mismatch(value, template)
            at += len(part)
    if at != len(value):
        raise _mismatch(value, template)
    return result


def interpolate_template(template: str, variables: Mapping[str, str]) -> str:
    """``template`` with each ``${Name}`` replaced by ``variables[Name]``."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if variables.get(name) is None:
            raise ValueError(f"VariableProvidedTemplateInterpolation: Variable {name} not provided for template "
                             "interpolation")
        return variables[name]

    return re.sub(_VARIABLE, one, template)


class _ImportedReference(Resource):
    """An existing resource known by its reference only (what ``CfnRepository.from_repository_arn`` returns)."""

    def __init__(self, scope: Construct, id: str, arn: str, ref_name: str) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self._ref_name = ref_name

    def _set_reference(self, reference: Any) -> None:
        setattr(self, self._ref_name, reference)


def import_reference(
    scope: Construct,
    id: str,
    value: str,
    *,
    kind: str,
    template: str | None,
    variable: str | None,
    ref_name: str,
    struct: Any,
    fields: tuple[tuple[str, str], ...],
) -> Any:
    """A construct implementing ``I<Type>Ref`` for an existing resource given by ARN (``kind="arn"``) or by
    the value of the ARN template's ``variable`` (``kind="name"``: the ARN is built in the scope's partition,
    region and account). ``fields`` maps each reference field to ``"arn"``, ``"parameter"`` or
    ``"var:<Name>"`` (a variable parsed out of the ARN)."""
    if kind == "arn":
        arn = value
        imported = _ImportedReference(scope, id, arn, ref_name)
        variables = parse_template(template, arn) if template else {}
    else:
        from purecdk.core.stack import Stack

        stack = Stack.of(scope)
        assert template is not None and variable is not None
        arn = interpolate_template(template, {
            "Partition": stack.partition, "Region": stack.region, "Account": stack.account, variable: value,
        })
        imported = _ImportedReference(scope, id, arn, ref_name)
        variables = {}
    values = {}
    for field, source in fields:
        if source == "arn":
            values[field] = arn
        elif source == "parameter":
            values[field] = value
        else:
            values[field] = variables[source[len("var:"):]]
    imported._set_reference(struct(**values))
    return imported


def arn_from_template(resource: Any, ref_name: str, template: str, fields: tuple[tuple[str, str], ...]) -> str:
    """The ARN of ``resource`` built from ``template``: ``${Partition}`` is its stack's partition, ``${Region}``
    and ``${Account}`` its environment's, and each other variable (``fields``: variable, field) a field of its
    ``ref_name`` reference."""
    from purecdk.core.stack import Stack

    reference = getattr(resource, ref_name)
    env = resource.env
    values = {"Partition": Stack.of(resource).partition, "Region": env.region, "Account": env.account}
    for name, field in fields:
        values[name] = getattr(reference, field)
    return interpolate_template(template, values)
