"""Meant to fail under the recommended context: L1 strings outside the schemas' constraints (enum, pattern,
length) and an enum given through a parameter's default. aws-cdk-lib prints them as warnings by default."""

from purecdk import App, CfnParameter, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "StringsStack")

mutability = CfnParameter(stack, "Mutability", default="SOMETIMES")

ecr.CfnRepository(
    stack,
    "Repository",
    repository_name="Bad_Name",
    image_tag_mutability="SOMETIMES",
    encryption_configuration=ecr.CfnRepository.EncryptionConfigurationProperty(encryption_type="ROT13"),
)
ecr.CfnRepository(stack, "FromParameter", image_tag_mutability=mutability.value_as_string)
ecr.CfnRepository(stack, "Short", repository_name="a")

iam.CfnRole(
    stack,
    "Role",
    role_name="r" * 70,
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
)

sns.CfnTopic(stack, "Topic", topic_name="no spaces allowed", tracing_config="Sometimes")

events.CfnRule(stack, "Rule", name="rule with spaces", schedule_expression="rate(1 day)", state="MAYBE")

app.synth()
