"""sqs.Queue.add_to_resource_policy creating the QueuePolicy, enforce_ssl, imported queues (no policy)."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SqsPolicy")

queue = sqs.Queue(stack, "Queue", enforce_ssl=True)
result = queue.add_to_resource_policy(
    iam.PolicyStatement(
        sid="AllowAccount",
        actions=["sqs:SendMessage"],
        resources=[queue.queue_arn],
        principals=[iam.AccountPrincipal("123456789012")],
    )
)
queue.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["sqs:GetQueueAttributes"],
        resources=[queue.queue_arn],
        principals=[iam.ServicePrincipal("sns.amazonaws.com")],
        conditions={"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:topic"}},
    )
)
plain = sqs.Queue(stack, "Plain")
plain.add_to_resource_policy(
    iam.PolicyStatement(actions=["sqs:*"], resources=["*"], principals=[iam.AnyPrincipal()])
)
imported = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:imported")
imported_result = imported.add_to_resource_policy(
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], principals=[iam.AnyPrincipal()])
)

CfnOutput(stack, "Added", value=str(result.statement_added))
CfnOutput(stack, "ImportedAdded", value=str(imported_result.statement_added))

app.synth()
