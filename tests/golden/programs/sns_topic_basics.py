"""sns.Topic: plain, named, display name, FIFO naming rules (generated .fifo names), retention, tracing, import."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "SnsBasics")

plain = sns.Topic(stack, "Plain")
named = sns.Topic(stack, "Named", topic_name="scan-results", display_name="ECR scan results")
sns.Topic(stack, "FifoGenerated", fifo=True)
sns.Topic(stack, "FifoNamed", fifo=True, topic_name="orders", content_based_deduplication=True)
sns.Topic(stack, "FifoSuffixed", fifo=True, topic_name="payments.fifo", message_retention_period_in_days=7)
sns.Topic(
    stack,
    "FifoThroughput",
    fifo=True,
    fifo_throughput_scope=sns.FifoThroughputScope.MESSAGE_GROUP,
    signature_version="2",
    tracing_config=sns.TracingConfig.ACTIVE,
)
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:eu-west-1:123456789012:alerts.fifo")

CfnOutput(stack, "PlainArn", value=plain.topic_arn)
CfnOutput(stack, "PlainName", value=plain.topic_name)
CfnOutput(stack, "NamedArn", value=named.topic_arn)
CfnOutput(stack, "ImportedName", value=imported.topic_name)
CfnOutput(stack, "ImportedFifo", value=str(imported.fifo))
CfnOutput(stack, "ImportedAccount", value=imported.env.account)

app.synth()
