"""cfn_options: deletion/update-replace policies, creation and update policies, metadata."""

from purecdk import (
    App,
    CfnAutoScalingReplacingUpdate,
    CfnAutoScalingRollingUpdate,
    CfnAutoScalingScheduledAction,
    CfnCreationPolicy,
    CfnDeletionPolicy,
    CfnResource,
    CfnResourceAutoScalingCreationPolicy,
    CfnResourceSignal,
    CfnUpdatePolicy,
    Duration,
    Fn,
    Stack,
)
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "CfnOptionsStack")

queue = sqs.CfnQueue(stack, "Queue")
queue.cfn_options.deletion_policy = CfnDeletionPolicy.RETAIN
queue.cfn_options.update_replace_policy = CfnDeletionPolicy.DELETE
queue.cfn_options.metadata = {"Purpose": "golden test", "Owners": ["a", "b"]}

snapshot_volume = CfnResource(
    stack,
    "Volume",
    type="AWS::EC2::Volume",
    properties={"AvailabilityZone": Fn.select(0, Fn.get_azs()), "Size": 10},
)
snapshot_volume.cfn_options.deletion_policy = CfnDeletionPolicy.SNAPSHOT
snapshot_volume.cfn_options.update_replace_policy = CfnDeletionPolicy.SNAPSHOT

retained = CfnResource(stack, "Log", type="AWS::Logs::LogGroup", properties={"RetentionInDays": 7})
retained.cfn_options.deletion_policy = CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE
retained.cfn_options.update_replace_policy = CfnDeletionPolicy.RETAIN

handle = CfnResource(stack, "WaitHandle", type="AWS::CloudFormation::WaitConditionHandle")
wait = CfnResource(stack, "Wait", type="AWS::CloudFormation::WaitCondition")
wait.cfn_options.creation_policy = CfnCreationPolicy(
    resource_signal=CfnResourceSignal(count=2, timeout=Duration.minutes(15).to_iso_string()),
)
wait.node.add_dependency(handle)

group = CfnResource(
    stack,
    "Group",
    type="AWS::AutoScaling::AutoScalingGroup",
    properties={
        "MinSize": "1",
        "MaxSize": "3",
        "AvailabilityZones": Fn.get_azs(),
        "LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0", "Version": "1"},
    },
)
group.cfn_options.creation_policy = CfnCreationPolicy(
    auto_scaling_creation_policy=CfnResourceAutoScalingCreationPolicy(min_successful_instances_percent=50),
    resource_signal=CfnResourceSignal(count=1, timeout="PT10M"),
)
group.cfn_options.update_policy = CfnUpdatePolicy(
    auto_scaling_rolling_update=CfnAutoScalingRollingUpdate(
        max_batch_size=1,
        min_instances_in_service=1,
        pause_time="PT5M",
        wait_on_resource_signals=True,
        suspend_processes=["HealthCheck", "ReplaceUnhealthy"],
    ),
    auto_scaling_scheduled_action=CfnAutoScalingScheduledAction(ignore_unmodified_group_size_properties=True),
)

replacing = CfnResource(
    stack,
    "ReplacingGroup",
    type="AWS::AutoScaling::AutoScalingGroup",
    properties={
        "MinSize": "0",
        "MaxSize": "1",
        "AvailabilityZones": [Fn.select(1, Fn.get_azs())],
        "LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0", "Version": "1"},
    },
)
replacing.cfn_options.update_policy = CfnUpdatePolicy(
    auto_scaling_replacing_update=CfnAutoScalingReplacingUpdate(will_replace=True),
)

app.synth()
