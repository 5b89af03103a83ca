"""CfnMapping with find_in_map: literal keys, token keys, Fn.find_in_map with a default value."""

from purecdk import App, Aws, CfnMapping, CfnOutput, CfnParameter, Fn, Stack, Token
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "MappingsStack")

stage = CfnParameter(stack, "Stage", default="dev", allowed_values=["dev", "prod"])

sizes = CfnMapping(
    stack,
    "Sizes",
    mapping={
        "dev": {"Retention": 86400, "Name": "small", "Delay": 0},
        "prod": {"Retention": 1209600, "Name": "large", "Delay": 5},
    },
)
regions = CfnMapping(stack, "RegionMap")
regions.set_value("us-east-1", "Ami", "ami-0123456789abcdef0")
regions.set_value("eu-west-1", "Ami", "ami-0fedcba9876543210")
regions.set_value("eu-west-1", "Bucket", "eu-bucket")

# Literal keys: an eager mapping still renders Fn::FindInMap.
sqs.CfnQueue(stack, "DevQueue", queue_name=sizes.find_in_map("dev", "Name"))
# Token key.
sqs.CfnQueue(
    stack,
    "StageQueue",
    message_retention_period=Token.as_number(Fn.find_in_map("Sizes", stage.value_as_string, "Retention")),
    queue_name=f"{sizes.find_in_map(stage.value_as_string, 'Name')}-stage",
)

CfnOutput(stack, "RegionAmi", value=regions.find_in_map(Aws.REGION, "Ami"))
CfnOutput(stack, "WithDefault", value=Fn.find_in_map("RegionMap", Aws.REGION, "Bucket", "default-bucket"))
CfnOutput(stack, "DirectFn", value=Fn.find_in_map(sizes.logical_id, "prod", "Name"))

app.synth()
