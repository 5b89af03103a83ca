"""``Fn``: the CloudFormation intrinsic functions."""

from __future__ import annotations

from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.cfn_lang import minimal_cloudformation_join
from purecdk.core.tokens.intrinsic import Intrinsic
from purecdk.core.tokens.token import Token, unresolved


class FnJoin:
    """``Fn::Join`` that collapses to a literal or a minimal join when it can."""

    def __init__(self, delimiter: str, values: list[Any]) -> None:
        if len(values) == 0:
            raise ValueError("FnJoin requires at least one value to be provided")
        self.delimiter = delimiter
        self.values = values
        self.type_hint = ResolutionTypeHint.STRING
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        """The minimal join (or the single value)."""
        if unresolved(self.values):
            return {"Fn::Join": [self.delimiter, self.values]}
        from purecdk.core.reference import Reference

        resolved = [x if isinstance(x, Reference) else context.resolve(x) for x in self.values]
        joined = minimal_cloudformation_join(self.delimiter, resolved)
        if len(joined) == 1:
            return joined[0]
        return {"Fn::Join": [self.delimiter, joined]}

    def __str__(self) -> str:
        return Token.as_string(self, display_hint="Fn::Join")


class _TransformingIntrinsic:
    """An intrinsic that adds the ``AWS::LanguageExtensions`` transform to the stack using it."""

    def __init__(self, value: Any, needs_transform: bool = True, type_hint: ResolutionTypeHint | None = None) -> None:
        self._value = value
        self._needs_transform = needs_transform
        self.type_hint = type_hint or ResolutionTypeHint.STRING
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        if self._needs_transform:
            from purecdk.core.stack import Stack

            Stack.of(context.scope).add_transform("AWS::LanguageExtensions")
        return self._value

    def __str__(self) -> str:
        return Token.as_string(self)


