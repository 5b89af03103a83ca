"""Queues: property validation, FIFO rules, encryption choices, imports."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _props(queue: Any) -> dict[str, Any]:
    stack = Stack.of(queue)
    resource = queue.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())
    return rendered["Resources"][stack.get_logical_id(resource)].get("Properties", {})  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"delivery_delay": Duration.minutes(16)}, "delivery delay must be between 0 and 900 seconds, but 960"),
        ({"max_message_size_bytes": 1000}, "maximum message size must be between 1,024 and 1,048,576 bytes"),
        ({"retention_period": Duration.days(15)}, "message retention period must be between 60 and 1,209,600"),
        ({"receive_message_wait_time": Duration.seconds(21)}, "receive wait time must be between 0 and 20"),
        ({"visibility_timeout": Duration.hours(13)}, "visibility timeout must be between 0 and 43,200 seconds"),
    ],
)
def test_range_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        sqs.Queue(stack, "Queue", **kwargs)
    assert "Queue initialization failed" in str(error.value)
    assert "(at S/Queue)" in str(error.value)


def test_dead_letter_receive_count(stack: Stack) -> None:
    dlq = sqs.Queue(stack, "Dlq")
    with pytest.raises(ValueError, match="maximum receive count must be 1 or more, but 0"):
        sqs.Queue(stack, "Queue", dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=0, queue=dlq))


def test_fifo_rules(stack: Stack) -> None:
    assert sqs.Queue(stack, "ByName", queue_name="q.fifo").fifo is True
    assert sqs.Queue(stack, "ByDedup", content_based_deduplication=True).fifo is True
    with pytest.raises(ValueError, match="FIFO queue names must end in '.fifo'"):
        sqs.Queue(stack, "A", queue_name="q", fifo=True)
    with pytest.raises(ValueError, match="Non-FIFO queue name may not end in '.fifo'"):
        sqs.Queue(stack, "B", queue_name="q.fifo", fifo=False)
    with pytest.raises(ValueError, match="Content-based deduplication can only be defined for FIFO queues"):
        sqs.Queue(stack, "C", fifo=False, content_based_deduplication=True)


def test_encryption_choices(stack: Stack) -> None:
    assert _props(sqs.Queue(stack, "Sqs", encryption=sqs.QueueEncryption.SQS_MANAGED)) == {"SqsManagedSseEnabled": True}
    assert _props(sqs.Queue(stack, "None", encryption=sqs.QueueEncryption.UNENCRYPTED)) == {
        "SqsManagedSseEnabled": False
    }
    assert _props(sqs.Queue(stack, "Managed", encryption=sqs.QueueEncryption.KMS_MANAGED)) == {
        "KmsMasterKeyId": "alias/aws/sqs"
    }
    owned = sqs.Queue(stack, "Owned", encryption=sqs.QueueEncryption.KMS)
    assert owned.encryption_master_key is not None
    assert owned.node.try_find_child("Key") is not None
    with pytest.raises(ValueError, match="'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED'"):
        sqs.Queue(stack, "Bad", encryption=sqs.QueueEncryption.SQS_MANAGED, encryption_master_key=kms.Key(stack, "K"))


def test_master_key_implies_kms(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    queue = sqs.Queue(stack, "Queue", encryption_master_key=key)
    assert queue.encryption_type is sqs.QueueEncryption.KMS


def test_redrive_allow_policy_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="At least one source queue must be specified"):
        sqs.Queue(
            stack, "A", redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.BY_QUEUE)
        )
    source = sqs.Queue(stack, "Source")
    with pytest.raises(ValueError, match="sourceQueues cannot be configured"):
        sqs.Queue(
            stack,
            "B",
            redrive_allow_policy=sqs.RedriveAllowPolicy(
                redrive_permission=sqs.RedrivePermission.ALLOW_ALL, source_queues=[source]
            ),
        )


def test_default_removal_policy_is_destroy(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    assert queue.node.default_child.cfn_options.deletion_policy.value == "Delete"  # type: ignore[union-attr]


def test_import_from_arn(stack: Stack) -> None:
    queue = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:eu-west-1:123456789012:jobs.fifo")
    assert queue.queue_name == "jobs.fifo"
    assert queue.fifo is True  # type: ignore[attr-defined]
    assert queue.queue_url.startswith("https://sqs.eu-west-1.")
    with pytest.raises(ValueError, match="Non-FIFO queue name may not end in '.fifo'"):
        sqs.Queue.from_queue_attributes(stack, "Bad", queue_arn="arn:aws:sqs:eu-west-1:1:jobs.fifo", fifo=False)


def test_imported_queue_has_no_policy(stack: Stack) -> None:
    from purecdk import aws_iam as iam

    queue = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:eu-west-1:123456789012:jobs")
    result = queue.add_to_resource_policy(  # type: ignore[attr-defined]
        iam.PolicyStatement(actions=["sqs:*"], resources=["*"], principals=[iam.AnyPrincipal()])
    )
    assert result.statement_added is False
