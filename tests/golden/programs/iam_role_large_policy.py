"""A role whose default policy outgrows IAM's inline limit: statements overflow into managed policies.

Resources that depend on a grant depend on the policy that ended up holding its statement.
"""

from purecdk import App, CfnResource, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "LargePolicyStack")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

grants = []
for i in range(60):
    grants.append(
        iam.Grant.add_to_principal(
            grantee=role,
            actions=[f"s3:GetObject", f"s3:PutObject", "s3:DeleteObject", f"s3:GetObjectVersion"],
            resource_arns=[
                f"arn:aws:s3:::a-bucket-with-a-rather-long-name-number-{i:03d}/some/prefix/that/is/long/*",
                f"arn:aws:s3:::another-bucket-with-a-long-name-{i:03d}/*",
            ],
        )
    )
for i in range(30):
    role.add_to_principal_policy(
        iam.PolicyStatement(
            actions=[f"sqs:SendMessage"],
            resources=[f"arn:aws:sqs:us-east-1:123456789012:queue-number-{i:03d}-with-a-long-descriptive-name"],
        )
    )

first = CfnResource(stack, "DependsOnFirst", type="AWS::SNS::Topic")
last = CfnResource(stack, "DependsOnLast", type="AWS::SNS::Topic")
grants[0].apply_before(first)
grants[-1].apply_before(last)

app.synth()
