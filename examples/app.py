"""An example purecdk app: a container repository that scans images, expires old ones and tells a queue.

Every feature of the ECR library's seed README: scan on push, immutable tags, KMS encryption, lifecycle rules,
a pull grant to a role, authorization tokens for a user, and a rule on completed image scans with a target.
"""

from purecdk import App, CfnOutput, Duration, RemovalPolicy, Stack, Tags
from purecdk import aws_ecr as ecr
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EcrExampleStack")

repository = ecr.Repository(
    stack,
    "Repository",
    repository_name="example-service",
    image_scan_on_push=True,
    image_tag_mutability=ecr.TagMutability.IMMUTABLE,
    encryption_key=kms.Key(stack, "Key", enable_key_rotation=True),
    removal_policy=RemovalPolicy.RETAIN,
    lifecycle_rules=[ecr.LifecycleRule(tag_prefix_list=["prod"], max_image_count=9999, description="keep prod")],
)
repository.add_lifecycle_rule(max_image_age=Duration.days(30), description="expire the rest after 30 days")

deployer = iam.Role(stack, "Deployer", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
repository.grant_pull(deployer)

ci_user = iam.User(stack, "CiUser")
repository.grant_push(ci_user)
ecr.AuthorizationToken.grant_read(ci_user)
ecr.PublicGalleryAuthorizationToken.grant_read(ci_user)

findings = sqs.Queue(stack, "ScanFindings")
repository.on_image_scan_completed("ImageScanComplete").add_target(targets.SqsQueue(findings))

Tags.of(stack).add("team", "platform")

CfnOutput(stack, "RepositoryUri", value=repository.repository_uri)
CfnOutput(stack, "LatestImage", value=repository.repository_uri_for_tag("latest"))

app.synth()
