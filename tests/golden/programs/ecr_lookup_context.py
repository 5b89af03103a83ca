"""Repository.from_lookup with the looked-up value in the context (as the cdk CLI stores it)."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_ecr as ecr

key = (
    "cc-api-provider:account=123456789012:exactIdentifier=my-repo:propertiesToReturn.0=Arn:region=eu-west-1:"
    "typeName=AWS$:$:ECR$:$:Repository"
)
app = App(context={key: [{"Arn": "arn:aws:ecr:eu-west-1:123456789012:repository/my-repo"}]})
stack = Stack(app, "LookupStack", env={"account": "123456789012", "region": "eu-west-1"})
ecr.Repository(stack, "Anchor")  # a stack needs a resource to pass template validation

by_name = ecr.Repository.from_lookup(stack, "ByName", repository_name="my-repo")
by_arn = ecr.Repository.from_lookup(stack, "ByArn", repository_arn="arn:aws:ecr:eu-west-1:123456789012:repository/my-repo")
missing = ecr.Repository.from_lookup(stack, "Missing", repository_name="does-not-exist-repo")

for name, repo in (("ByName", by_name), ("ByArn", by_arn), ("Missing", missing)):
    CfnOutput(stack, f"{name}Name", value=repo.repository_name)
    CfnOutput(stack, f"{name}Arn", value=repo.repository_arn)
    CfnOutput(stack, f"{name}Uri", value=repo.repository_uri_for_tag("latest"))

app.synth()
