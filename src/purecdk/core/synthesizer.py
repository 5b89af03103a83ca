"""``DefaultStackSynthesizer``: writes a stack's template and assets the way ``cdk bootstrap`` v6+ expects."""

from __future__ import annotations

import json
from typing import Any

from purecdk import _digests as digests
from purecdk.core.assets import FileAssetLocation, FileAssetPackaging, FileAssetSource
from purecdk.core.tokens.js import js_json_dumps
from purecdk.core.tokens.token import unresolved

DEFAULT_QUALIFIER = "hnb659fds"
_BOOTSTRAP_VERSION = 6
_LOOKUP_ROLE_BOOTSTRAP_VERSION = 8


class DefaultStackSynthesizer:
    """Synthesizes a stack for the modern bootstrap stack (roles and an assets bucket per environment)."""

    def __init__(
        self,
        *,
        qualifier: str | None = None,
        generate_bootstrap_version_rule: bool | None = None,
        bootstrap_stack_version_ssm_parameter: str | None = None,
        file_assets_bucket_name: str | None = None,
        bucket_prefix: str | None = None,
        deploy_role_arn: str | None = None,
        cloud_formation_execution_role: str | None = None,
        file_asset_publishing_role_arn: str | None = None,
        lookup_role_arn: str | None = None,
        **_: Any,
    ) -> None:
        self._qualifier_option = qualifier
        self._generate_rule = generate_bootstrap_version_rule is not False
        self._ssm_option = bootstrap_stack_version_ssm_parameter
        self._bucket_option = file_assets_bucket_name
        self._bucket_prefix = bucket_prefix or ""
        self._deploy_role_option = deploy_role_arn
        self._exec_role_option = cloud_formation_execution_role
        self._publishing_role_option = file_asset_publishing_role_arn
        self._lookup_role_option = lookup_role_arn
        self._stack: Any = None
        self._file_assets: dict[str, dict[str, Any]] = {}

    # -- binding -------------------------------------------------------------------------------------

    def bind(self, stack: Any) -> None:
        """Attach to ``stack``."""
        if self._stack is not None and self._stack is not stack:
            raise ValueError("A StackSynthesizer can only be used for one Stack")
        self._stack = stack

    @property
    def lookup_role(self) -> str:
        """The ARN of the role the ``cdk`` CLI assumes for context lookups."""
        return self._role(self._lookup_role_option, "lookup-role")

    @property
    def bound_stack(self) -> Any:
        """The stack this synthesizer belongs to."""
        return self._stack

    @property
    def qualifier(self) -> str:
        """The bootstrap qualifier (context ``@aws-cdk/core:bootstrapQualifier`` or ``hnb659fds``)."""
        if self._qualifier_option:
            return self._qualifier_option
        ctx = self._stack.node.try_get_context("@aws-cdk/core:bootstrapQualifier") if self._stack else None
        return str(ctx) if ctx else DEFAULT_QUALIFIER

    def _sub(self, template: str, for_manifest: bool) -> str:
        stack = self._stack
        account = "${AWS::AccountId}" if unresolved(stack.account) else stack.account
        region = "${AWS::Region}" if unresolved(stack.region) else stack.region
        text = template.replace("${Qualifier}", self.qualifier)
        text = text.replace("${AWS::AccountId}", account).replace("${AWS::Region}", region)
        return text

    @property
    def _ssm_parameter(self) -> str:
        return (self._ssm_option or "/cdk-bootstrap/${Qualifier}/version").replace("${Qualifier}", self.qualifier)

    def _role(self, option: str | None, kind: str) -> str:
        template = option or (
            "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-"
            + kind
            + "-${AWS::AccountId}-${AWS::Region}"
        )
        return self._sub(template, True)

    @property
    def _bucket_name(self) -> str:
        return self._sub(self._bucket_option or "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}", True)

    # -- assets --------------------------------------------------------------------------------------

    def add_file_asset(self, asset: FileAssetSource | None = None, **kwargs: Any) -> FileAssetLocation:
        """Register a file asset; returns where it will be at deploy time (as template values)."""
        if asset is None:
            asset = FileAssetSource(**kwargs)
        packaging = asset.packaging or FileAssetPackaging.FILE
        ext = ".zip" if packaging is FileAssetPackaging.ZIP_DIRECTORY else _extension(asset.file_name or "")
        object_key = f"{self._bucket_prefix}{asset.source_hash}{ext}"
        entry: dict[str, Any] = {}
        if asset.display_name:
            entry["displayName"] = asset.display_name
        entry["source"] = {"path": asset.file_name, "packaging": packaging.value}
        # like aws-cdk-lib's asset manifest builder, the first registration of a source hash wins
        self._file_assets.setdefault(asset.source_hash, {**entry, "_object_key": object_key})
        from purecdk.core.fn import Fn

        bucket_template = self._bucket_option or "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"
        bucket_template = bucket_template.replace("${Qualifier}", self.qualifier)
        stack = self._stack
        if not unresolved(stack.account):
            bucket_template = bucket_template.replace("${AWS::AccountId}", stack.account)
        if not unresolved(stack.region):
            bucket_template = bucket_template.replace("${AWS::Region}", stack.region)
        bucket = Fn.sub(bucket_template) if "${" in bucket_template else bucket_template
        http_url = f"https://s3.{stack.region}.{stack.url_suffix}/{bucket}/{object_key}"
        return FileAssetLocation(
            bucket_name=bucket,
            object_key=object_key,
            http_url=http_url,
            s3_object_url=f"s3://{bucket}/{object_key}",
            s3_object_url_with_placeholders=f"s3://{bucket_template}/{object_key}",
        )

    # -- synthesis -----------------------------------------------------------------------------------

    def _add_bootstrap_version_rule(self) -> None:
        from purecdk.core.cfn_parameter import CfnParameter
        from purecdk.core.cfn_rule import CfnRule, CfnRuleAssertion
        from purecdk.core.fn import Fn

        stack = self._stack
        if stack.node.try_find_child("BootstrapVersion") is not None:
            return
        param = CfnParameter(
            stack,
            "BootstrapVersion",
            type="AWS::SSM::Parameter::Value<String>",
            description="Version of the CDK Bootstrap resources in this environment, automatically retrieved "
            "from SSM Parameter Store. [cdk:skip]",
            default=self._ssm_parameter,
        )
        old_versions = [str(n) for n in range(1, _BOOTSTRAP_VERSION)]
        CfnRule(
            stack,
            "CheckBootstrapVersion",
            assertions=[
                CfnRuleAssertion(
                    assert_=Fn.condition_not(Fn.condition_contains(old_versions, param.value_as_string)),
                    assert_description=f"CDK bootstrap stack version {_BOOTSTRAP_VERSION} required. Please run "
                    "'cdk bootstrap' with a recent version of the CDK CLI.",
                )
            ],
        )

    def synthesize(self, session: Any) -> None:
        """Write the template and asset manifest, and add the stack's artifacts to the assembly."""
        stack = self._stack
        if self._generate_rule:
            self._add_bootstrap_version_rule()
        template = stack._to_cloud_formation()
        stack.resource_count_check(template)
        indent = None if stack._suppress_template_indentation else 1
        text = js_json_dumps(template, indent)
        session.add_template(stack, template)
        session.write_file(stack.template_file, text)
        template_hash = digests.sha256(text.encode("utf-8")).hexdigest()

        env_specific = not unresolved(stack.account) and not unresolved(stack.region)
        files: dict[str, Any] = {}
        for source_hash, entry in self._file_assets.items():
            files[source_hash] = self._asset_entry(entry, entry["_object_key"], env_specific)
        files[template_hash] = self._asset_entry(
            {
                "displayName": f"{stack.stack_name} Template",
                "source": {"path": stack.template_file, "packaging": "file"},
            },
            f"{self._bucket_prefix}{template_hash}.json",
            env_specific,
        )
        assets_id = f"{stack.artifact_id}.assets"
        assets_file = f"{assets_id}.json"
        session.write_file(
            assets_file, js_json_dumps({"version": session.schema_version, "files": files, "dockerImages": {}}, 2)
        )
        ssm = self._ssm_parameter
        session.add_artifact(
            assets_id,
            {
                "type": "cdk:asset-manifest",
                "properties": {
                    "file": assets_file,
                    "requiresBootstrapStackVersion": _BOOTSTRAP_VERSION,
                    "bootstrapStackVersionSsmParameter": ssm,
                },
            },
        )
        properties: dict[str, Any] = {
            "templateFile": stack.template_file,
            "terminationProtection": stack.termination_protection,
        }
        tags = stack.tags.tag_values()
        if tags:
            properties["tags"] = tags
        if stack._notification_arns:
            properties["notificationArns"] = stack._notification_arns
        properties.update(
            {
                "validateOnSynth": False,
                "assumeRoleArn": self._role(self._deploy_role_option, "deploy-role"),
                "cloudFormationExecutionRoleArn": self._role(self._exec_role_option, "cfn-exec-role"),
                "stackTemplateAssetObjectUrl": f"s3://{self._bucket_name}/{self._bucket_prefix}{template_hash}.json",
                "requiresBootstrapStackVersion": _BOOTSTRAP_VERSION,
                "bootstrapStackVersionSsmParameter": ssm,
                "additionalDependencies": [assets_id],
                "lookupRole": {
                    "arn": self._role(self._lookup_role_option, "lookup-role"),
                    "requiresBootstrapStackVersion": _LOOKUP_ROLE_BOOTSTRAP_VERSION,
                    "bootstrapStackVersionSsmParameter": ssm,
                },
            }
        )
        if stack.stack_name != stack.artifact_id:
            properties["stackName"] = stack.stack_name
        session.add_stack_artifact(stack, properties, [assets_id])

    def _asset_entry(self, entry: dict[str, Any], object_key: str, env_specific: bool) -> dict[str, Any]:
        stack = self._stack
        destination: dict[str, Any] = {"bucketName": self._bucket_name, "objectKey": object_key}
        if env_specific:
            destination["region"] = stack.region
        destination["assumeRoleArn"] = self._role(self._publishing_role_option, "file-publishing-role")
        digest = digests.sha256(json.dumps(destination, separators=(",", ":")).encode("utf-8")).hexdigest()[:8]
        account = stack.account if env_specific or not unresolved(stack.account) else "current_account"
        region = stack.region if env_specific or not unresolved(stack.region) else "current_region"
        result = {k: v for k, v in entry.items() if not k.startswith("_")}
        result["destinations"] = {f"{account}-{region}-{digest}": destination}
        return result