def _in_groups_of(items: tuple[Any, ...], size: int) -> list[tuple[Any, ...]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class _FnCondition(Intrinsic):
    """A condition expression (``Fn::And``, ``Fn::Equals``, ...) usable in ``CfnCondition``/``CfnRule``."""

    def __init__(self, name: str, value: Any) -> None:
        super().__init__({name: value})


class Fn:
    """CloudFormation intrinsic functions, as strings/lists/objects that resolve at synthesis."""

    @staticmethod
    def ref(logical_name: str) -> str:
        """``{"Ref": logical_name}``."""
        return Token.as_string(Intrinsic({"Ref": logical_name}))

    @staticmethod
    def get_att(logical_name_of_resource: str, attribute_name: str) -> Any:
        """``{"Fn::GetAtt": [resource, attribute]}`` (an object token)."""
        return Intrinsic({"Fn::GetAtt": [logical_name_of_resource, attribute_name]})

    @staticmethod
    def join(delimiter: str, list_of_values: list[Any]) -> str:
        """Join values with ``delimiter``; literal-only joins are done right away."""
        if len(list_of_values) == 0:
            raise ValueError("FnJoin requires at least one value to be provided")
        return Token.as_string(FnJoin(delimiter, list(list_of_values)), display_hint="Fn::Join")

    @staticmethod
    def split(delimiter: str, source: str, assumed_length: int | None = None) -> list[str]:
        """Split ``source``; a literal is split right away."""
        if not unresolved(source):
            return source.split(delimiter)
        if unresolved(delimiter):
            raise ValueError("Fn.split: 'delimiter' may not be a token value")
        split = Token.as_list(Intrinsic({"Fn::Split": [delimiter, source]}, type_hint=ResolutionTypeHint.STRING_LIST))
        if assumed_length is None:
            return split
        if unresolved(assumed_length):
            raise ValueError("Fn.split: 'assumedLength' may not be a token value")
        return [Fn.select(i, split) for i in range(assumed_length)]

    @staticmethod
    def select(index: int, array: list[str]) -> str:
        """Element ``index`` of ``array``; taken right away when nothing is a token."""
        if not unresolved(index) and not unresolved(array) and not any(unresolved(x) for x in array):
            return array[index]
        return Token.as_string(Intrinsic({"Fn::Select": [index, array]}))

    @staticmethod
    def sub(body: str, variables: dict[str, str] | None = None) -> str:
        """``Fn::Sub`` with optional variables."""
        return Token.as_string(Intrinsic({"Fn::Sub": [body, variables] if variables else body}))

    @staticmethod
    def base64(data: str) -> str:
        """``Fn::Base64``."""
        return Token.as_string(Intrinsic({"Fn::Base64": data}))

    @staticmethod
    def cidr(ip_block: str, count: int, size_mask: str | None = None) -> list[str]:
        """``Fn::Cidr``."""
        if not unresolved(count) and (count < 1 or count > 256):
            raise ValueError(f"Fn::Cidr's count attribute must be between 1 and 256, {count} was provided.")
        args = [ip_block, count] if size_mask is None else [ip_block, count, size_mask]
        return Token.as_list(Intrinsic({"Fn::Cidr": args}, type_hint=ResolutionTypeHint.STRING_LIST))

    @staticmethod
    def get_azs(region: str | None = None) -> list[str]:
        """``Fn::GetAZs`` (of the current region by default)."""
        return Token.as_list(Intrinsic({"Fn::GetAZs": region or ""}, type_hint=ResolutionTypeHint.STRING_LIST))

    @staticmethod
    def import_value(shared_value_to_import: str) -> str:
        """``Fn::ImportValue``."""
        return Token.as_string(Intrinsic({"Fn::ImportValue": shared_value_to_import}))

    @staticmethod
    def import_list_value(shared_value_to_import: str, assumed_length: int, delimiter: str = ",") -> list[str]:
        """Import a delimited list export as ``assumed_length`` elements."""
        return Fn.split(delimiter, Fn.import_value(shared_value_to_import), assumed_length)

    @staticmethod
    def find_in_map(
        map_name: str, top_level_key: str, second_level_key: str, default_value: str | None = None
    ) -> str:
        """``Fn::FindInMap``."""
        args: list[Any] = [map_name, top_level_key, second_level_key]
        if default_value is not None:
            args.append({"DefaultValue": default_value})
        return Token.as_string(_TransformingIntrinsic({"Fn::FindInMap": args}, default_value is not None))

    @staticmethod
    def get_stack_output(stack_name: str, output_name: str, region: str | None = None,
                         role_arn: str | None = None) -> str:
        """``Fn::GetStackOutput``: read another stack's output at deploy time."""
        value = {"StackName": stack_name, "Region": region, "RoleArn": role_arn, "OutputName": output_name}
        return Token.as_string(Intrinsic({"Fn::GetStackOutput": value}))

    @staticmethod
    def to_json_string(object: Any) -> str:
        """``Fn::ToJsonString`` for tokens (adds the language extensions transform); JSON text for literals."""
        if not unresolved(object):
            from purecdk.core.tokens.js import js_json_dumps

            return js_json_dumps(object)
        return Token.as_string(_TransformingIntrinsic({"Fn::ToJsonString": object}), display_hint="Fn::ToJsonString")

    @staticmethod
    def len(array: Any) -> float:
        """``Fn::Length`` for tokens (adds the language extensions transform); ``len`` for literal lists."""
        if not unresolved(array):
            if not isinstance(array, list):
                raise TypeError("Fn.length() needs an array")
            return len(array)
        return Token.as_number(_TransformingIntrinsic({"Fn::Length": array}, type_hint=ResolutionTypeHint.NUMBER))

    @staticmethod
    def value_of_all(parameter_type: str, attribute: str) -> list[str]:
        """``Fn::ValueOfAll`` (rules only)."""
        return Token.as_list(
            Intrinsic({"Fn::ValueOfAll": [parameter_type, attribute]}, type_hint=ResolutionTypeHint.STRING_LIST)
        )

    @staticmethod
    def transform(macro_name: str, parameters: dict[str, Any]) -> Any:
        """``Fn::Transform``."""
        return Intrinsic({"Fn::Transform": {"Name": macro_name, "Parameters": parameters}})

    @staticmethod
    def parse_domain_name(url: str) -> str:
        """The domain name of a URL (``Fn::Select(2, Fn::Split("/", url))``)."""
        no_https = Fn.select(1, Fn.split("//", url))
        return Fn.select(0, Fn.split("/", no_https))

    @staticmethod
    def ref_all(parameter_type: str) -> list[str]:
        """``Fn::RefAll`` (rules only)."""
        return Token.as_list(Intrinsic({"Fn::RefAll": parameter_type}, type_hint=ResolutionTypeHint.STRING_LIST))

    @staticmethod
    def value_of(parameter_or_logical_id: str, attribute: str) -> str:
        """``Fn::ValueOf`` (rules only)."""
        return Token.as_string(Intrinsic({"Fn::ValueOf": [parameter_or_logical_id, attribute]}))

    @staticmethod
    def values_of(parameter_type: str, attribute: str) -> list[str]:
        """``Fn::ValuesOf`` (rules only)."""
        return Token.as_list(
            Intrinsic({"Fn::ValuesOf": [parameter_type, attribute]}, type_hint=ResolutionTypeHint.STRING_LIST)
        )

    # -- conditions ----------------------------------------------------------------------------------

    @staticmethod
    def condition_and(*conditions: Any) -> Any:
        """``Fn::And`` (a single condition is returned as is)."""
        if len(conditions) == 0:
            raise ValueError("Fn.conditionAnd() needs at least one argument")
        if len(conditions) == 1:
            return conditions[0]
        if len(conditions) > 10:
            return Fn.condition_and(*(Fn.condition_and(*group) for group in _in_groups_of(conditions, 10)))
        return _FnCondition("Fn::And", list(conditions))

    @staticmethod
    def condition_or(*conditions: Any) -> Any:
        """``Fn::Or`` (a single condition is returned as is)."""
        if len(conditions) == 0:
            raise ValueError("Fn.conditionOr() needs at least one argument")
        if len(conditions) == 1:
            return conditions[0]
        if len(conditions) > 10:
            return Fn.condition_or(*(Fn.condition_or(*group) for group in _in_groups_of(conditions, 10)))
        return _FnCondition("Fn::Or", list(conditions))

    @staticmethod
    def condition_not(condition: Any) -> Any:
        """``Fn::Not``."""
        return _FnCondition("Fn::Not", [condition])

    @staticmethod
    def condition_equals(lhs: Any, rhs: Any) -> Any:
        """``Fn::Equals``."""
        return _FnCondition("Fn::Equals", [lhs, rhs])

    @staticmethod
    def condition_if(condition_id: str, value_if_true: Any, value_if_false: Any) -> Any:
        """``Fn::If``."""
        return _FnCondition("Fn::If", [condition_id, value_if_true, value_if_false])

    @staticmethod
    def condition_contains(list_of_strings: list[str], value: str) -> Any:
        """``Fn::Contains`` (rules only)."""
        return _FnCondition("Fn::Contains", [list_of_strings, value])

    @staticmethod
    def condition_each_member_equals(list_of_strings: list[str], value: str) -> Any:
        """``Fn::EachMemberEquals`` (rules only)."""
        return _FnCondition("Fn::EachMemberEquals", [list_of_strings, value])

    @staticmethod
    def condition_each_member_in(strings_to_check: list[str], strings_to_match: list[str]) -> Any:
        """``Fn::EachMemberIn`` (rules only)."""
        return _FnCondition("Fn::EachMemberIn", [strings_to_check, strings_to_match])
