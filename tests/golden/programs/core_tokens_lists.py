"""List tokens: Fn.split, Fn.get_azs, Fn.select, Token.as_list, Fn.cidr, list parameters."""

from purecdk import App, Aws, CfnOutput, CfnParameter, CfnResource, Fn, Stack, Token

app = App()
stack = Stack(app, "ListTokensStack")

subnets = CfnParameter(stack, "SubnetIds", type="List<AWS::EC2::Subnet::Id>")
cidr_block = CfnParameter(stack, "VpcCidr", default="10.0.0.0/16")
csv = CfnParameter(stack, "Csv", default="a,b,c")

vpc = CfnResource(stack, "Vpc", type="AWS::EC2::VPC", properties={"CidrBlock": cidr_block.value_as_string})
cidrs = Fn.cidr(cidr_block.value_as_string, 4, "8")
azs = Fn.get_azs()

for index in range(2):
    CfnResource(
        stack,
        f"Subnet{index}",
        type="AWS::EC2::Subnet",
        properties={
            "VpcId": vpc.ref,
            "CidrBlock": Fn.select(index, cidrs),
            "AvailabilityZone": Fn.select(index, azs),
        },
    )

CfnResource(
    stack,
    "SubnetGroup",
    type="AWS::RDS::DBSubnetGroup",
    properties={"DBSubnetGroupDescription": "subnets", "SubnetIds": subnets.value_as_list},
)

CfnResource(
    stack,
    "Endpoint",
    type="AWS::EC2::VPCEndpoint",
    properties={
        "VpcId": vpc.ref,
        "ServiceName": f"com.amazonaws.{Aws.REGION}.s3",
        "RouteTableIds": Token.as_list(Fn.split(",", csv.value_as_string)),
    },
)

split_with_length = Fn.split(",", csv.value_as_string, 3)
CfnOutput(stack, "Second", value=Fn.select(1, split_with_length))
CfnOutput(stack, "LiteralSplitSelect", value=Fn.select(2, Fn.split("/", "a/b/c")))
CfnOutput(stack, "LiteralSelect", value=Fn.select(1, ["x", "y", "z"]))
CfnOutput(stack, "SecondAzInRegion", value=Fn.select(1, Fn.get_azs(Aws.REGION)))
CfnOutput(stack, "FirstAzLiteralRegion", value=Fn.select(0, Fn.get_azs("eu-west-1")))
CfnOutput(stack, "JoinedSubnets", value=Fn.join(",", subnets.value_as_list))
CfnOutput(stack, "Cidr", value=Fn.select(3, Fn.cidr("10.1.0.0/16", 8, "4")))
CfnOutput(stack, "VpcCidrs", value=Fn.join(",", vpc.get_att("CidrBlockAssociations").to_string_list()))

app.synth()
