"""Repository event rules with the SNS and SQS targets of aws_events_targets."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EventTargetsStack")
repo = ecr.Repository(stack, "Repo", image_scan_on_push=True)
topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue")

repo.on_image_scan_completed("ScanToTopic", target=targets.SnsTopic(topic), image_tags=["latest"])
repo.on_cloud_trail_image_pushed("PushToQueue", target=targets.SqsQueue(queue), image_tag="v1")
rule = repo.on_event("EventsToBoth", description="all ECR events")
rule.add_target(targets.SnsTopic(topic))
rule.add_target(targets.SqsQueue(queue))

app.synth()
