"""A repository used by another stack of the same environment (exports and imports) and of another account."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_ecr as ecr

app = App()
producer = Stack(app, "Producer")
consumer = Stack(app, "Consumer")
repo = ecr.Repository(producer, "Repo")
ecr.Repository(consumer, "Anchor")  # a stack needs a resource to pass template validation
CfnOutput(consumer, "Name", value=repo.repository_name)
CfnOutput(consumer, "Arn", value=repo.repository_arn)
CfnOutput(consumer, "Uri", value=repo.repository_uri_for_tag("v2"))

account_a = Stack(app, "AccountA", env={"account": "111111111111", "region": "us-east-1"})
account_b = Stack(app, "AccountB", env={"account": "222222222222", "region": "us-east-1"})
named = ecr.Repository(account_a, "Named", repository_name="shared/images")
ecr.Repository(account_b, "Anchor")
CfnOutput(account_b, "NamedName", value=named.repository_name)
CfnOutput(account_b, "NamedArn", value=named.repository_arn)
CfnOutput(account_b, "NamedUri", value=named.repository_uri)

app.synth()
