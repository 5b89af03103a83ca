"""Stacks with explicit environments: account+region, region only; format_arn and pseudo values."""

from purecdk import App, ArnFormat, Aws, CfnOutput, CfnResource, Environment, Stack
from purecdk import aws_sqs as sqs

app = App()

full = Stack(app, "FullEnvStack", env=Environment(account="123456789012", region="eu-west-1"))
CfnResource(
    full,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Value": full.format_arn(service="sqs", resource="my-queue", arn_format=ArnFormat.NO_RESOURCE_NAME),
    },
)
CfnOutput(full, "Account", value=full.account)
CfnOutput(full, "Region", value=full.region)
CfnOutput(full, "Partition", value=full.partition)
CfnOutput(full, "UrlSuffix", value=full.url_suffix)
CfnOutput(full, "AwsAccount", value=Aws.ACCOUNT_ID)
CfnOutput(full, "TopicArn", value=full.format_arn(service="sns", resource="my-topic", arn_format=ArnFormat.NO_RESOURCE_NAME))
CfnOutput(full, "RoleArn", value=full.format_arn(service="iam", region="", resource="role", resource_name="MyRole"))
CfnOutput(full, "Environment", value=full.environment)

cn = Stack(app, "ChinaStack", env=Environment(account="210987654321", region="cn-north-1"))
sqs.CfnQueue(cn, "Queue")
CfnOutput(cn, "Partition", value=cn.partition)
CfnOutput(cn, "UrlSuffix", value=cn.url_suffix)
CfnOutput(cn, "BucketArn", value=cn.format_arn(service="s3", region="", account="", resource="bucket"))

region_only = Stack(app, "RegionOnlyStack", env=Environment(region="us-west-2"))
sqs.CfnQueue(region_only, "Queue")
CfnOutput(region_only, "Account", value=region_only.account)
CfnOutput(region_only, "Region", value=region_only.region)
CfnOutput(region_only, "Partition", value=region_only.partition)
CfnOutput(region_only, "QueueArn", value=region_only.format_arn(service="sqs", resource="q",
                                                                  arn_format=ArnFormat.NO_RESOURCE_NAME))
CfnOutput(region_only, "Environment", value=region_only.environment)

account_only = Stack(app, "AccountOnlyStack", env={"account": "111111111111"})
sqs.CfnQueue(account_only, "Queue")
CfnOutput(account_only, "Account", value=account_only.account)
CfnOutput(account_only, "Region", value=account_only.region)

app.synth()
