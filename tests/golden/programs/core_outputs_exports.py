"""Outputs: plain, with description, with export_name, with a condition, with token values."""

from purecdk import App, Aws, CfnCondition, CfnOutput, CfnParameter, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "OutputsStack")

env_name = CfnParameter(stack, "EnvName", type="String", default="dev", allowed_values=["dev", "prod"])
is_prod = CfnCondition(stack, "IsProd", expression=Fn.condition_equals(env_name.value_as_string, "prod"))

queue = sqs.CfnQueue(stack, "Queue")

CfnOutput(stack, "PlainOutput", value="plain")
CfnOutput(stack, "DescribedOutput", value=queue.ref, description="The URL of the queue")
CfnOutput(stack, "ExportedArn", value=queue.attr_arn, export_name="MyQueueArn", description="Queue ARN")
CfnOutput(stack, "ExportedWithTokenName", value=queue.attr_queue_name, export_name=f"{Aws.STACK_NAME}-QueueName")
CfnOutput(stack, "ProdOnly", value=f"prod-{Aws.REGION}", condition=is_prod, description="Only in prod")

app.synth()
