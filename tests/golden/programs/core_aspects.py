"""Aspects.of(...).add: aspects visiting every node and overriding properties of L1 resources; priorities."""

from purecdk import App, AspectPriority, Aspects, CfnResource, IAspect, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct, IConstruct

class EnforceRetention(IAspect):
    """Sets a message retention period on every queue."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, sqs.CfnQueue):
            node.add_property_override("MessageRetentionPeriod", 1209600)


class CountVisits(IAspect):
    """Records the path of every construct it visits as metadata on each CfnResource."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def visit(self, node: IConstruct) -> None:
        self.paths.append(node.node.path)
        if isinstance(node, CfnResource):
            node.add_metadata("VisitedAs", node.node.path)


class DescribeTopics(IAspect):
    """Adds a display name to generic SNS topic resources."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type == "AWS::SNS::Topic":
            node.add_property_override("DisplayName", f"topic {node.node.id}")


class SetDelay(IAspect):
    """Overrides the delay of every queue; with priorities, the last one applied wins."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, sqs.CfnQueue):
            node.add_property_override("DelaySeconds", self.seconds)


app = App()
stack = Stack(app, "AspectsStack")
sqs.CfnQueue(stack, "Queue1")
inner = Construct(stack, "Inner")
sqs.CfnQueue(inner, "Queue2")
CfnResource(inner, "Topic", type="AWS::SNS::Topic")

other = Stack(app, "OtherStack")
sqs.CfnQueue(other, "Queue")

Aspects.of(stack).add(EnforceRetention())
Aspects.of(inner).add(CountVisits())
Aspects.of(app).add(DescribeTopics())
Aspects.of(stack).add(SetDelay(2), priority=AspectPriority.DEFAULT)
Aspects.of(stack).add(SetDelay(1), priority=AspectPriority.MUTATING)
Aspects.of(other).add(SetDelay(7), priority=AspectPriority.READONLY)
Aspects.of(other).add(SetDelay(8))
CfnResource(other, "LateTopic", type="AWS::SNS::Topic")

app.synth()
