"""``Struct``: the dataclass-like base of purecdk's value classes."""

from __future__ import annotations

from typing import ClassVar

import pytest

from purecdk.core.struct_class import FrozenStructError, Struct, field
from purecdk.core.structs import to_jsii_value


class Point(Struct):
    x: int
    y: int = 0
    ORIGIN_NAME: ClassVar[str] = "origin"


class Point3(Point):
    z: int = 0


class Named(Struct, kw_only=True):
    name: str
    tags: list[str] = field(default_factory=list)


class Counter(Struct, frozen=False):
    count: int = 0
    seen: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.seen.append(self.count)


def test_positional_and_keyword_arguments_with_defaults() -> None:
    assert Point(1).y == 0
    assert Point(1, 2) == Point(x=1, y=2)
    assert Point3(1, 2, 3).z == 3
    assert Point3(x=1, z=5) == Point3(1, 0, 5)


def test_wrong_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError, match="missing required argument: 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'w'"):
        Point(1, w=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional"):
        Named("n")  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional"):
        Point(1, 2, 3)  # type: ignore[call-arg]


def test_class_vars_are_not_fields() -> None:
    assert [name for name, _ in Point._struct_fields] == ["x", "y"]
    assert [name for name, _ in Point3._struct_fields] == ["x", "y", "z"]


def test_equality_hash_and_repr() -> None:
    assert Point(1, 2) != Point3(1, 2)
    assert len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    assert repr(Point3(1, 2, 3)) == "Point3(x=1, y=2, z=3)"
    assert repr(Named(name="a")) == "Named(name='a', tags=[])"


def test_frozen_by_default() -> None:
    p = Point(1)
    with pytest.raises(FrozenStructError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del p.x  # type: ignore[misc]
    assert p.x == 1


def test_default_factory_makes_a_fresh_value_per_instance() -> None:
    a, b = Named(name="a"), Named(name="b")
    a.tags.append("t")
    assert b.tags == []
    assert "tags" not in Named.__dict__


def test_mutable_struct_with_post_init_is_unhashable() -> None:
    c = Counter(3)
    assert c.seen == [3]
    c.count = 4
    assert c.count == 4 and c.seen == [3]
    assert c != Counter(3)
    other = Counter(3)
    other.count = 4
    assert c == other
    with pytest.raises(TypeError):
        hash(c)


def test_to_jsii_value_reads_struct_fields() -> None:
    assert to_jsii_value(Named(name="n", tags=["a"])) == {"name": "n", "tags": ["a"]}
    assert to_jsii_value(Point3(x=1, z=2)) == {"x": 1, "y": 0, "z": 2}
