"""iam.ResourceWithPolicies.register / EncryptedResources.register: factories of the app's own for L1 topics and
queues (used by TopicGrants/QueueGrants), with the automatic L1 traits turned off; GrantableResources."""

from typing import Any

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App(context={"@aws-cdk/core:automaticL1Traits": False})
stack = Stack(app, "PolicyFactories")


class TopicWithInlinePolicy(iam.IResourceWithPolicyV2):
    """Statements go into one CfnTopicPolicy named "Custom", made on the first statement."""

    def __init__(self, topic: Any) -> None:
        self._topic = topic
        self._document = iam.PolicyDocument()
        self._policy: Any = None

    @property
    def env(self) -> Any:
        return self._topic.env

    def add_to_resource_policy(self, statement: iam.PolicyStatement) -> iam.AddToResourcePolicyResult:
        if self._policy is None:
            self._policy = sns.CfnTopicPolicy(
                self._topic, "Custom", topics=[self._topic.ref], policy_document=self._document
            )
        self._document.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy)


class TopicPolicyFactory(iam.IResourcePolicyFactory):
    def for_resource(self, resource: Any) -> Any:
        return TopicWithInlinePolicy(resource)


class QueueEncryptedWith(iam.IEncryptedResource):
    """Key grants go to a given L2 key."""

    def __init__(self, queue: Any, key: kms.Key) -> None:
        self._queue = queue
        self._key = key

    @property
    def env(self) -> Any:
        return self._queue.env

    def grant_on_key(self, grantee: iam.IGrantable, *actions: str) -> iam.GrantOnKeyResult:
        return iam.GrantOnKeyResult(grant=self._key.grant(grantee, *actions))


class QueueKeyFactory(iam.IEncryptedResourceFactory):
    def __init__(self, key: kms.Key) -> None:
        self._key = key

    def for_resource(self, resource: Any) -> Any:
        return QueueEncryptedWith(resource, self._key)


class QueuePolicyFactory(iam.IResourcePolicyFactory):
    def for_resource(self, resource: Any) -> Any:
        return QueueNoPolicy(resource)


class QueueNoPolicy(iam.IResourceWithPolicyV2):
    """A queue whose policy is managed elsewhere: nothing is added."""

    def __init__(self, queue: Any) -> None:
        self._queue = queue

    @property
    def env(self) -> Any:
        return self._queue.env

    def add_to_resource_policy(self, statement: iam.PolicyStatement) -> iam.AddToResourcePolicyResult:
        return iam.AddToResourcePolicyResult(statement_added=False)


role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "QueueKey")

# registered on a construct: applies to the L1s below it
team = Construct(stack, "Team")
iam.ResourceWithPolicies.register(team, "AWS::SNS::Topic", TopicPolicyFactory())
iam.ResourceWithPolicies.register(team, "AWS::SQS::Queue", QueuePolicyFactory())
iam.EncryptedResources.register(team, "AWS::SQS::Queue", QueueKeyFactory(key))
iam.EncryptedResources.register(team, "AWS::SNS::Topic", QueueKeyFactory(key))

topic = sns.CfnTopic(team, "Topic")
sns.TopicGrants.from_topic(topic).publish(role)
sns.TopicGrants.from_topic(topic).publish(iam.AccountPrincipal("210987654321"))
sns.TopicGrants.from_topic(topic).subscribe(iam.ServicePrincipal("events.amazonaws.com"))

queue = sqs.CfnQueue(team, "Queue")
sqs.QueueGrants.from_queue(queue).send_messages(role)
sqs.QueueGrants.from_queue(queue).consume_messages(iam.AccountPrincipal("210987654321"))

print("topic has policy:", iam.GrantableResources.is_resource_with_policy(topic))
print("L2 key has policy:", iam.GrantableResources.is_resource_with_policy(key))
print("L2 key encrypted:", iam.GrantableResources.is_encrypted_resource(key))

app.synth()
