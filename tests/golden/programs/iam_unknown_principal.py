"""UnknownPrincipal: statements for a function imported without its role only warn; nothing is synthesized."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "UnknownPrincipalStack", env={"account": "123456789012", "region": "us-east-1"})

queue = sqs.Queue(stack, "Queue")
imported = lambda_.Function.from_function_arn(
    stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:existing"
)
grant = iam.Grant.add_to_principal(grantee=imported, actions=["sqs:SendMessage"], resource_arns=[queue.queue_arn])
grant.assert_success()

principal = iam.UnknownPrincipal(resource=queue)
principal.add_to_policy(
    iam.PolicyStatement(sid="Receive", actions=["sqs:ReceiveMessage"], resources=[queue.queue_arn])
)
result = principal.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=["*"]))
grant = iam.Grant.add_to_principal(grantee=principal, actions=["sqs:GetQueueUrl"], resource_arns=["*"])
queue.node.add_dependency(grant)

app.synth()
