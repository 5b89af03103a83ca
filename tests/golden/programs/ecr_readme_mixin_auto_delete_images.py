"""ECR README: the RepositoryAutoDeleteImages mixin on an L1 repository (and on an L2 repository's subtree)."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "MixinStack")

ecr.CfnRepository(stack, "Repo").with_(ecr.mixins.RepositoryAutoDeleteImages())

l2 = ecr.Repository(stack, "L2Repo", removal_policy=RemovalPolicy.DESTROY)
l2.with_(ecr.mixins.RepositoryAutoDeleteImages())

app.synth()
