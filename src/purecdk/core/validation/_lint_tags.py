"""E3003 / E3024: a tag without a key in a resource's top-level ``Tags`` list.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``): any
resource type (custom resources included); a literal ``Tags`` list holding a literal object with a ``Value`` key
whose ``Key`` is missing, ``null`` or ``AWS::NoValue`` gives both rules once, at ``Properties.Tags`` (``Fn::If``
items or keys and nested tag lists are not inspected).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import TemplateChecker

_NO_VALUE = {"Ref": "AWS::NoValue"}


def _lacks_key(tag: Any) -> bool:
    if not isinstance(tag, dict) or (len(tag) == 1 and next(iter(tag)).startswith("Fn::")):
        return False
    key = tag.get("Key")
    return "Value" in tag and (key is None or key == _NO_VALUE)


def check_tags(checker: TemplateChecker, resource: dict[str, Any], pos: tuple[int, ...]) -> None:
    """E3003 and E3024 for one resource."""
    props = resource.get("Properties")
    tags = props.get("Tags") if isinstance(props, dict) else None
    if not isinstance(tags, list) or not any(_lacks_key(tag) for tag in tags):
        return
    assert isinstance(props, dict)
    tags_pos = pos + (checker._index_of(resource, "Properties"), checker._index_of(props, "Tags"))
    for rule in ("E3003", "E3024"):
        checker._emit(
            None,
            rule,
            "'Key' is a required property",
            ("Properties", "Tags"),
            tags_pos,
            fix="Tag Key cannot be null or AWS::NoValue",
        )
