"""Event rules of a repository: CloudTrail events, image pushes, image scans and all events, with options."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events


class ArnTarget(events.IRuleTarget):
    """A rule target that is only an ARN (as upstream's unit tests use)."""

    def __init__(self, arn):
        self.arn = arn

    def bind(self, rule, id=None):
        return events.RuleTargetConfig(arn=self.arn)


app = App()
stack = Stack(app, "EventsStack")
repo = ecr.Repository(stack, "Repo")

repo.on_cloud_trail_image_pushed("EventRule", target=ArnTarget("ARN"))
repo.on_cloud_trail_image_pushed("TaggedPush", image_tag="latest", description="latest was pushed")
repo.on_image_scan_completed("ScanRule", target=ArnTarget("ARN"))
repo.on_image_scan_completed("OneTag", image_tags=["some-tag"], target=ArnTarget("ARN"))
repo.on_image_scan_completed("ThreeTags", image_tags=["tag1", "tag2", "tag3"], rule_name="three-tags")
repo.on_event("EcrOnEventRule", target=ArnTarget("ARN"))
repo.on_cloud_trail_event(
    "TrailRule",
    description="every call",
    event_pattern=events.EventPattern(detail={"eventName": ["DeleteRepository"]}, region=["us-east-1"]),
)
narrowed = repo.on_event("Narrowed")
narrowed.add_event_pattern(detail_type=["ECR Image Action"], detail={"action-type": ["PUSH"], "result": ["SUCCESS"]})

imported = ecr.Repository.from_repository_name(stack, "Imported", "imported-repo")
imported.on_image_scan_completed("ImportedScan", target=ArnTarget("ARN2"))
imported.on_cloud_trail_image_pushed("ImportedPush", image_tag="v1")

app.synth()
