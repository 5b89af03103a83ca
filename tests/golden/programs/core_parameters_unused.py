"""Parameters referenced from a property, an Fn::Sub, a condition and an output, and one referenced nowhere:
CloudFormation Validate warns about the last (W2001)."""

from purecdk import App, CfnCondition, CfnOutput, CfnParameter, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "Parameters")
name = CfnParameter(stack, "QueueName", type="String", default="jobs")
prefix = CfnParameter(stack, "Prefix", type="String", default="team")
stage = CfnParameter(stack, "Stage", type="String", default="dev")
owner = CfnParameter(stack, "Owner", type="String", default="platform")
CfnParameter(stack, "Forgotten", type="String", default="nobody")

queue = sqs.Queue(stack, "Queue", queue_name=name.value_as_string)
queue.node.default_child.add_property_override("Tags", [{"Key": "prefix", "Value": Fn.sub("${Prefix}-jobs")}])
CfnCondition(stack, "IsProd", expression=Fn.condition_equals(stage.value_as_string, "prod"))
CfnOutput(stack, "OwnerOut", value=owner.value_as_string)

app.synth()
