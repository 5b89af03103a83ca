"""Repository and registry URIs for owned and imported repositories, for tags and digests."""

from purecdk import App, CfnOutput, Fn, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "UriStack")

owned = ecr.Repository(stack, "Repo")
by_name = ecr.Repository.from_repository_name(stack, "ByName", "my-repo")
by_arn = ecr.Repository.from_repository_arn(stack, "ByArn", "arn:aws:ecr:us-east-1:585695036304:repository/foo/bar/foo/fooo")
by_attrs = ecr.Repository.from_repository_attributes(
    stack,
    "ByAttrs",
    repository_arn=Fn.import_value("Arn"),
    repository_name=Fn.import_value("Name"),
)

for name, repo in (("Owned", owned), ("ByName", by_name), ("ByArn", by_arn), ("ByAttrs", by_attrs)):
    CfnOutput(stack, f"{name}RepoName", value=repo.repository_name)
    CfnOutput(stack, f"{name}RepoArn", value=repo.repository_arn)
    CfnOutput(stack, f"{name}RepoUri", value=repo.repository_uri)
    CfnOutput(stack, f"{name}RegistryUri", value=repo.registry_uri)
    CfnOutput(stack, f"{name}ForTag", value=repo.repository_uri_for_tag("v1"))
    CfnOutput(stack, f"{name}ForDigest", value=repo.repository_uri_for_digest("sha256:0123abcd"))
    CfnOutput(stack, f"{name}ForTagOrDigestTag", value=repo.repository_uri_for_tag_or_digest("latest"))
    CfnOutput(stack, f"{name}ForTagOrDigestDigest", value=repo.repository_uri_for_tag_or_digest("sha256:ff"))
    CfnOutput(stack, f"{name}ForNothing", value=repo.repository_uri_for_tag_or_digest())

app.synth()
