"""E2504 / E3501: a FIFO queue whose name does not end in ``.fifo``.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``):
``AWS::SQS::Queue`` with ``FifoQueue`` literally ``true`` (not ``"true"``, not a parameter) and a ``QueueName``
that is a literal or resolves (``Fn::Sub``, ``Fn::Join``, pseudo parameters, parameter defaults; not ``Fn::If``)
to a string without the exact suffix; both rules report it at ``Properties.QueueName``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._values import fmt_value

if TYPE_CHECKING:
    from ._engine import TemplateChecker


def check_fifo_name(checker: TemplateChecker, props: dict[str, Any], props_pos: tuple[int, ...]) -> None:
    """E2504 and E3501 for one queue's properties."""
    name = props.get("QueueName")
    if props.get("FifoQueue") is not True or name is None:
        return
    if isinstance(name, dict) and len(name) == 1 and "Fn::If" in name:
        return
    for candidate in checker._resolve(name):
        if isinstance(candidate, str) and not candidate.endswith(".fifo"):
            message = f"FIFO queue name {fmt_value(candidate)} must end with '.fifo'"
            pos = props_pos + (checker._index_of(props, "QueueName"),)
            checker._emit(None, "E2504", message, ("Properties", "QueueName"), pos)
            checker._emit(None, "E3501", message, ("Properties", "QueueName"), pos, "Append .fifo to the queue name")
            return
