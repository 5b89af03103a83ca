"""Tokens: values that are unresolved until synthesis, hidden in strings, numbers and lists."""

from purecdk.core.tokens.encoding import TokenizedStringFragments
from purecdk.core.tokens.intrinsic import Intrinsic
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.resolvable import IPostProcessor, IResolvable, IResolveContext
from purecdk.core.tokens.resolve import DefaultTokenResolver, RememberingTokenResolver, resolve
from purecdk.core.tokens.token import Token, Tokenization

__all__ = [
    "DefaultTokenResolver",
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "Intrinsic",
    "Lazy",
    "RememberingTokenResolver",
    "Token",
    "TokenizedStringFragments",
    "Tokenization",
    "resolve",
]
