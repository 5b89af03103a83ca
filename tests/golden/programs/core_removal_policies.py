"""apply_removal_policy with every RemovalPolicy, with and without apply_to_update_replace_policy."""

from purecdk import App, CfnResource, Fn, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "RemovalPoliciesStack")

sqs.CfnQueue(stack, "Destroyed").apply_removal_policy(RemovalPolicy.DESTROY)
sqs.CfnQueue(stack, "Retained").apply_removal_policy(RemovalPolicy.RETAIN)
sqs.CfnQueue(stack, "RetainedOnUpdateOrDelete").apply_removal_policy(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
sqs.CfnQueue(stack, "RetainedDeleteOnly").apply_removal_policy(
    RemovalPolicy.RETAIN, apply_to_update_replace_policy=False
)
sqs.CfnQueue(stack, "DefaultApplied").apply_removal_policy(None, default=RemovalPolicy.DESTROY)
ecr.CfnRepository(stack, "Repository").apply_removal_policy(RemovalPolicy.RETAIN)

volume = CfnResource(
    stack,
    "Volume",
    type="AWS::EC2::Volume",
    properties={"AvailabilityZone": Fn.select(0, Fn.get_azs()), "Size": 8},
)
volume.apply_removal_policy(RemovalPolicy.SNAPSHOT)

cluster = CfnResource(
    stack,
    "Cluster",
    type="AWS::RDS::DBCluster",
    properties={"Engine": "aurora-postgresql", "MasterUsername": "dbadmin", "ManageMasterUserPassword": True},
)
cluster.apply_removal_policy(RemovalPolicy.SNAPSHOT, apply_to_update_replace_policy=False)

app.synth()
