"""The files of ``purecdk init app --language python``: the ``cdk init`` Python app, for purecdk.

``recommended-context.json`` holds the feature flags ``cdk init`` writes into ``cdk.json`` for aws-cdk-lib
2.275.0 (the same file as ``tests/golden/recommended-context.json``; a test keeps them equal).
"""

from __future__ import annotations

import json
import os
from typing import Any

APP_PY = """\
#!/usr/bin/env python3
import os

from purecdk import App, Environment

from {package}.{package}_stack import {stack_class}


app = App()
{stack_class}(app, "{stack_class}",
    # If you don't specify 'env', this stack will be environment-agnostic.
    # Account/Region-dependent features and context lookups will not work,
    # but a single synthesized template can be deployed anywhere.

    # Uncomment the next line to specialize this stack for the AWS Account
    # and Region that are implied by the current CLI configuration.

    #env=Environment(account=os.getenv('CDK_DEFAULT_ACCOUNT'), region=os.getenv('CDK_DEFAULT_REGION')),

    # Uncomment the next line if you know exactly what Account and Region you
    # want to deploy the stack to.

    #env=Environment(account='123456789012', region='us-east-1'),
    )

app.synth()
"""

STACK_PY = """\
from purecdk import (
    Duration,
    Stack,
    aws_ecr as ecr,
)
from purecdk.constructs import Construct


class {stack_class}(Stack):

    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # The code that defines your stack goes here

        # example resource: a container image repository that expires images after 30 days
        # (keep at least one resource: CloudFormation refuses a template without resources)
        ecr.Repository(
            self, "Repository",
            lifecycle_rules=[ecr.LifecycleRule(max_image_age=Duration.days(30))],
        )
"""

REQUIREMENTS = "purecdk>={version}\n"

GITIGNORE = """\
*.swp
__pycache__
.pytest_cache
.venv
*.egg-info

# CDK asset staging directory
.cdk.staging
cdk.out
"""

README = """\
# {name}

A CDK app in Python, written with [purecdk](https://pypi.org/project/purecdk/): the AWS CDK's constructs in
pure Python, with no Node.js needed to synthesize.

```
$ python3 -m venv .venv
$ source .venv/bin/activate
$ pip install -r requirements.txt
$ purecdk synth
```

## Useful commands

 * `purecdk ls`          list all stacks in the app
 * `purecdk synth`       emits the synthesized CloudFormation template
 * `purecdk diff`        compare the app with the last synthesis (or `--template FILE`)
 * `cdk deploy --app cdk.out`   deploy what `purecdk synth` wrote, with the AWS CDK CLI

`cdk synth` and `cdk deploy` also work directly: `cdk.json` says how to run the app.
"""

WATCH = {
    "include": ["**"],
    "exclude": [
        "README.md",
        "cdk*.json",
        "requirements*.txt",
        "source.bat",
        "**/__init__.py",
        "**/__pycache__",
        "tests",
    ],
}


def recommended_context() -> dict[str, Any]:
    """The feature flags a new project sets (sorted by name, as ``cdk init`` writes them)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recommended-context.json")
    with open(path, encoding="utf-8") as f:
        flags: dict[str, Any] = json.load(f)
    return dict(sorted(flags.items()))


def cdk_json() -> str:
    """The project's ``cdk.json``."""
    data = {"app": "python3 app.py", "watch": WATCH, "context": recommended_context()}
    return json.dumps(data, indent=2) + "\n"
