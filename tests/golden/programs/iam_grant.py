"""Grant: identity policies, resource policies for other accounts, both at once, combine and apply_before."""

from purecdk import App, CfnResource, Resource, Stack
from purecdk import aws_iam as iam

try:
    from jsii import implements
except ImportError:  # purecdk: protocols need no registration

    def implements(*_interfaces):
        return lambda cls: cls


@implements(iam.IResourceWithPolicyV2)
class Bucketish(Resource):
    """A resource with a resource policy, rendered as a generic CloudFormation resource."""

    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.document = iam.PolicyDocument()
        self.arn = "arn:aws:s3:::bucketish"
        CfnResource(
            self,
            "Resource",
            type="AWS::S3::BucketPolicy",
            properties={"Bucket": "bucketish", "PolicyDocument": self.document},
        )

    def add_to_resource_policy(self, statement):
        self.document.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self)


app = App()
stack = Stack(app, "GrantStack")
bucket = Bucketish(stack, "Bucket")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

own = iam.Grant.add_to_principal_or_resource(
    grantee=role, actions=["s3:GetObject"], resource_arns=[f"{bucket.arn}/*"], resource=bucket
)
other_account = iam.Grant.add_to_principal_or_resource(
    grantee=iam.AccountPrincipal("999999999999"),
    actions=["s3:GetObject"],
    resource_arns=[f"{bucket.arn}/*"],
    resource=bucket,
)
service = iam.Grant.add_to_principal_or_resource(
    grantee=iam.ServicePrincipal("logging.s3.amazonaws.com"),
    actions=["s3:PutObject"],
    resource_arns=[f"{bucket.arn}/logs/*"],
    resource_self_arns=[f"{bucket.arn}/logs/self/*"],
    resource=bucket,
)
both = iam.Grant.add_to_principal_and_resource(
    grantee=role,
    actions=["s3:ListBucket"],
    resource_arns=[bucket.arn],
    resource=bucket,
    resource_policy_principal=iam.ArnPrincipal("arn:aws:iam::123456789012:role/Special"),
)
conditional = iam.Grant.add_to_principal(
    grantee=role,
    actions=["s3:PutObject"],
    resource_arns=[f"{bucket.arn}/uploads/*"],
    conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}},
)
statement_grant = iam.Grant.add_statement_to_resource_policy(
    statement=iam.PolicyStatement(
        actions=["s3:GetBucketAcl"], resources=[bucket.arn], principals=[iam.ServicePrincipal("cloudtrail.amazonaws.com")]
    ),
    resource=bucket,
    grantee=iam.ServicePrincipal("cloudtrail.amazonaws.com"),
    actions=["s3:GetBucketAcl"],
    resource_arns=[bucket.arn],
)
for grant in (own, other_account, service, both, conditional, statement_grant):
    grant.assert_success()

combined = own.combine(conditional)
consumer = CfnResource(stack, "Consumer", type="AWS::SNS::Topic")
combined.apply_before(consumer)
other_consumer = CfnResource(stack, "OtherConsumer", type="AWS::SNS::Topic")
both.apply_before(other_consumer)
service_consumer = CfnResource(stack, "ServiceConsumer", type="AWS::SNS::Topic")
service.apply_before(service_consumer)

app.synth()
