"""Error: raw message delivery on an email subscription."""

from purecdk import App, Stack
from purecdk import aws_sns as sns

app = App()
stack = Stack(app, "ErrorStack")
topic = sns.Topic(stack, "Topic")
sns.Subscription(
    stack,
    "Email",
    topic=topic,
    endpoint="ops@example.com",
    protocol=sns.SubscriptionProtocol.EMAIL,
    raw_message_delivery=True,
)

app.synth()
