"""events.Archive and EventBus.archive: scan findings forwarded to a findings bus, archived (with retention,
names, descriptions, a KMS key, Match filters), plus archives of an imported bus and of the default bus."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "FindingsArchive")

repo = ecr.Repository(stack, "Repo", image_scan_on_push=True)
bus = events.EventBus(stack, "Findings", event_bus_name="scan-findings")
repo.on_image_scan_completed("ScanToFindings", target=targets.EventBus(bus))

bus.archive(
    "AllScans",
    event_pattern=events.EventPattern(source=["aws.ecr"], detail_type=["ECR Image Scan"]),
    retention=Duration.days(90),
)
bus.archive(
    "Critical",
    archive_name="critical-findings",
    description="scans with critical findings",
    event_pattern=events.EventPattern(
        detail={"finding-severity-counts": {"CRITICAL": events.Match.greater_than(0)}},
    ),
    kms_key=kms.Key(stack, "IgnoredKey"),
)
key = kms.Key(stack, "ArchiveKey")
events.Archive(
    stack,
    "Encrypted",
    source_event_bus=bus,
    event_pattern=events.EventPattern(source=events.Match.prefix("aws.")),
    retention=Duration.hours(48),
    kms_key=key,
)

imported = events.EventBus.from_event_bus_arn(stack, "Shared", "arn:aws:events:us-east-1:123456789012:event-bus/shared")
imported.archive("SharedArchive", event_pattern=events.EventPattern(account=["123456789012"]))
default = events.EventBus.from_event_bus_name(stack, "Default", "default")
events.Archive(stack, "DefaultArchive", source_event_bus=default, event_pattern={"source": ["aws.ecr"]})

app.synth()
