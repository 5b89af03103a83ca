"""ECR README: a repository that scans images on push."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ImageScanStack")

repository = ecr.Repository(stack, "Repo", image_scan_on_push=True)

app.synth()
