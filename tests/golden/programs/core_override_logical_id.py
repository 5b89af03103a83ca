"""override_logical_id: references (Ref, GetAtt, DependsOn, outputs) follow the new logical id."""

from purecdk import App, CfnOutput, CfnResource, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "LogicalIdStack")

queue = sqs.CfnQueue(stack, "Queue")
queue.override_logical_id("MyRenamedQueue")

topic = CfnResource(stack, "Topic", type="AWS::SNS::Topic", properties={"DisplayName": queue.attr_queue_name})
topic.override_logical_id("RenamedTopic")
topic.add_dependency(queue)

CfnResource(
    stack,
    "Subscription",
    type="AWS::SNS::Subscription",
    properties={"TopicArn": topic.ref, "Protocol": "sqs", "Endpoint": queue.attr_arn},
)

CfnOutput(stack, "QueueUrl", value=queue.ref).override_logical_id("RenamedOutput")
CfnOutput(stack, "TopicArn", value=Fn.get_att("RenamedTopic", "TopicArn").to_string())

app.synth()
