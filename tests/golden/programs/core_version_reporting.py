"""Version reporting (the CDKMetadata resource under the cdk CLI): stacks that opt in or out, regions with and
without the resource, constructs of the app's own around L1s, and a stack that already has a CDKMetadata child."""

from purecdk import App, CfnOutput, CfnResource, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct


class Queues(Construct):
    """A construct of the app's own (reported as nothing) holding L1s (reported once per class)."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        first = sqs.CfnQueue(self, "First")
        sqs.CfnQueue(self, "Second", delay_seconds=5)
        CfnOutput(self, "FirstArn", value=first.attr_arn)


app = App()

agnostic = Stack(app, "Agnostic")
Queues(agnostic, "Queues")

opted_out = Stack(app, "OptedOut", analytics_reporting=False)
sqs.CfnQueue(opted_out, "Queue")

opted_in = Stack(app, "OptedIn", analytics_reporting=True, env={"account": "123456789012", "region": "eu-west-1"})
Queues(opted_in, "Queues")

gov_cloud = Stack(app, "GovCloud", env={"account": "123456789012", "region": "us-gov-west-1"})
sqs.CfnQueue(gov_cloud, "Queue")

unknown_region = Stack(app, "UnknownRegion", env={"region": "xx-nowhere-7"})
sqs.CfnQueue(unknown_region, "Queue")

own_metadata = Stack(app, "OwnMetadata")
CfnResource(own_metadata, "CDKMetadata", type="AWS::SNS::Topic")

app.synth()
