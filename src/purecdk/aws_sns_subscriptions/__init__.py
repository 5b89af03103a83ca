"""aws_sns_subscriptions: subscribers of SNS topics (email addresses, URLs, phone numbers, SQS queues, functions)."""

from .email import EmailSubscription, EmailSubscriptionProps
from .lambda_function import LambdaSubscription, LambdaSubscriptionProps
from .sms import SmsSubscription, SmsSubscriptionProps
from .sqs import SqsSubscription, SqsSubscriptionProps
from .subscription import SubscriptionProps
from .url import UrlSubscription, UrlSubscriptionProps

__all__ = [
    "EmailSubscription",
    "EmailSubscriptionProps",
    "LambdaSubscription",
    "LambdaSubscriptionProps",
    "SmsSubscription",
    "SmsSubscriptionProps",
    "SqsSubscription",
    "SqsSubscriptionProps",
    "SubscriptionProps",
    "UrlSubscription",
    "UrlSubscriptionProps",
]
