"""``Runtime``: the language runtimes of Lambda functions (the names CloudFormation expects)."""

from __future__ import annotations

import enum
from typing import Any, ClassVar


class RuntimeFamily(enum.Enum):
    """The language family of a runtime."""

    NODEJS = 0
    JAVA = 1
    PYTHON = 2
    DOTNET_CORE = 3
    GO = 4
    RUBY = 5
    OTHER = 6


class Runtime:
    """A Lambda runtime, e.g. ``Runtime.PYTHON_3_12`` (``python3.12``)."""

    ALL: ClassVar[list[Runtime]] = []
    NODEJS: ClassVar[Runtime]
    NODEJS_4_3: ClassVar[Runtime]
    NODEJS_6_10: ClassVar[Runtime]
    NODEJS_8_10: ClassVar[Runtime]
    NODEJS_10_X: ClassVar[Runtime]
    NODEJS_12_X: ClassVar[Runtime]
    NODEJS_14_X: ClassVar[Runtime]
    NODEJS_16_X: ClassVar[Runtime]
    NODEJS_18_X: ClassVar[Runtime]
    NODEJS_20_X: ClassVar[Runtime]
    NODEJS_LATEST: ClassVar[Runtime]
    NODEJS_22_X: ClassVar[Runtime]
    NODEJS_24_X: ClassVar[Runtime]
    PYTHON_2_7: ClassVar[Runtime]
    PYTHON_3_6: ClassVar[Runtime]
    PYTHON_3_7: ClassVar[Runtime]
    PYTHON_3_8: ClassVar[Runtime]
    PYTHON_3_9: ClassVar[Runtime]
    PYTHON_3_10: ClassVar[Runtime]
    PYTHON_3_11: ClassVar[Runtime]
    PYTHON_3_12: ClassVar[Runtime]
    PYTHON_3_13: ClassVar[Runtime]
    PYTHON_3_14: ClassVar[Runtime]
    JAVA_8: ClassVar[Runtime]
    JAVA_8_CORRETTO: ClassVar[Runtime]
    JAVA_11: ClassVar[Runtime]
    JAVA_17: ClassVar[Runtime]
    JAVA_21: ClassVar[Runtime]
    JAVA_25: ClassVar[Runtime]
    JAVA_8_AL2023: ClassVar[Runtime]
    JAVA_11_AL2023: ClassVar[Runtime]
    JAVA_17_AL2023: ClassVar[Runtime]
    DOTNET_6: ClassVar[Runtime]
    DOTNET_8: ClassVar[Runtime]
    DOTNET_9: ClassVar[Runtime]
    DOTNET_10: ClassVar[Runtime]
    DOTNET_CORE_1: ClassVar[Runtime]
    DOTNET_CORE_2: ClassVar[Runtime]
    DOTNET_CORE_2_1: ClassVar[Runtime]
    DOTNET_CORE_3_1: ClassVar[Runtime]
    GO_1_X: ClassVar[Runtime]
    RUBY_2_5: ClassVar[Runtime]
    RUBY_2_7: ClassVar[Runtime]
    RUBY_3_2: ClassVar[Runtime]
    RUBY_3_3: ClassVar[Runtime]
    RUBY_3_4: ClassVar[Runtime]
    RUBY_4_0: ClassVar[Runtime]
    PROVIDED: ClassVar[Runtime]
    PROVIDED_AL2: ClassVar[Runtime]
    PROVIDED_AL2023: ClassVar[Runtime]
    FROM_IMAGE: ClassVar[Runtime]

    def __init__(
        self,
        name: str,
        family: RuntimeFamily | None = None,
        *,
        supports_inline_code: bool = False,
        supports_code_guru_profiling: bool = False,
        supports_snap_start: bool = False,
        is_variable: bool = False,
        **_: Any,
    ) -> None:
        self.name = name
        self.family = family
        self.supports_inline_code = supports_inline_code
        self.supports_code_guru_profiling = supports_code_guru_profiling
        self.supports_snap_start = supports_snap_start
        self.is_variable = is_variable
        Runtime.ALL.append(self)

    def runtime_equals(self, other: Runtime) -> bool:
        """Whether ``other`` is the same runtime."""
        return (
            other.name == self.name
            and other.family == self.family
            and other.supports_inline_code == self.supports_inline_code
        )

    @staticmethod
    def determine_latest_python_runtime(scope: Any) -> Runtime:
        """The latest Python runtime aws-cdk-lib 2.275.0 knows to be available everywhere."""
        return Runtime.PYTHON_3_13

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Runtime({self.name!r})"


def _rt(
    name: str,
    family: RuntimeFamily | None = None,
    *,
    inline: bool = False,
    profiling: bool = False,
    snap: bool = False,
    variable: bool = False,
) -> Runtime:
    return Runtime(
        name,
        family,
        supports_inline_code=inline,
        supports_code_guru_profiling=profiling,
        supports_snap_start=snap,
        is_variable=variable,
    )


