"""DependsOn: add_dependency between resources, node.add_dependency on constructs holding several resources."""

from purecdk import App, CfnResource, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "DependenciesStack")

first = sqs.CfnQueue(stack, "First")
second = sqs.CfnQueue(stack, "Second")
second.add_dependency(first)
second.add_dependency(first)  # duplicate: rendered once

storage = Construct(stack, "Storage")
sqs.CfnQueue(storage, "QueueA")
sqs.CfnQueue(storage, "QueueB")
CfnResource(Construct(storage, "Nested"), "Topic", type="AWS::SNS::Topic")

consumers = Construct(stack, "Consumers")
consumer_queue = sqs.CfnQueue(consumers, "ConsumerQueue")
consumer_topic = CfnResource(consumers, "ConsumerTopic", type="AWS::SNS::Topic")

# Every resource under "Consumers" depends on every resource under "Storage".
consumers.node.add_dependency(storage)

third = sqs.CfnQueue(stack, "Third")
third.node.add_dependency(second, consumer_queue)
third.add_dependency(consumer_topic)
consumer_queue.add_resource_dependency(first)  # the non-deprecated spelling
first.add_dependency(consumer_topic)
first.remove_dependency(consumer_topic)

app.synth()
