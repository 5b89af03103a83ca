"""Every kind of principal, in trust policies (CfnRole) and in a resource policy (CfnQueuePolicy)."""

from purecdk import App, Aws, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "PrincipalsStack")


def trust_policy(id, principal):
    doc = iam.PolicyDocument()
    principal.add_to_assume_role_policy(doc)
    iam.CfnRole(stack, id, assume_role_policy_document=doc)


trust_policy("Service", iam.ServicePrincipal("lambda.amazonaws.com"))
trust_policy("ServiceShortName", iam.ServicePrincipal("ec2"))
trust_policy("ServiceChina", iam.ServicePrincipal("states.amazonaws.com.cn"))
trust_policy("ServiceRegional", iam.ServicePrincipal("logs.amazonaws.com", region="af-south-1"))
trust_policy("ServiceRegionalCommercial", iam.ServicePrincipal("logs.amazonaws.com", region="eu-west-1"))
trust_policy(
    "ServiceConditions",
    iam.ServicePrincipal("events.amazonaws.com", conditions={"StringEquals": {"aws:SourceAccount": Aws.ACCOUNT_ID}}),
)
trust_policy("ServiceStatic", iam.ServicePrincipal.from_static_service_principle_name("custom.example.com"))
trust_policy("Arn", iam.ArnPrincipal("arn:aws:iam::123456789012:role/Admin"))
trust_policy("ArnInOrganization", iam.ArnPrincipal("arn:aws:iam::123456789012:root").in_organization("o-1234567890"))
trust_policy("Account", iam.AccountPrincipal("123456789012"))
trust_policy("AccountToken", iam.AccountPrincipal(Aws.ACCOUNT_ID))
trust_policy("AccountRoot", iam.AccountRootPrincipal())
trust_policy("Any", iam.AnyPrincipal())
trust_policy("Organization", iam.OrganizationPrincipal("o-abcdefghij"))
trust_policy(
    "Federated",
    iam.FederatedPrincipal(
        "cognito-identity.amazonaws.com",
        {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-2:12345678-abcd"}},
        "sts:AssumeRoleWithWebIdentity",
    ),
)
trust_policy("FederatedDefaults", iam.FederatedPrincipal("arn:aws:iam::123456789012:saml-provider/corp"))
trust_policy(
    "WebIdentity",
    iam.WebIdentityPrincipal("www.amazon.com", {"StringEquals": {"www.amazon.com:app_id": "amzn1.application"}}),
)
trust_policy(
    "Composite",
    iam.CompositePrincipal(
        iam.ServicePrincipal("lambda.amazonaws.com"),
        iam.ServicePrincipal("edgelambda.amazonaws.com"),
        iam.AccountPrincipal("123456789012"),
    ),
)
with_conditions = iam.ServicePrincipal("sns.amazonaws.com").with_conditions(
    {"StringEquals": {"aws:SourceAccount": "123456789012"}}
)
with_conditions.add_condition("ArnLike", {"aws:SourceArn": "arn:aws:sns:*:123456789012:*"})
with_conditions.add_condition("StringEquals", {"aws:SourceOrgID": "o-abcdefghij"})
trust_policy("WithConditions", with_conditions)
trust_policy("SessionTags", iam.ArnPrincipal("arn:aws:iam::123456789012:role/Tagger").with_session_tags())
trust_policy(
    "CompositeWithSessionTags",
    iam.CompositePrincipal(iam.AccountRootPrincipal(), iam.ArnPrincipal("arn:aws:iam::111111111111:root"))
    .with_session_tags(),
)

queue = sqs.CfnQueue(stack, "Queue")
statements = [
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.attr_arn], principals=[iam.AnyPrincipal()]),
    iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=[queue.attr_arn], principals=[iam.StarPrincipal()]),
    iam.PolicyStatement(
        actions=["sqs:GetQueueAttributes"],
        resources=[queue.attr_arn],
        principals=[iam.CanonicalUserPrincipal("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be")],
    ),
    iam.PolicyStatement(
        effect=iam.Effect.DENY,
        actions=["sqs:DeleteQueue"],
        resources=[queue.attr_arn],
        not_principals=[iam.AccountRootPrincipal()],
    ),
]
st = iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.attr_arn])
st.add_service_principal("sns.amazonaws.com")
st.add_aws_account_principal("222222222222")
st.add_arn_principal("arn:aws:iam::333333333333:user/bob")
st.add_account_root_principal()
statements.append(st)
anyone = iam.PolicyStatement(actions=["sqs:ChangeMessageVisibility"], resources=[queue.attr_arn])
anyone.add_any_principal()
statements.append(anyone)
sqs.CfnQueuePolicy(stack, "QueuePolicy", queues=[queue.ref], policy_document=iam.PolicyDocument(statements=statements))

app.synth()
