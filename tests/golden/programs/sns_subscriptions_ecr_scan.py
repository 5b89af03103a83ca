"""Image scan results reach people and workers: a repository's scan-completed rule, a topic, email and SQS."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "ScanNotifications")
repository = ecr.Repository(stack, "Repo", image_scan_on_push=True)
topic = sns.Topic(stack, "ScanResults")
repository.on_image_scan_completed("ScanCompleted", target=targets.SnsTopic(topic))

topic.add_subscription(subs.EmailSubscription("security@example.com"))
worker_queue = sqs.Queue(stack, "ScanWorker")
topic.add_subscription(subs.SqsSubscription(worker_queue, raw_message_delivery=True))

app.synth()
