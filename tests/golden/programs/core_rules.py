"""CfnRule with a rule condition and assertions (Fn.condition_* rule functions)."""

from purecdk import App, CfnCondition, CfnParameter, CfnRule, CfnRuleAssertion, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "RulesStack")

env_name = CfnParameter(stack, "Environment", default="test", allowed_values=["test", "prod"])
instance_type = CfnParameter(stack, "InstanceType", default="t3.micro")
subnets = CfnParameter(stack, "Subnets", type="List<AWS::EC2::Subnet::Id>")

prod_rule = CfnRule(
    stack,
    "ProdInstanceType",
    rule_condition=Fn.condition_equals(env_name.value_as_string, "prod"),
)
prod_rule.add_assertion(
    Fn.condition_contains(["m5.large", "m5.xlarge"], instance_type.value_as_string),
    "For a production environment, the instance type must be m5.large or m5.xlarge",
)

CfnRule(
    stack,
    "SubnetsInVpc",
    assertions=[
        CfnRuleAssertion(
            assert_=Fn.condition_each_member_in(
                Fn.value_of_all("AWS::EC2::Subnet::Id", "VpcId"), ["vpc-0123456789abcdef0"]
            ),
            assert_description="All subnets must be in the expected VPC",
        )
    ],
)

always = CfnRule(stack, "NotEmpty")
always.add_assertion(
    Fn.condition_not(Fn.condition_equals(instance_type.value_as_string, "")),
    "Instance type must not be empty",
)

CfnCondition(stack, "IsProd", expression=Fn.condition_equals(env_name.value_as_string, "prod"))
sqs.CfnQueue(stack, "Queue", queue_name=Fn.join("-", [env_name.value_as_string, Fn.select(0, subnets.value_as_list)]))

app.synth()
