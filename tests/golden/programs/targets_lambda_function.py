"""targets.LambdaFunction on an ECR scan rule: the AllowEventRule permission (upstream's logical id), DLQ, event."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "TargetsLambda")

repository = ecr.Repository(stack, "Repo")
fn = lambda_.Function(
    stack,
    "Notifier",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)\n"),
)
dlq = sqs.Queue(stack, "Dlq")
rule = repository.on_image_scan_completed(
    "Scanned",
    target=targets.LambdaFunction(
        fn,
        dead_letter_queue=dlq,
        max_event_age=Duration.hours(1),
        retry_attempts=3,
        event=events.RuleTargetInput.from_event_path("$.detail"),
    ),
)
rule.add_target(targets.LambdaFunction(fn))

schedule = events.Rule(stack, "Hourly", schedule=events.Schedule.rate(Duration.hours(1)))
schedule.add_target(targets.LambdaFunction(fn, event=events.RuleTargetInput.from_object({"source": "schedule"})))

imported = lambda_.Function.from_function_arn(
    stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:external"
)
schedule.add_target(targets.LambdaFunction(imported))

app.synth()
