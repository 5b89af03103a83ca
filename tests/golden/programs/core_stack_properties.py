"""Stack description, termination_protection and stack_name=."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_sqs as sqs

app = App()

described = Stack(
    app,
    "DescribedStack",
    description="A stack with a description",
    termination_protection=True,
    stack_name="my-explicit-stack-name",
)
sqs.CfnQueue(described, "Queue")
CfnOutput(described, "Name", value=described.stack_name)

plain = Stack(app, "PlainStack")
plain.template_options.description = "Set via template_options"
plain.template_options.template_format_version = "2010-09-09"
plain.template_options.metadata = {"Owner": "team"}
sqs.CfnQueue(plain, "Queue")
CfnOutput(plain, "Name", value=plain.stack_name)

unprotected = Stack(app, "UnprotectedStack", termination_protection=False, stack_name="other-name")
sqs.CfnQueue(unprotected, "Queue")

app.synth()
