"""Statement merging: with minimizePolicies (the recommended flags) compatible statements are combined.

Statements combine when two of (actions, resources, principals) are equal and effect, sid and conditions
match; merged actions and resources are sorted, duplicate statements are dropped.
"""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "MergingStack")
queue = sqs.CfnQueue(stack, "Queue")
other = sqs.CfnQueue(stack, "Other")

identity = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.attr_arn]),
        iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=[queue.attr_arn]),
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[other.attr_arn]),
        iam.PolicyStatement(actions=["sqs:DeleteMessage", "sqs:ReceiveMessage"], resources=[other.attr_arn]),
        iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]),
        iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"], sid="HasSid"),
        iam.PolicyStatement(
            actions=["kms:Encrypt"], resources=["*"], conditions={"StringEquals": {"kms:ViaService": "sqs.amazonaws.com"}}
        ),
        iam.PolicyStatement(
            actions=["kms:GenerateDataKey"],
            resources=["*"],
            conditions={"StringEquals": {"kms:ViaService": "sqs.amazonaws.com"}},
        ),
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["sqs:DeleteQueue"], resources=["*"]),
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["sqs:PurgeQueue"], resources=["*"]),
        iam.PolicyStatement(not_actions=["iam:*"], resources=["*"]),
        iam.PolicyStatement(not_actions=["iam:*"], resources=["arn:aws:s3:::b"]),
        iam.PolicyStatement(actions=["b:Z", "a:A"], resources=["arn:aws:s3:::z", "arn:aws:s3:::a"]),
        iam.PolicyStatement(actions=["b:Z", "a:A"], resources=["arn:aws:s3:::z", "arn:aws:s3:::a"]),
    ]
)
iam.CfnManagedPolicy(stack, "Identity", policy_document=identity)

root = iam.AccountRootPrincipal()
resource = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], principals=[iam.ServicePrincipal("sns.amazonaws.com")]),
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], principals=[iam.ServicePrincipal("events.amazonaws.com")]),
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/b")]),
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/a")]),
        iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=["*"], principals=[root]),
        iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=["*"], principals=[root]),
        iam.PolicyStatement(actions=["sqs:ChangeMessageVisibility"], resources=["*"], principals=[iam.StarPrincipal()]),
        iam.PolicyStatement(actions=["sqs:ChangeMessageVisibility"], resources=["*"], principals=[iam.AnyPrincipal()]),
    ]
)
sqs.CfnQueuePolicy(stack, "QueuePolicy", queues=[queue.ref], policy_document=resource)

app.synth()
