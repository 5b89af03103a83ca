"""Alias: names with and without the prefix, token names, removal policy, imports and their grants."""

from purecdk import App, CfnOutput, Fn, RemovalPolicy, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "AliasStack")

key = kms.Key(stack, "Key")
alias = kms.Alias(stack, "Alias", alias_name="my-alias", target_key=key, removal_policy=RemovalPolicy.DESTROY)
prefixed = kms.Alias(stack, "Prefixed", alias_name="alias/prefixed", target_key=key)
token_name = kms.Alias(stack, "TokenName", alias_name=f"alias/app-{Fn.ref('AWS::StackName')}", target_key=key)
bare_token = kms.Alias(stack, "BareToken", alias_name=Fn.import_value("AliasName"), target_key=key)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
alias.grant_decrypt(role)
prefixed.grant_encrypt(role)

imported = kms.Alias.from_alias_name(stack, "Imported", "alias/shared")
imported.grant_encrypt_decrypt(role)
imported.grant(role, "kms:DescribeKey")
with_attributes = kms.Alias.from_alias_attributes(stack, "WithAttributes", alias_name="alias/known", alias_target_key=key)
with_attributes.grant_decrypt(iam.AccountPrincipal("444444444444"))

CfnOutput(stack, "AliasName", value=alias.alias_name)
CfnOutput(stack, "AliasArn", value=alias.alias_arn)
CfnOutput(stack, "AliasKeyArn", value=alias.key_arn)
CfnOutput(stack, "TokenAliasName", value=token_name.alias_name)
CfnOutput(stack, "BareTokenName", value=bare_token.alias_name)
CfnOutput(stack, "ImportedArn", value=imported.key_arn)
CfnOutput(stack, "AttributesArn", value=with_attributes.key_arn)

app.synth()
