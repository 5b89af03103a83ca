"""PolicyStatement and PolicyDocument rendering: single values collapse, duplicates go, conditions, sids.

Documents are attached to L1 resources so that only the statement and document rendering is exercised.
Under the recommended flags (@aws-cdk/aws-iam:minimizePolicies) compatible statements are merged and sorted.
"""

from purecdk import App, Aws, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "PolicyDocumentStack")
queue = sqs.CfnQueue(stack, "Queue")

statement = iam.PolicyStatement(
    actions=["sqs:SendMessage", "sqs:SendMessage", "sqs:GetQueueUrl"],
    resources=[queue.attr_arn],
    sid="SendToQueue",
)
statement.add_actions("sqs:ChangeMessageVisibility")
statement.add_resources(f"{queue.attr_arn}/*")
statement.add_condition("StringEquals", {"aws:RequestedRegion": Aws.REGION})
statement.add_condition("StringEquals", {"aws:PrincipalTag/team": "blue"})
statement.add_conditions({"Bool": {"aws:SecureTransport": "true"}})

deny = iam.PolicyStatement(
    effect=iam.Effect.DENY,
    not_actions=["sqs:ReceiveMessage"],
    not_resources=[queue.attr_arn],
)

doc = iam.PolicyDocument(statements=[statement, deny])
doc.add_statements(
    iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket-b/*"]),
    iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket-a/*"]),
    iam.PolicyStatement(actions=["s3:PutObject"], resources=["arn:aws:s3:::bucket-a/*"]),
    iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket-a/*"]),
)
all_resources = iam.PolicyStatement(actions=["logs:CreateLogGroup", "logs:CreateLogStream"])
all_resources.add_all_resources()
doc.add_statements(all_resources)

account = iam.PolicyStatement(actions=["sts:AssumeRole"], resources=["*"])
account.add_account_condition("123456789012")
account.add_source_account_condition(Aws.ACCOUNT_ID)
account.add_source_arn_condition(queue.attr_arn)
doc.add_statements(account)

iam.CfnManagedPolicy(stack, "Managed", policy_document=doc, description=f"{doc.statement_count} statements")

with_sids = iam.PolicyDocument(
    assign_sids=True,
    statements=[
        iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=[queue.attr_arn]),
        iam.PolicyStatement(actions=["sqs:PurgeQueue"], resources=[queue.attr_arn], sid="Purge"),
        iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=[queue.attr_arn]),
    ],
)
iam.CfnManagedPolicy(stack, "WithSids", policy_document=with_sids)

never_minimized = iam.PolicyDocument(
    minimize=False,
    statements=[
        iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::x/*"]),
        iam.PolicyStatement(actions=["s3:PutObject"], resources=["arn:aws:s3:::x/*"]),
    ],
)
iam.CfnManagedPolicy(stack, "NeverMinimized", policy_document=never_minimized)

always_minimized = iam.PolicyDocument(
    minimize=True,
    statements=[
        iam.PolicyStatement(actions=["s3:PutObject"], resources=["arn:aws:s3:::y/*"]),
        iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::y/*"]),
        iam.PolicyStatement(actions=["s3:GetObject", "s3:PutObject"], resources=["arn:aws:s3:::z/*"]),
    ],
)
iam.CfnManagedPolicy(stack, "AlwaysMinimized", policy_document=always_minimized)

copied = statement.copy(sid="Copied", resources=["*"])
from_json = iam.PolicyStatement.from_json(
    {"Effect": "Allow", "Action": "ec2:DescribeInstances", "Resource": ["*"], "Sid": "FromJson"}
)
iam.CfnManagedPolicy(
    stack,
    "Copies",
    policy_document=iam.PolicyDocument(statements=[copied, from_json]),
)
iam.CfnManagedPolicy(
    stack,
    "FromJsonDocument",
    policy_document=iam.PolicyDocument.from_json(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "NotResource": "arn:aws:iam::*:role/x"},
                {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}},
            ],
        }
    ),
)

app.synth()
