"""Lifecycle policy text of upstream's unit tests: lists, wildcards, ages, counts, priorities, ANY ordering."""

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "LifecycleStack")

ecr.Repository(stack, "TagPrefix").add_lifecycle_rule(tag_prefix_list=["abc"], max_image_count=1)
ecr.Repository(stack, "TagPattern").add_lifecycle_rule(tag_pattern_list=["abc*"], max_image_count=1)
ecr.Repository(stack, "FourWildcards").add_lifecycle_rule(tag_pattern_list=["abc*d*e*f*"], max_image_count=1)
ecr.Repository(stack, "DayBased").add_lifecycle_rule(max_image_age=Duration.days(5))
ecr.Repository(stack, "CountBased").add_lifecycle_rule(max_image_count=5)

mixed = ecr.Repository(stack, "Mixed")
mixed.add_lifecycle_rule(tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["a"], max_image_count=5)
mixed.add_lifecycle_rule(rule_priority=10, tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["b"], max_image_count=5)

any_last = ecr.Repository(stack, "AnyLast")
any_last.add_lifecycle_rule(max_image_count=5)
any_last.add_lifecycle_rule(tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["important"], max_image_count=999)

ecr.Repository(stack, "AtInit", lifecycle_rules=[ecr.LifecycleRule(max_image_count=3)])

everything = ecr.Repository(
    stack,
    "Everything",
    lifecycle_rules=[
        ecr.LifecycleRule(description="untagged first", tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.hours(48)),
        {"tagPrefixList": ["release-", "v"], "maxImageCount": 20, "description": "keep releases"},
        ecr.LifecycleRule(rule_priority=3, tag_pattern_list=["*-rc*", "b*"], max_image_count=2),
    ],
)
everything.add_lifecycle_rule(max_image_age=Duration.days(365), description="the rest: one year \u00e9\u00e8 \"quoted\"")
everything.add_lifecycle_rule(rule_priority=7, tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["x"], max_image_count=1)

prioritized_any = ecr.Repository(stack, "PrioritizedAny")
prioritized_any.add_lifecycle_rule(rule_priority=1, tag_prefix_list=["a"], max_image_count=5)
prioritized_any.add_lifecycle_rule(rule_priority=9, max_image_count=7)

app.synth()
