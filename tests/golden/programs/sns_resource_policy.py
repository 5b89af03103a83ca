"""sns.Topic.add_to_resource_policy creating the TopicPolicy (auto-assigned sids), enforce_ssl, imports."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "SnsPolicy")

topic = sns.Topic(stack, "Topic", enforce_ssl=True, display_name="Secured")
topic.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["sns:Publish"],
        resources=[topic.topic_arn],
        principals=[iam.ServicePrincipal("events.amazonaws.com")],
    )
)
topic.add_to_resource_policy(
    iam.PolicyStatement(
        sid="Custom",
        actions=["sns:Subscribe"],
        resources=[topic.topic_arn],
        principals=[iam.AccountRootPrincipal()],
    )
)
other = sns.Topic(stack, "Other")
other.add_to_resource_policy(
    iam.PolicyStatement(actions=["sns:Publish"], resources=[other.topic_arn], principals=[iam.AnyPrincipal()])
)
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:imported")
result = imported.add_to_resource_policy(
    iam.PolicyStatement(actions=["sns:Publish"], resources=["*"], principals=[iam.AnyPrincipal()])
)
CfnOutput(stack, "ImportedAdded", value=str(result.statement_added))

app.synth()
