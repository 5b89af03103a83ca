"""Synthesis-time template validation, as aws-cdk-lib 2.275 does it ("CloudFormation Validate").

``run_validation`` is the hook ``App.synth()`` calls; ``validate_templates`` returns the plugin's
violations; ``check_template`` the engine-level diagnostics of one template. The schema data
(``data/``) comes from the validation engine bundled with aws-cdk-lib (``tools/gen_validation_data.py``)
and is loaded lazily, one service file at a time, at the first validation.

Stack traces: for a Python app aws-cdk-lib can only record jsii placeholders, so each violating
construct gets the same placeholder text aws-cdk-lib writes for Python users
(``...jsii runtime, node internals...``, or ``...aws-cdk-lib, jsii runtime, node internals...`` for a
construct created inside a library construct); they never carry real locations, as upstream.
See ``tests/validation/FINDINGS.md`` for what is and is not checked.
"""

from ._annotations import split_rule
from ._engine import Diagnostic, check_template
from ._report import (
    PLUGIN_NAME,
    ConstructInfo,
    StackTemplateInfo,
    ViolatingResource,
    Violation,
    format_blocks,
    normalize_rule_id,
    report_json,
    validate_templates,
)
from .hook import ValidationError, run_validation

__all__ = [
    "PLUGIN_NAME",
    "ConstructInfo",
    "Diagnostic",
    "StackTemplateInfo",
    "ValidationError",
    "Violation",
    "ViolatingResource",
    "check_template",
    "format_blocks",
    "normalize_rule_id",
    "report_json",
    "run_validation",
    "split_rule",
    "validate_templates",
]
