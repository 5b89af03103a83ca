"""Tokens in strings, numbers and lists; concatenation into minimal Fn::Join; Lazy; Fn."""

from __future__ import annotations

import pytest

from purecdk import App, Aws, CfnParameter, Fn, Lazy, Stack, Token, Tokenization


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def test_string_token_embeds_and_resolves_to_join(stack: Stack) -> None:
    s = f"arn:{Aws.PARTITION}:s3:::{Aws.ACCOUNT_ID}-bucket"
    assert Token.is_unresolved(s)
    assert stack.resolve(s) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::", {"Ref": "AWS::AccountId"}, "-bucket"]]
    }


def test_single_token_resolves_to_itself(stack: Stack) -> None:
    assert stack.resolve(Aws.REGION) == {"Ref": "AWS::Region"}
    assert stack.resolve({"a": [Aws.REGION, "x"]}) == {"a": [{"Ref": "AWS::Region"}, "x"]}


def test_nested_joins_are_flattened(stack: Stack) -> None:
    inner = Fn.join("", ["a", Aws.REGION])
    outer = Fn.join("", [inner, "b", "c"])
    assert stack.resolve(outer) == {"Fn::Join": ["", ["a", {"Ref": "AWS::Region"}, "bc"]]}


def test_literal_join_collapses(stack: Stack) -> None:
    assert stack.resolve(Fn.join("-", ["a", "b"])) == "a-b"


def test_number_tokens(stack: Stack) -> None:
    param = CfnParameter(stack, "P", type="Number")
    n = param.value_as_number
    assert isinstance(n, float)
    assert Token.is_unresolved(n)
    assert stack.resolve(n) == {"Ref": "P"}
    assert stack.resolve(f"{n}s") == {"Fn::Join": ["", [{"Ref": "P"}, "s"]]}
    assert not Token.is_unresolved(1.5)


def test_list_tokens(stack: Stack) -> None:
    azs = Fn.get_azs()
    assert len(azs) == 1 and Token.is_unresolved(azs)
    assert stack.resolve(azs) == {"Fn::GetAZs": ""}
    assert stack.resolve(Fn.select(1, azs)) == {"Fn::Select": [1, {"Fn::GetAZs": ""}]}
    with pytest.raises(ValueError, match="Cannot add elements to list token"):
        stack.resolve([*azs, "extra"])


def test_split_of_literal_is_immediate() -> None:
    assert Fn.split(",", "a,b") == ["a", "b"]
    assert Fn.select(1, ["a", "b"]) == "b"


def test_lazy_values_are_produced_at_resolution(stack: Stack) -> None:
    box = {"v": "first"}
    s = Lazy.string(lambda _ctx: box["v"])
    box["v"] = "second"
    assert stack.resolve(s) == "second"
    n = Lazy.number(lambda _ctx: 3)
    assert stack.resolve(n) == 3


def test_reverse_and_same_string_for_same_token() -> None:
    token = Token.as_any({"Ref": "X"})
    assert Token.as_string(token) == Token.as_string(token)
    assert Tokenization.reverse(Token.as_string(token)) is token


def test_condition_and_requires_arguments() -> None:
    with pytest.raises(ValueError, match="needs at least one argument"):
        Fn.condition_and()


def test_cidr_count_is_validated() -> None:
    with pytest.raises(ValueError, match="between 1 and 256"):
        Fn.cidr("10.0.0.0/16", 0)


def test_token_in_map_key_must_resolve_to_string(stack: Stack) -> None:
    key = Token.as_string(Token.as_any({"Ref": "X"}))
    with pytest.raises(ValueError, match="is used as the key in a map so must resolve to a string"):
        stack.resolve({key: 1})
