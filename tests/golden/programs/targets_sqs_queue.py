"""targets.SqsQueue on an ECR scan rule: queue policy with the aws:SourceArn condition, message, FIFO group, DLQ."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "TargetsSqs")

repository = ecr.Repository(stack, "Repo")
queue = sqs.Queue(stack, "ScanQueue")
repository.on_image_scan_completed("Scanned").add_target(targets.SqsQueue(queue))

fifo = sqs.Queue(stack, "Findings", fifo=True, content_based_deduplication=True)
dlq = sqs.Queue(stack, "TargetDlq")
rule = repository.on_image_scan_completed(
    "ScannedFifo",
    target=targets.SqsQueue(
        fifo,
        message_group_id="scans",
        message=events.RuleTargetInput.from_object(
            {"repository": events.EventField.from_path("$.detail.repository-name"), "queue": fifo.queue_name}
        ),
        dead_letter_queue=dlq,
        retry_attempts=2,
        max_event_age=Duration.hours(2),
    ),
)
rule.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_text("scan finished"), retry_attempts=0))

app.synth()
