"""Two stacks: attributes of stack A used in stack B's resources and outputs; stack.export_value."""

from purecdk import App, CfnOutput, CfnResource, Fn, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_sqs as sqs

app = App()

producer = Stack(app, "ProducerStack")
queue = sqs.CfnQueue(producer, "Queue")
repository = ecr.CfnRepository(producer, "Repository")
producer.export_value(repository.attr_arn)
producer.export_value(repository.attr_repository_uri, name="RepositoryUriExport")

consumer = Stack(app, "ConsumerStack")
CfnResource(
    consumer,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": queue.attr_queue_name,
        "TopicName": f"topic-for-{queue.attr_queue_name}",
    },
)
CfnResource(
    consumer,
    "Subscription",
    type="AWS::SNS::Subscription",
    properties={
        "TopicArn": Fn.ref("Topic"),
        "Protocol": "sqs",
        "Endpoint": queue.attr_arn,
    },
)
CfnOutput(consumer, "QueueUrlFromProducer", value=queue.ref)
CfnOutput(consumer, "RepositoryUri", value=repository.attr_repository_uri)
CfnOutput(consumer, "JoinedArns", value=Fn.join(",", [queue.attr_arn, repository.attr_arn]))

app.synth()
