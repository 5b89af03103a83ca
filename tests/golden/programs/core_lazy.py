"""Lazy.string/number/list/any, resolved at synthesis time after later mutations."""

from purecdk import (
    App,
    CfnOutput,
    CfnResource,
    IAnyProducer,
    IListProducer,
    IStableAnyProducer,
    IStableListProducer,
    IStableNumberProducer,
    IStableStringProducer,
    Lazy,
    Stack,
)
from purecdk import aws_sqs as sqs

class Config:
    """Mutable settings read lazily."""

    def __init__(self) -> None:
        self.name = "initial"
        self.timeout = 10
        self.endpoints: list[str] = []
        self.extra: dict[str, object] = {}


config = Config()


class NameProducer(IStableStringProducer):
    def produce(self, *args):
        return f"{config.name}-queue"


class TimeoutProducer(IStableNumberProducer):
    def produce(self, *args):
        return config.timeout


class EndpointsProducer(IStableListProducer):
    def produce(self, *args):
        return config.endpoints


class EmptyListProducer(IListProducer):
    def produce(self, *args):
        return []


class ExtraProducer(IStableAnyProducer):
    def produce(self, *args):
        return config.extra


class NothingProducer(IAnyProducer):
    def produce(self, *args):
        return None


app = App()
stack = Stack(app, "LazyStack")

queue = sqs.CfnQueue(
    stack,
    "Queue",
    queue_name=Lazy.string(NameProducer()),
    visibility_timeout=Lazy.number(TimeoutProducer()),
)

CfnResource(
    stack,
    "Endpoint",
    type="AWS::EC2::VPCEndpoint",
    properties={
        "VpcId": "vpc-0123456789abcdef0",
        "ServiceName": "com.amazonaws.us-east-1.s3",
        "RouteTableIds": Lazy.list(EndpointsProducer()),
        "SubnetIds": Lazy.uncached_list(EmptyListProducer(), omit_empty=True),
        "PolicyDocument": Lazy.any(ExtraProducer()),
        "SecurityGroupIds": Lazy.uncached_any(NothingProducer()),
    },
)

CfnOutput(stack, "LazyName", value=Lazy.string(NameProducer()))
CfnOutput(stack, "LazyInString", value=f"name is {Lazy.string(NameProducer())}!")

config.name = "final"
config.timeout = 45
config.endpoints = ["rtb-1", "rtb-2"]
config.extra = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                                                         "Resource": "*"}]}

app.synth()
