"""``Struct``: the base of purecdk's small value classes (aws-cdk-lib's data-only interfaces).

A subclass lists its fields as class annotations, with optional defaults, exactly like a dataclass::

    class RoleReference(Struct, kw_only=True):
        role_arn: str
        role_name: str

and gets what ``@dataclasses.dataclass(frozen=True)`` would give it: a keyword (or positional) constructor,
``__post_init__``, value equality, hashing, a ``repr`` and immutability. The difference is the cost of
defining the class: ``dataclasses`` writes and compiles five to six methods per class when the module is
imported (a few tenths of a millisecond a class: with the ~50 value classes a small ECR app loads, a quarter
of its start-up), while a ``Struct`` subclass only records its field table; the shared methods below read it.
Type checkers see a dataclass (``dataclass_transform``).

Class keywords: ``frozen`` (default true; ``frozen=False`` makes a mutable record, unhashable like a
mutable dataclass) and ``kw_only`` (default false). ``field(default_factory=...)`` gives a fresh default
per instance.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[type], type]:
        """Only type checkers read this marker; at run time it leaves the class alone."""
        return lambda cls: cls


__all__ = ["FrozenStructError", "Struct", "field"]

T = TypeVar("T")

_MISSING: Any = object()


class FrozenStructError(AttributeError):
    """Raised when a field of a frozen ``Struct`` is assigned or deleted."""


class _Factory:
    """A field default made fresh for every instance (``field(default_factory=...)``)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], T]) -> T:
    """A field whose default is ``default_factory()``, called once per instance (e.g. ``list``)."""
    return _Factory(default_factory)  # type: ignore[return-value]


def _is_class_var(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return text.startswith(("ClassVar", "typing.ClassVar"))


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Struct:
    """Base class of value classes: see the module docstring."""

    __slots__ = ()
    _struct_fields: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _struct_frozen: ClassVar[bool] = True
    _struct_kw_only: ClassVar[bool] = False

    def __init_subclass__(cls, *, frozen: bool = True, kw_only: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls._struct_fields)  # inherited fields first, in their order
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if _is_class_var(annotation):
                continue
            default = cls.__dict__.get(name, _MISSING)
            if isinstance(default, _Factory):
                delattr(cls, name)
            fields[name] = default
        cls._struct_fields = tuple(fields.items())
        cls._struct_frozen = frozen
        cls._struct_kw_only = kw_only
        if not frozen and "__hash__" not in cls.__dict__:
            cls.__hash__ = None  # type: ignore[assignment]  # mutable records are unhashable, as dataclasses

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        fields = cls._struct_fields
        if args:
            if cls._struct_kw_only or len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {0 if cls._struct_kw_only else len(fields)} positional "
                                f"arguments but {len(args)} were given")
            for (name, _), value in zip(fields, args, strict=False):
                if name in kwargs:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument '{name}'")
                kwargs[name] = value
        values = self.__dict__
        for name, default in fields:
            value = kwargs.pop(name, _MISSING)
            if value is _MISSING:
                if default is _MISSING:
                    raise TypeError(f"{cls.__name__}() missing required argument: '{name}'")
                value = default.make() if isinstance(default, _Factory) else default
            values[name] = value
        if kwargs:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{next(iter(kwargs))}'")
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def _struct_values(self) -> tuple[Any, ...]:
        values = self.__dict__
        return tuple(values[name] for name, _ in self._struct_fields)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name, _ in self._struct_fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._struct_values() == other._struct_values()  # type: ignore[attr-defined, no-any-return]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._struct_values())

    def __setattr__(self, name: str, value: Any) -> None:
        if self._struct_frozen:
            raise FrozenStructError(f"cannot assign to field '{name}' of a frozen {type(self).__name__}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if self._struct_frozen:
            raise FrozenStructError(f"cannot delete field '{name}' of a frozen {type(self).__name__}")
        object.__delattr__(self, name)


def struct_values(value: Struct) -> dict[str, Any]:
    """The fields of a struct and their values, in the order the class declares them."""
    return {name: getattr(value, name) for name, _ in value._struct_fields}
