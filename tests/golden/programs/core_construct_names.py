"""Construct paths, addresses and generated names: node.path/id/addr, Names.*, stack.get_logical_id."""

from purecdk import App, CfnOutput, Names, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "NamesStack")

group = Construct(stack, "Group")
queue = sqs.CfnQueue(group, "Queue")
deep = sqs.CfnQueue(Construct(Construct(group, "Default"), "Inner"), "Resource")

sqs.CfnQueue(stack, "Named", queue_name=Names.unique_resource_name(queue, max_length=40))
sqs.CfnQueue(stack, "NamedWithSeparator", queue_name=Names.unique_resource_name(
    deep, max_length=60, separator="-", allowed_special_characters="-_"))

CfnOutput(stack, "Path", value=queue.node.path)
CfnOutput(stack, "Id", value=queue.node.id)
CfnOutput(stack, "Addr", value=queue.node.addr)
CfnOutput(stack, "GroupAddr", value=group.node.addr)
CfnOutput(stack, "UniqueId", value=Names.unique_id(queue))
CfnOutput(stack, "DeepUniqueId", value=Names.unique_id(deep))
CfnOutput(stack, "NodeUniqueId", value=Names.node_unique_id(deep.node))
CfnOutput(stack, "LogicalId", value=stack.get_logical_id(deep))
CfnOutput(stack, "StackOf", value=Stack.of(deep).stack_name)
CfnOutput(stack, "ChildCount", value=str(len(group.node.children)))

app.synth()
