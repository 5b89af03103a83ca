"""Code.from_asset(source_kms_key=...) with an L1 key and with an imported key reference (any IKeyRef)."""

import os
import tempfile

from purecdk import App, Stack
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_

source = tempfile.mkdtemp(prefix="lambda-code-key-")
with open(os.path.join(source, "index.py"), "w", encoding="utf-8", newline="") as handle:
    handle.write("def handler(event, context):\n    return event\n")

app = App()
stack = Stack(app, "LambdaCodeKey")
key = kms.CfnKey(stack, "CodeKey")
lambda_.Function(
    stack,
    "WithL1Key",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(source, source_kms_key=key),
)
lambda_.Function(
    stack,
    "WithImportedKey",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(
        source, source_kms_key=kms.CfnKey.from_key_arn(stack, "Imported", "arn:aws:kms:us-east-1:111111111111:key/k1")
    ),
)

app.synth()
