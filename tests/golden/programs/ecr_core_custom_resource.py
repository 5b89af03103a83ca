"""The core CustomResource and CustomResourceProvider behind ECR's auto-delete-images, with a Node.js handler."""

import os
import tempfile

from purecdk import (
    App,
    CfnOutput,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    RemovalPolicy,
    Size,
    Stack,
)

code_directory = tempfile.mkdtemp()
with open(os.path.join(code_directory, "index.js"), "w", encoding="utf-8") as handle:
    handle.write("exports.handler = async () => ({ PhysicalResourceId: 'fixed' });\n")
with open(os.path.join(code_directory, "types.ts"), "w", encoding="utf-8") as handle:
    handle.write("export type Ignored = string;\n")

app = App()
stack = Stack(app, "CustomResourceStack")

provider = CustomResourceProvider.get_or_create_provider(
    stack,
    "Custom::MyThing",
    code_directory=code_directory,
    runtime=CustomResourceProviderRuntime.NODEJS_20_X,
    use_cfn_response_wrapper=False,
    description="Handles Custom::MyThing",
    environment={"ZETA": "z", "ALPHA": "a"},
    memory_size=Size.mebibytes(256),
    timeout=Duration.minutes(5),
    policy_statements=[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}],
)
provider.add_to_role_policy({"Effect": "Allow", "Action": ["ecr:ListImages"], "Resource": "*"})
same_token = CustomResourceProvider.get_or_create(stack, "Custom::MyThing", code_directory=code_directory,
                                                  runtime=CustomResourceProviderRuntime.NODEJS_20_X)

thing = CustomResource(
    stack,
    "Thing",
    service_token=provider.service_token,
    resource_type="Custom::MyThing",
    properties={"Size": 3, "nested": {"a": [1, 2]}},
    pascal_case_properties=True,
    service_timeout=Duration.minutes(2),
)
CustomResource(
    stack,
    "Plain",
    service_token=same_token,
    properties={"Name": "x"},
    removal_policy=RemovalPolicy.RETAIN,
)
CfnOutput(stack, "Ref", value=thing.ref)
CfnOutput(stack, "Att", value=thing.get_att_string("Value"))
CfnOutput(stack, "RoleArn", value=provider.role_arn)

app.synth()
