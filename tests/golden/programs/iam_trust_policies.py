"""Roles with every kind of trust policy: conditions, session tags, web identity, composite principals."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "TrustStack")

iam.Role(
    stack,
    "Conditional",
    assumed_by=iam.ServicePrincipal("events.amazonaws.com").with_conditions(
        {"StringEquals": {"aws:SourceAccount": "123456789012"}}
    ),
)
iam.Role(stack, "SessionTags", assumed_by=iam.AccountRootPrincipal().with_session_tags())
iam.Role(
    stack,
    "WebIdentity",
    assumed_by=iam.WebIdentityPrincipal(
        "accounts.google.com", {"StringEquals": {"accounts.google.com:aud": "my-app"}}
    ),
)
iam.Role(
    stack,
    "Saml",
    assumed_by=iam.FederatedPrincipal(
        "arn:aws:iam::123456789012:saml-provider/Corp",
        {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}},
        "sts:AssumeRoleWithSAML",
    ),
)
iam.Role(
    stack,
    "Composite",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("lambda.amazonaws.com"),
        iam.ServicePrincipal("edgelambda.amazonaws.com"),
        iam.AccountPrincipal("111111111111"),
        iam.ArnPrincipal("arn:aws:iam::222222222222:role/Deployer"),
    ),
    external_ids=["shared-secret"],
)
iam.Role(
    stack,
    "CompositeWithConditions",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("ecs-tasks.amazonaws.com").with_conditions({"ArnLike": {"aws:SourceArn": "arn:aws:ecs:*"}}),
        iam.ServicePrincipal("ec2.amazonaws.com"),
    ),
)
iam.Role(stack, "Organization", assumed_by=iam.OrganizationPrincipal("o-1234567890"))
iam.Role(stack, "Any", assumed_by=iam.AnyPrincipal().with_conditions({"Bool": {"aws:SecureTransport": "true"}}))
iam.Role(stack, "Star", assumed_by=iam.StarPrincipal())
role = iam.Role(stack, "Extended", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
role.assume_role_policy.add_statements(
    iam.PolicyStatement(actions=["sts:AssumeRole"], principals=[iam.ServicePrincipal("databrew.amazonaws.com")])
)

app.synth()
