"""Code.from_asset: a directory staged into the cloud assembly as a zip file asset (hash as aws-cdk-lib's)."""

import os
import tempfile

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_

source = tempfile.mkdtemp(prefix="lambda-asset-")
with open(os.path.join(source, "index.py"), "w", encoding="utf-8", newline="") as handle:
    handle.write("import json\r\n\r\ndef handler(event, context):\r\n    return json.dumps(event)\r\n")
os.makedirs(os.path.join(source, "lib"))
with open(os.path.join(source, "lib", "util.py"), "w", encoding="utf-8") as handle:
    handle.write("VALUE = 42\n")
with open(os.path.join(source, ".is_custom_resource"), "w", encoding="utf-8") as handle:
    handle.write("excluded from the hash\n")

app = App()
stack = Stack(app, "LambdaAsset")
code = lambda_.Code.from_asset(source)
lambda_.Function(stack, "FromAsset", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
lambda_.Function(
    stack,
    "SameDirectory",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_asset(source),
)

app.synth()
