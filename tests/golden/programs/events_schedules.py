"""events.Schedule: rate (minutes, hours, days, singular forms), cron (defaults for every field), expression."""

from purecdk import App, Duration, Stack
from purecdk import aws_events as events

app = App()
stack = Stack(app, "EventsSchedules")

schedules = {
    "EveryMinute": events.Schedule.rate(Duration.minutes(1)),
    "Every5Minutes": events.Schedule.rate(Duration.minutes(5)),
    "Every120Seconds": events.Schedule.rate(Duration.seconds(120)),
    "EveryHour": events.Schedule.rate(Duration.hours(1)),
    "Every90Minutes": events.Schedule.rate(Duration.hours(1.5)),
    "Every24Hours": events.Schedule.rate(Duration.hours(24)),
    "Every3Days": events.Schedule.rate(Duration.days(3)),
    "Every48Hours": events.Schedule.rate(Duration.hours(48)),
    "CronDaily": events.Schedule.cron(minute="0", hour="4"),
    "CronWeekDay": events.Schedule.cron(minute="30", hour="12", week_day="MON-FRI"),
    "CronDayOfMonth": events.Schedule.cron(minute="0", hour="0", day="1", month="*/2", year="2030"),
    "CronNoMinute": events.Schedule.cron(hour="6"),
    "Expression": events.Schedule.expression("rate(10 minutes)"),
    "CronExpression": events.Schedule.expression("cron(0 18 ? * MON-FRI *)"),
}
for name, schedule in schedules.items():
    events.Rule(stack, name, schedule=schedule, description=schedule.expression_string)

app.synth()
