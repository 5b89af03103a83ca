"""Duration values passed as numbers and ISO strings into L1 properties."""

from purecdk import App, CfnOutput, CfnResource, Duration, Size, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "DurationStack")

sqs.CfnQueue(
    stack,
    "Queue",
    visibility_timeout=Duration.minutes(5).to_seconds(),
    message_retention_period=Duration.days(4).to_seconds(),
    delay_seconds=Duration.millis(15000).to_seconds(),
    receive_message_wait_time_seconds=Duration.seconds(20).to_seconds(),
    maximum_message_size=int(Size.kibibytes(256).to_bytes()),
    kms_data_key_reuse_period_seconds=Duration.hours(1).to_seconds(),
)

CfnResource(
    stack,
    "Log",
    type="AWS::Logs::LogGroup",
    properties={"RetentionInDays": Duration.days(14).to_days()},
)

CfnOutput(stack, "Iso", value=Duration.minutes(90).to_iso_string())
CfnOutput(stack, "IsoDays", value=Duration.days(2).plus(Duration.hours(3)).to_iso_string())
CfnOutput(stack, "Human", value=Duration.seconds(3725).to_human_string())
CfnOutput(stack, "Minutes", value=str(Duration.hours(2).to_minutes()))
CfnOutput(stack, "FractionalHours", value=str(
    Duration.minutes(90).to_hours(integral=False)))
CfnOutput(stack, "Parsed", value=str(Duration.parse("PT1H30M").to_seconds()))
CfnOutput(stack, "Zero", value=Duration.seconds(0).to_iso_string())

app.synth()
