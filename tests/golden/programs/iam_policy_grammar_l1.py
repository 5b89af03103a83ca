"""Policy documents written by hand on L1s: CloudFormation Validate checks identity policies against the IAM
grammar (E3510), trust policies for Effect/Action/Principal (E3530) and resource-based policies for a Statement
(E3512, E3513). Meant to fail under the recommended context; warnings by default."""

from purecdk import App, Fn, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "PolicyGrammar")

iam.CfnManagedPolicy(
    stack,
    "Identity",
    policy_document={
        "Version": "2012-10-17",
        "Id": "not-allowed-here",
        "Statement": [
            {"Sid": "read only", "Effect": "allow", "Action": [], "Resource": "bucket"},
            {"Sid": "Twice", "Effect": "Allow", "Action": "s3:GetObject", "NotAction": "s3:PutObject"},
            {
                "Sid": "Twice",
                "Effect": "Deny",
                "Principal": {"AWS": "*"},
                "Action": "s3:*",
                "Resource": Fn.sub("arn:${AWS::Partition}:s3:::bucket/*"),
                "Condition": {"StringEqualz": {"aws:username": "x"}, "Null": {"aws:TokenIssueTime": "maybe"}},
            },
        ],
    },
)
queue = sqs.CfnQueue(stack, "Queue")
sqs.CfnQueuePolicy(stack, "QueuePolicy", queues=[queue.ref], policy_document={"Version": "2012-10-17"})
kms.CfnKey(stack, "Key", key_policy={"Version": "2012-10-17"})
ecr.CfnRepository(stack, "Repository", repository_policy_text={"Version": "2012-10-17"})
iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={"Version": "2012-10-17", "Statement": [{"Action": "sts:AssumeRole"}]},
    policies=[iam.CfnRole.PolicyProperty(policy_name="inline", policy_document={"Statement": []})],
)

app.synth()
