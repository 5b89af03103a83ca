"""The benchmark programs: one CDK app text per size, the same text for purecdk and for aws-cdk-lib.

Every program is written against purecdk and rewritten for aws-cdk-lib with the golden regenerator's
``translate_source`` (``tools/regen_golden.py``), so the two libraries run exactly the same statements.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

from regen_golden import translate_source  # noqa: E402  (tools/ is not a package)

REPOSITORIES_PER_STACK = 50
"""Repositories per stack at every size (a stack of 50 holds 102 resources, well under CloudFormation's 500)."""

_REPOSITORIES_APP = '''\
"""Benchmark app: {count} ECR repositories in stacks of {per_stack}."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

REPOSITORIES = {count}
PER_STACK = {per_stack}

app = App()
for first in range(0, REPOSITORIES, PER_STACK):
    stack = Stack(app, f"Registry{{first // PER_STACK:02d}}")
    ci_role = iam.Role(stack, "CiRole", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
    for index in range(first, min(first + PER_STACK, REPOSITORIES)):
        repository = ecr.Repository(
            stack,
            f"Repository{{index:04d}}",
            image_scan_on_push=True,
            image_tag_mutability=ecr.TagMutability.IMMUTABLE,
            lifecycle_rules=[
                ecr.LifecycleRule(tag_prefix_list=["release"], max_image_count=20),
                ecr.LifecycleRule(tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.days(14)),
            ],
        )
        repository.grant_pull(ci_role)
        repository.on_image_scan_completed("ScanCompleted")
app.synth()
'''


def repositories_app(count: int, per_stack: int = REPOSITORIES_PER_STACK) -> str:
    """purecdk program text of an app with ``count`` repositories, each with scan on push, immutable tags,
    two lifecycle rules, a pull grant to its stack's CI role and an image-scan-completed rule."""
    if count < 1:
        raise ValueError(f"an app needs at least one repository, got {count}")
    return _REPOSITORIES_APP.format(count=count, per_stack=per_stack)


def import_app(modules: list[str]) -> str:
    """purecdk program text that only imports ``purecdk`` and the given submodules (e.g. ``["aws_ecr"]``)."""
    names = ["purecdk"] + [f"purecdk.{module}" for module in modules]
    return f'"""Benchmark: import only."""\n\nimport {", ".join(names)}  # noqa: F401\n'


def to_aws_cdk(source: str) -> str:
    """The same program for aws-cdk-lib (``purecdk`` imports rewritten as the golden regenerator does)."""
    return translate_source(source)


_NODE_REPOSITORIES_APP = """\
// Benchmark app: {count} ECR repositories in stacks of {per_stack} (aws-cdk-lib on Node.js).
const cdk = require("aws-cdk-lib");
const ecr = require("aws-cdk-lib/aws-ecr");
const iam = require("aws-cdk-lib/aws-iam");

const REPOSITORIES = {count};
const PER_STACK = {per_stack};
const pad = (n, width) => String(n).padStart(width, "0");

const app = new cdk.App();
for (let first = 0; first < REPOSITORIES; first += PER_STACK) {{
  const stack = new cdk.Stack(app, `Registry${{pad(first / PER_STACK, 2)}}`);
  const ciRole = new iam.Role(stack, "CiRole", {{
    assumedBy: new iam.ServicePrincipal("codebuild.amazonaws.com"),
  }});
  for (let index = first; index < Math.min(first + PER_STACK, REPOSITORIES); index++) {{
    const repository = new ecr.Repository(stack, `Repository${{pad(index, 4)}}`, {{
      imageScanOnPush: true,
      imageTagMutability: ecr.TagMutability.IMMUTABLE,
      lifecycleRules: [
        {{ tagPrefixList: ["release"], maxImageCount: 20 }},
        {{ tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: cdk.Duration.days(14) }},
      ],
    }});
    repository.grantPull(ciRole);
    repository.onImageScanCompleted("ScanCompleted");
  }}
}}
app.synth();
"""


def node_repositories_app(count: int, per_stack: int = REPOSITORIES_PER_STACK) -> str:
    """The same app as ``repositories_app`` written in JavaScript for aws-cdk-lib on Node.js."""
    if count < 1:
        raise ValueError(f"an app needs at least one repository, got {count}")
    return _NODE_REPOSITORIES_APP.format(count=count, per_stack=per_stack)
