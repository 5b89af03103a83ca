"""Subscriptions of every kind on one topic: email, URL, SMS, SQS, Lambda, filters and a dead-letter queue."""

from purecdk import App, Duration, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "SubscriptionsBasic")
topic = sns.Topic(stack, "Topic", display_name="Scan results")

topic.add_subscription(subs.EmailSubscription("security@example.com"))
topic.add_subscription(subs.EmailSubscription("robots@example.com", json=True))
topic.add_subscription(subs.SmsSubscription("+15555550100"))
topic.add_subscription(
    subs.UrlSubscription(
        "https://hooks.example.com/scan",
        raw_message_delivery=True,
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(
                min_delay_target=Duration.seconds(5),
                max_delay_target=Duration.seconds(10),
                num_retries=6,
                backoff_function=sns.BackoffFunction.EXPONENTIAL,
            ),
            throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
            request_policy=sns.RequestPolicy(header_content_type="application/json"),
        ),
    )
)
topic.add_subscription(subs.UrlSubscription("http://hooks.example.com/plain"))

queue = sqs.Queue(stack, "Queue")
dlq = sqs.Queue(stack, "DeadLetters")
topic.add_subscription(
    subs.SqsSubscription(
        queue,
        raw_message_delivery=True,
        dead_letter_queue=dlq,
        filter_policy={
            "severity": sns.SubscriptionFilter.string_filter(allowlist=["HIGH", "CRITICAL"], match_prefixes=["CRIT"]),
            "count": sns.SubscriptionFilter.numeric_filter(
                greater_than=0, between=sns.BetweenCondition(start=1, stop=10)
            ),
            "repository": sns.SubscriptionFilter.exists_filter(),
            "ignored": sns.SubscriptionFilter.not_exists_filter(),
        },
    )
)

fn = lambda_.Function(
    stack,
    "Worker",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)\n"),
)
topic.add_subscription(
    subs.LambdaSubscription(
        fn,
        filter_policy_with_message_body={
            "detail": sns.FilterOrPolicy.policy(
                {
                    "scan-status": sns.FilterOrPolicy.filter(
                        sns.SubscriptionFilter.string_filter(allowlist=["COMPLETE"], denylist=["FAILED"])
                    ),
                    "finding-severity-counts": sns.FilterOrPolicy.policy(
                        {"CRITICAL": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numeric_filter(greater_than=0))}
                    ),
                }
            ),
            "source": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.string_filter(match_suffixes=[".ecr"])),
        },
    )
)

sns.Subscription(
    stack,
    "Direct",
    topic=topic,
    endpoint="arn:aws:sqs:us-east-1:123456789012:elsewhere",
    protocol=sns.SubscriptionProtocol.SQS,
    region="us-east-1",
    filter_policy={"kind": sns.SubscriptionFilter(conditions=["a", {"prefix": "b"}])},
)

app.synth()
