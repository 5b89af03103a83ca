"""With @aws-cdk/core:automaticL1Traits off and no factory registered, TopicGrants of a CfnTopic fail."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns

app = App(context={"@aws-cdk/core:automaticL1Traits": False})
stack = Stack(app, "ErrorStack")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic = sns.CfnTopic(stack, "Topic")
sns.TopicGrants.from_topic(topic).publish(role)

app.synth()