_F = RuntimeFamily
Runtime.NODEJS = _rt("nodejs", _F.NODEJS, inline=True)
Runtime.NODEJS_4_3 = _rt("nodejs4.3", _F.NODEJS, inline=True)
Runtime.NODEJS_6_10 = _rt("nodejs6.10", _F.NODEJS, inline=True)
Runtime.NODEJS_8_10 = _rt("nodejs8.10", _F.NODEJS, inline=True)
Runtime.NODEJS_10_X = _rt("nodejs10.x", _F.NODEJS, inline=True)
Runtime.NODEJS_12_X = _rt("nodejs12.x", _F.NODEJS, inline=True)
Runtime.NODEJS_14_X = _rt("nodejs14.x", _F.NODEJS, inline=True)
Runtime.NODEJS_16_X = _rt("nodejs16.x", _F.NODEJS, inline=True)
Runtime.NODEJS_18_X = _rt("nodejs18.x", _F.NODEJS, inline=True)
Runtime.NODEJS_20_X = _rt("nodejs20.x", _F.NODEJS, inline=True)
Runtime.NODEJS_LATEST = _rt("nodejs24.x", _F.NODEJS, inline=True, variable=True)
Runtime.NODEJS_22_X = _rt("nodejs22.x", _F.NODEJS, inline=True)
Runtime.NODEJS_24_X = _rt("nodejs24.x", _F.NODEJS, inline=True)
Runtime.PYTHON_2_7 = _rt("python2.7", _F.PYTHON, inline=True)
Runtime.PYTHON_3_6 = _rt("python3.6", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_7 = _rt("python3.7", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_8 = _rt("python3.8", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_9 = _rt("python3.9", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_10 = _rt("python3.10", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_11 = _rt("python3.11", _F.PYTHON, inline=True, profiling=True)
Runtime.PYTHON_3_12 = _rt("python3.12", _F.PYTHON, inline=True, profiling=True, snap=True)
Runtime.PYTHON_3_13 = _rt("python3.13", _F.PYTHON, inline=True, profiling=True, snap=True)
Runtime.PYTHON_3_14 = _rt("python3.14", _F.PYTHON, inline=True, profiling=True, snap=True)
Runtime.JAVA_8 = _rt("java8", _F.JAVA, profiling=True)
Runtime.JAVA_8_CORRETTO = _rt("java8.al2", _F.JAVA, profiling=True)
Runtime.JAVA_11 = _rt("java11", _F.JAVA, profiling=True, snap=True)
Runtime.JAVA_17 = _rt("java17", _F.JAVA, profiling=True, snap=True)
Runtime.JAVA_21 = _rt("java21", _F.JAVA, profiling=True, snap=True)
Runtime.JAVA_25 = _rt("java25", _F.JAVA, profiling=True, snap=True)
Runtime.JAVA_8_AL2023 = _rt("java8.al2023", _F.JAVA, profiling=True)
Runtime.JAVA_11_AL2023 = _rt("java11.al2023", _F.JAVA, profiling=True, snap=True)
Runtime.JAVA_17_AL2023 = _rt("java17.al2023", _F.JAVA, profiling=True, snap=True)
Runtime.DOTNET_6 = _rt("dotnet6", _F.DOTNET_CORE)
Runtime.DOTNET_8 = _rt("dotnet8", _F.DOTNET_CORE, snap=True)
Runtime.DOTNET_9 = _rt("dotnet9", _F.DOTNET_CORE, snap=True)
Runtime.DOTNET_10 = _rt("dotnet10", _F.DOTNET_CORE, snap=True)
Runtime.DOTNET_CORE_1 = _rt("dotnetcore1.0", _F.DOTNET_CORE)
Runtime.DOTNET_CORE_2 = _rt("dotnetcore2.0", _F.DOTNET_CORE)
Runtime.DOTNET_CORE_2_1 = _rt("dotnetcore2.1", _F.DOTNET_CORE)
Runtime.DOTNET_CORE_3_1 = _rt("dotnetcore3.1", _F.DOTNET_CORE)
Runtime.GO_1_X = _rt("go1.x", _F.GO)
Runtime.RUBY_2_5 = _rt("ruby2.5", _F.RUBY)
Runtime.RUBY_2_7 = _rt("ruby2.7", _F.RUBY)
Runtime.RUBY_3_2 = _rt("ruby3.2", _F.RUBY)
Runtime.RUBY_3_3 = _rt("ruby3.3", _F.RUBY)
Runtime.RUBY_3_4 = _rt("ruby3.4", _F.RUBY)
Runtime.RUBY_4_0 = _rt("ruby4.0", _F.RUBY)
Runtime.PROVIDED = _rt("provided", _F.OTHER)
Runtime.PROVIDED_AL2 = _rt("provided.al2", _F.OTHER)
Runtime.PROVIDED_AL2023 = _rt("provided.al2023", _F.OTHER)
Runtime.FROM_IMAGE = _rt("FROM_IMAGE")