def _extension(name: str) -> str:
    import os

    return os.path.splitext(name)[1]


class _TemplateOnlySynthesizer:
    """Writes only the template: no bootstrap rule, no asset manifest."""

    def __init__(self, **_: Any) -> None:
        self._stack: Any = None

    def bind(self, stack: Any) -> None:
        """Attach to ``stack``."""
        self._stack = stack

    @property
    def bound_stack(self) -> Any:
        """The stack this synthesizer belongs to."""
        return self._stack

    def add_file_asset(self, asset: Any = None, **kwargs: Any) -> Any:
        """Assets need the bootstrap stack: not supported by this synthesizer."""
        raise ValueError(
            f"Cannot add assets to a stack that uses {type(self).__name__} ({self._stack.node.path}); "
            "use DefaultStackSynthesizer"
        )

    def _extra_properties(self) -> dict[str, Any]:
        return {}

    def synthesize(self, session: Any) -> None:
        """Write the template and add the stack artifact."""
        stack = self._stack
        template = stack._to_cloud_formation()
        stack.resource_count_check(template)
        indent = None if stack._suppress_template_indentation else 1
        session.add_template(stack, template)
        session.write_file(stack.template_file, js_json_dumps(template, indent))
        properties: dict[str, Any] = {
            "templateFile": stack.template_file,
            "terminationProtection": stack.termination_protection,
        }
        tags = stack.tags.tag_values()
        if tags:
            properties["tags"] = tags
        properties["validateOnSynth"] = False
        properties.update(self._extra_properties())
        if stack.stack_name != stack.artifact_id:
            properties["stackName"] = stack.stack_name
        session.add_stack_artifact(stack, properties, [])


class LegacyStackSynthesizer(_TemplateOnlySynthesizer):
    """The pre-bootstrap synthesizer: the template only, deployed with the CLI's credentials."""


class BootstraplessSynthesizer(_TemplateOnlySynthesizer):
    """A synthesizer for environments without a bootstrap stack (roles given explicitly, no assets)."""

    def __init__(
        self, *, deploy_role_arn: str | None = None, cloud_formation_execution_role_arn: str | None = None, **_: Any
    ) -> None:
        super().__init__()
        self._deploy_role_arn = deploy_role_arn
        self._exec_role_arn = cloud_formation_execution_role_arn

    def _extra_properties(self) -> dict[str, Any]:
        props: dict[str, Any] = {}
        if self._deploy_role_arn:
            props["assumeRoleArn"] = self._deploy_role_arn
        if self._exec_role_arn:
            props["cloudFormationExecutionRoleArn"] = self._exec_role_arn
        return props
