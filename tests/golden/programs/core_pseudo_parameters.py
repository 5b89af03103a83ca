"""Aws.* pseudo parameters and the stack's account/region/partition/url_suffix/stack_name/stack_id."""

from purecdk import App, Aws, CfnOutput, CfnResource, Fn, Stack

app = App()
stack = Stack(app, "PseudoStack")

CfnResource(
    stack,
    "Topic",
    type="AWS::SNS::Topic",
    properties={
        "DisplayName": f"{Aws.STACK_NAME} in {Aws.REGION}",
        "TopicName": Fn.join("-", ["topic", Aws.ACCOUNT_ID, Aws.REGION]),
        "FifoTopic": Aws.NO_VALUE,
    },
)

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Value": f"arn:{Aws.PARTITION}:s3:::bucket.{Aws.URL_SUFFIX}/{stack.stack_name}",
    },
)

CfnOutput(stack, "AccountId", value=Aws.ACCOUNT_ID)
CfnOutput(stack, "Region", value=Aws.REGION)
CfnOutput(stack, "Partition", value=Aws.PARTITION)
CfnOutput(stack, "UrlSuffix", value=Aws.URL_SUFFIX)
CfnOutput(stack, "StackName", value=Aws.STACK_NAME)
CfnOutput(stack, "StackId", value=Aws.STACK_ID)
CfnOutput(stack, "NotificationArns", value=Fn.join(",", Aws.NOTIFICATION_ARNS))
CfnOutput(stack, "StackAccount", value=stack.account)
CfnOutput(stack, "StackRegion", value=stack.region)
CfnOutput(stack, "StackPartition", value=stack.partition)
CfnOutput(stack, "StackUrlSuffix", value=stack.url_suffix)
CfnOutput(stack, "StackStackName", value=stack.stack_name)
CfnOutput(stack, "StackStackId", value=stack.stack_id)
CfnOutput(stack, "StackNotificationArns", value=Fn.join(",", stack.notification_arns))
CfnOutput(stack, "Artifact", value=stack.artifact_id)
CfnOutput(stack, "TemplateFile", value=stack.template_file)
CfnOutput(stack, "Environment", value=stack.environment)

app.synth()
