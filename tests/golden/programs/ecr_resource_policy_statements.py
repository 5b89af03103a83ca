"""Resource policies: '*' actions, two statements (allow and deny), a statement with resources (warning)."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "ResourcePolicyStatementsStack")

policy_stmt1 = iam.PolicyStatement(actions=["*"], principals=[iam.AnyPrincipal()])
policy_stmt2 = iam.PolicyStatement(
    effect=iam.Effect.DENY,
    actions=["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
    principals=[iam.AnyPrincipal()],
)
ecr.Repository(stack, "Repo1").add_to_resource_policy(policy_stmt1)
repo = ecr.Repository(stack, "Repo2")
repo.add_to_resource_policy(policy_stmt1)
repo.add_to_resource_policy(policy_stmt2)

with_resources = ecr.Repository(stack, "WithResources")
with_resources.add_to_resource_policy(
    iam.PolicyStatement(resources=["*"], actions=["ecr:*"], principals=[iam.AnyPrincipal()])
)

app.synth()
