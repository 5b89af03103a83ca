"""Repository props: scan on push false/true, encryption kinds, removal policies, names (literal and token)."""

from purecdk import App, CfnParameter, Fn, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "PropsStack")

ecr.Repository(stack, "NoScanRepo", image_scan_on_push=False)
ecr.Repository(stack, "ScanRepo", image_scan_on_push=True)
ecr.Repository(stack, "Aes", encryption=ecr.RepositoryEncryption.AES_256)
ecr.Repository(stack, "Kms", encryption=ecr.RepositoryEncryption.KMS)
ecr.Repository(stack, "Destroy", removal_policy=RemovalPolicy.DESTROY)
ecr.Repository(stack, "Retain", removal_policy=RemovalPolicy.RETAIN)
ecr.Repository(stack, "RetainOnUpdate", removal_policy=RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
ecr.Repository(stack, "NotEmptied", removal_policy=RemovalPolicy.DESTROY, empty_on_delete=False)
ecr.Repository(stack, "Mutable", image_tag_mutability=ecr.TagMutability.MUTABLE)
ecr.Repository(stack, "Named1", repository_name="abc-xyz-34ab")
ecr.Repository(stack, "Named2", repository_name="124/pp-33")
ecr.Repository(stack, "Named3", repository_name="a.b_c-d/e-f")
ecr.Repository(stack, "ImportedName", repository_name=Fn.import_value("_REPO"))
ecr.Repository(stack, "ParamName", repository_name=CfnParameter(stack, "Name").value_as_string)

app.synth()
