"""ECR README: an on_image_scan_completed event rule with a target."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_sqs as sqs


class SomeTarget(events.IRuleTarget):
    """A hand-written rule target: an SQS queue."""

    def __init__(self, queue):
        self.queue = queue

    def bind(self, rule, id=None):
        return events.RuleTargetConfig(arn=self.queue.attr_arn)


app = App()
stack = Stack(app, "ImageScanCompletedStack")
repository = ecr.Repository(stack, "Repo", image_scan_on_push=True)
target = SomeTarget(sqs.CfnQueue(stack, "Queue"))

repository.on_image_scan_completed("ImageScanComplete").add_target(target)

app.synth()
