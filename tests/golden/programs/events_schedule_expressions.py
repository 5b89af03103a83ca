"""Scheduled rules from hand-written expressions, which aws-cdk-lib passes through unchecked: CloudFormation
Validate reports the malformed ones (E3027); Schedule.rate and Schedule.cron always produce valid ones."""

from purecdk import App, Duration, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "Schedules")
expressions = {
    "Plural": "rate(1 minutes)",
    "Singular": "rate(5 minute)",
    "BothDays": "cron(0 12 1 * MON *)",
    "FiveFields": "cron(0 12 * * ?)",
    "Neither": "every 5 minutes",
    "Valid": "cron(0 12 ? * MON-FRI *)",
}
for name, expression in expressions.items():
    events.Rule(stack, name, schedule=events.Schedule.expression(expression))
events.Rule(stack, "Rate", schedule=events.Schedule.rate(Duration.hours(1)))
events.Rule(stack, "Cron", schedule=events.Schedule.cron(minute="0", hour="4", week_day="SUN"))

app.synth()
