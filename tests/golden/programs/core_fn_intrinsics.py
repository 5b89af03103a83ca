"""Fn.* coverage: sub (with and without variables), base64, import_value, get_att, ref, find_in_map."""

from purecdk import App, Aws, CfnMapping, CfnOutput, CfnParameter, CfnResource, Fn, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "FnStack")

name = CfnParameter(stack, "Name", default="demo")
CfnMapping(stack, "Settings", mapping={"Queue": {"Suffix": "q"}})
queue = sqs.CfnQueue(stack, "Queue")

CfnResource(
    stack,
    "Param",
    type="AWS::SSM::Parameter",
    properties={
        "Type": "String",
        "Name": Fn.sub("/${AWS::StackName}/${Name}/url"),
        "Value": Fn.sub("${Url} in ${AWS::Region}", {"Url": queue.ref}),
        "Description": Fn.sub("queue ${Q} named ${N}", {"Q": queue.attr_arn, "N": name.value_as_string}),
    },
)

CfnResource(
    stack,
    "Template",
    type="AWS::EC2::LaunchTemplate",
    properties={
        "LaunchTemplateData": {
            "UserData": Fn.base64(Fn.sub("#!/bin/bash\necho ${Queue} > /tmp/queue\n", {"Queue": queue.ref})),
            "ImageId": "ami-0123456789abcdef0",
        },
    },
)

CfnOutput(stack, "Imported", value=Fn.import_value("SharedVpcId"))
CfnOutput(stack, "ImportedFromToken", value=Fn.import_value(Fn.sub("${AWS::Region}-SharedSubnet")))
CfnOutput(stack, "GetAtt", value=Fn.get_att(queue.logical_id, "Arn").to_string())
CfnOutput(stack, "GetAttAttr", value=queue.attr_queue_url)
CfnOutput(stack, "Ref", value=Fn.ref(queue.logical_id))
CfnOutput(stack, "RefParam", value=Fn.ref("Name"))
CfnOutput(stack, "FindInMap", value=Fn.find_in_map("Settings", "Queue", "Suffix"))
CfnOutput(stack, "Base64Literal", value=Fn.base64("hello"))
CfnOutput(stack, "SubLiteral", value=Fn.sub("no variables at all"))
CfnOutput(stack, "SubPseudo", value=Fn.sub("arn:${AWS::Partition}:s3:::bucket-${AWS::AccountId}"))
CfnOutput(stack, "SubEscaped", value=Fn.sub("${!Literal}-${AWS::Region}"))
CfnOutput(stack, "SubInJoin", value=Fn.join("/", [Fn.sub("${AWS::Region}"), Aws.ACCOUNT_ID]))

app.synth()
