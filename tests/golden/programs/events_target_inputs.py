"""Rule targets through the IRuleTarget protocol: ids Target0.., every RuleTargetInput kind, retry/DLQ config."""

from purecdk import App, Stack
from purecdk import aws_events as events
from purecdk import aws_sqs as sqs


class QueueTarget(events.IRuleTarget):
    """A hand-written target sending to an L1 queue."""

    def __init__(self, queue, message=None, group=None, retry=None, dlq_arn=None):
        self.queue = queue
        self.message = message
        self.group = group
        self.retry = retry
        self.dlq_arn = dlq_arn

    def bind(self, rule, id=None):
        return events.RuleTargetConfig(
            arn=self.queue.attr_arn,
            input=self.message,
            sqs_parameters=events.CfnRule.SqsParametersProperty(message_group_id=self.group) if self.group else None,
            retry_policy=events.CfnRule.RetryPolicyProperty(
                maximum_retry_attempts=self.retry, maximum_event_age_in_seconds=3600
            )
            if self.retry is not None
            else None,
            dead_letter_config=events.CfnRule.DeadLetterConfigProperty(arn=self.dlq_arn) if self.dlq_arn else None,
            target_resource=self.queue,
        )


app = App()
stack = Stack(app, "EventsTargetInputs")
queue = sqs.CfnQueue(stack, "Queue")
fifo = sqs.CfnQueue(stack, "Fifo", fifo_queue=True)
dlq = sqs.CfnQueue(stack, "Dlq")

rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ecr"]))
rule.add_target(QueueTarget(queue))
rule.add_target(QueueTarget(queue, events.RuleTargetInput.from_text("plain text")))
rule.add_target(
    QueueTarget(
        queue,
        events.RuleTargetInput.from_text(
            f"Repository {events.EventField.from_path('$.detail.repository-name')} scanned in {events.EventField.region}"
        ),
    )
)
rule.add_target(QueueTarget(queue, events.RuleTargetInput.from_event_path("$.detail")))
rule.add_target(
    QueueTarget(
        fifo,
        events.RuleTargetInput.from_object(
            {
                "repo": events.EventField.from_path("$.detail.repository-name"),
                "digest": events.EventField.from_path("$.detail.image-digest"),
                "nested": {"severity": events.EventField.from_path("$.detail.finding-severity-counts"), "n": 5},
                "list": [events.EventField.source, "literal", True],
                "queue": queue.attr_arn,
                "text": f"tag {events.EventField.from_path('$.detail.image-tags[0]')}!",
            }
        ),
        group="group-1",
        retry=3,
        dlq_arn=dlq.attr_arn,
    )
)

second = events.Rule(stack, "Second", event_pattern=events.EventPattern(source=["aws.ecr"]))
second.add_target(QueueTarget(queue, events.RuleTargetInput.from_object({"static": "value", "n": [1, 2]})))
second.add_target(
    QueueTarget(
        queue,
        events.RuleTargetInput.from_multiline_text(
            f"line one {events.EventField.account}\nline \"two\"\n{events.EventField.time}"
        ),
    )
)
second.add_target(QueueTarget(queue, events.RuleTargetInput.from_object({"account": events.EventField.account})))
second.add_target(QueueTarget(queue, retry=0))
second.add_target(None)

app.synth()
