"""Nested Construct subclasses and logical ids: "Default" and "Resource" ids at several depths."""

from purecdk import App, CfnOutput, CfnResource, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct


class QueuePair(Construct):
    """Two queues, one of them with the id "Resource"."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.main = sqs.CfnQueue(self, "Resource")
        self.dlq = sqs.CfnQueue(self, "DeadLetters")


class Service(Construct):
    """A construct holding another construct under "Default", and deeper "Default" levels."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.queues = QueuePair(self, "Default")
        self.topic = CfnResource(self, "Topic", type="AWS::SNS::Topic")
        worker = Construct(self, "Worker")
        self.worker_queues = QueuePair(worker, "Queues")
        deep = Construct(Construct(Construct(worker, "Level1"), "Default"), "Level3")
        sqs.CfnQueue(deep, "Default")


app = App()
stack = Stack(app, "NestedStack")

api = Service(stack, "Api")
Service(stack, "Backend")
Service(Construct(stack, "Default"), "Frontend")
sqs.CfnQueue(Construct(stack, "Holder"), "Resource")
sqs.CfnQueue(Construct(stack, "Wrapper"), "Default")

CfnOutput(stack, "ApiMainQueue", value=api.queues.main.ref)
CfnOutput(Construct(stack, "Outputs"), "WorkerDlq", value=api.worker_queues.dlq.attr_arn)

app.synth()
