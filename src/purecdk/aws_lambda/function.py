"""``Function``: a Lambda function (``AWS::Lambda::Function``) with its execution role, and importing functions."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.aws_lambda._generated import CfnFunction
from purecdk.aws_lambda._log_group import LogGroup as _LogGroup
from purecdk.aws_lambda.code import Code
from purecdk.aws_lambda.function_base import FunctionBase, IFunction
from purecdk.aws_lambda.function_hash import calculate_function_hash, trim_from_start
from purecdk.aws_lambda.handler import Handler
from purecdk.aws_lambda.runtime import Runtime
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import (
    JsObject,
    add_construct_metadata,
    add_method_metadata,
    collecting,
    passing_props,
    struct_object,
)
from purecdk.core.arn import ArnFormat
from purecdk.core.duration import Duration
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.fn import Fn
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field, reference_attribute
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved

_USE_CDK_MANAGED_LOG_GROUP = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"
_FUNCTION_NAME = re.compile(r"^[a-zA-Z0-9-_]+$")
_RESERVED_ENVIRONMENT = frozenset(
    {
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    }
)


class Tracing(enum.Enum):
    """X-Ray tracing of a function."""

    ACTIVE = "Active"
    PASS_THROUGH = "PassThrough"
    DISABLED = "Disabled"


class Architecture:
    """The instruction set of a function (``Architecture.ARM_64``)."""

    X86_64: Architecture
    ARM_64: Architecture

    def __init__(self, name: str, docker_platform: str) -> None:
        self.name = name
        self.docker_platform = docker_platform

    @staticmethod
    def custom(name: str, docker_platform: str | None = None) -> Architecture:
        """An architecture by name."""
        return Architecture(name, docker_platform or "linux/amd64")

    def __str__(self) -> str:
        return self.name


Architecture.X86_64 = Architecture("x86_64", "linux/amd64")
Architecture.ARM_64 = Architecture("arm64", "linux/arm64")


class LoggingFormat(enum.Enum):
    """The format of a function's logs."""

    TEXT = "Text"
    JSON = "JSON"


class ApplicationLogLevel(enum.Enum):
    """The minimum level of application logs (JSON log format only)."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"
    TRACE = "TRACE"
    ERROR = "ERROR"
    FATAL = "FATAL"


class SystemLogLevel(enum.Enum):
    """The minimum level of system logs (JSON log format only)."""

    INFO = "INFO"
    DEBUG = "DEBUG"
    WARN = "WARN"


class RecursiveLoop(enum.Enum):
    """What Lambda does when it detects a recursive loop."""

    ALLOW = "Allow"
    TERMINATE = "Terminate"


class FunctionAttributes(Struct):
    """What is needed to import an existing function."""

    function_arn: str
    architecture: Architecture | None = None
    role: Any = None
    same_environment: bool | None = None
    skip_permissions: bool | None = None


def _value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


class Function(FunctionBase):
    """A Lambda function; creates a service role with ``AWSLambdaBasicExecutionRole`` unless given one."""

    _VER_PROPS: dict[str, bool] = {}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: Code,
        handler: str,
        runtime: Runtime,
        architecture: Architecture | None = None,
        current_version_options: Any = None,
        application_log_level_v2: ApplicationLogLevel | None = None,
        code_signing_config: Any = None,
        dead_letter_queue: Any = None,
        dead_letter_queue_enabled: bool | None = None,
        dead_letter_topic: Any = None,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        environment_encryption: Any = None,
        ephemeral_storage_size: Any = None,
        function_name: str | None = None,
        initial_policy: Sequence[Any] | None = None,
        log_group: Any = None,
        logging_format: LoggingFormat | None = None,
        max_event_age: Duration | None = None,
        memory_size: float | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        recursive_loop: RecursiveLoop | None = None,
        reserved_concurrent_executions: float | None = None,
        retry_attempts: float | None = None,
        role: Any = None,
        system_log_level_v2: SystemLogLevel | None = None,
        timeout: Duration | None = None,
        tracing: Tracing | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=function_name)
        add_construct_metadata(self, locals())
        where = f"(at {self.node.path})"
        if function_name and not unresolved(function_name):
            if len(function_name) > 64:
                raise ValueError(
                    f"Function name can not be longer than 64 characters but has {len(function_name)} "
                    f"characters. {where}"
                )
            if not _FUNCTION_NAME.match(function_name):
                raise ValueError(
                    f"Function name {function_name} can contain only letters, numbers, hyphens, or underscores "
                    f"with no spaces. {where}"
                )
        if description and not unresolved(description) and len(description) > 256:
            raise ValueError(
                f"Function description can not be longer than 256 characters but has {len(description)} "
                f"characters. {where}"
            )
        self.can_create_permissions = True
        self._environment: dict[str, str] = {}
        self._remove_in_edge: set[str] = set()
        self._layers: list[Any] = []
        self._hash_mixins: list[str] = []
        self._current_version: Any = None
        self.current_version_options = current_version_options
        if role is None:
            from purecdk.aws_iam import ManagedPolicy, Role, ServicePrincipal

            role = Role(
                self,
                "ServiceRole",
                assumed_by=ServicePrincipal("lambda.amazonaws.com"),
                managed_policies=[
                    ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")
                ],
            )
        self.role = role
        self.grant_principal = role
        for statement in initial_policy or []:
            role.add_to_principal_policy(statement)
        code_config = code.bind(self)
        _verify_code_config(code_config, handler, runtime)
        for key, value in (environment or {}).items():
            add_method_metadata(self, "addEnvironment", [key, value])
            self._add_environment(key, value)
        dlq = self._build_dead_letter_queue(dead_letter_queue, dead_letter_queue_enabled, dead_letter_topic)
        self.dead_letter_queue = dlq if dlq is not None and hasattr(dlq, "queue_arn") else None
        self.dead_letter_topic = dlq if dlq is not None and not hasattr(dlq, "queue_arn") else None
        chosen_architecture = architecture
        if ephemeral_storage_size is not None and not ephemeral_storage_size.is_unresolved():
            mebibytes = ephemeral_storage_size.to_mebibytes()
            if mebibytes < 512 or mebibytes > 10240:
                raise ValueError(
                    f"Ephemeral storage size must be between 512 and 10240 MB, received {ephemeral_storage_size}. "
                    f"{where}"
                )
        location = code_config.s3_location
        image = code_config.image
        from_image = runtime is Runtime.FROM_IMAGE
        self.resource = CfnFunction(
            self,
            "Resource",
            function_name=self.physical_name,
            description=description,
            code=CfnFunction.CodeProperty(
                s3_bucket=location.bucket_name if location else None,
                s3_key=location.object_key if location else None,
                s3_object_version=location.object_version if location else None,
                zip_file=code_config.inline_code,
                image_uri=get_field(image, "image_uri"),
                source_kms_key_arn=code_config.source_kms_key_arn,
                s3_object_storage_mode=_value(code_config.s3_object_storage_mode),
            ),
            handler=None if handler == Handler.FROM_IMAGE else handler,
            timeout=timeout.to_seconds() if timeout is not None else None,
            package_type="Image" if from_image else None,
            runtime=None if from_image else runtime.name,
            role=role.role_arn,
            environment=Lazy.uncached_any(lambda *_: self._render_environment()),
            memory_size=memory_size,
            ephemeral_storage=(
                {"size": ephemeral_storage_size.to_mebibytes()} if ephemeral_storage_size is not None else None
            ),
            dead_letter_config=self._build_dead_letter_config(dlq),
            reserved_concurrent_executions=reserved_concurrent_executions,
            image_config=_image_config(image),
            kms_key_arn=(
                reference_attribute(environment_encryption, "key_ref", "key_arn")
                if environment_encryption is not None
                else None
            ),
            code_signing_config_arn=(
                reference_attribute(code_signing_config, "code_signing_config_ref", "code_signing_config_arn")
                if code_signing_config is not None
                else None
            ),
            architectures=[chosen_architecture.name] if chosen_architecture is not None else None,
            logging_config=self._logging_config(
                logging_format, application_log_level_v2, system_log_level_v2, log_group
            ),
            recursive_loop=_value(recursive_loop),
        )
        if tracing is not None:
            tracing_config = self._build_tracing_config(tracing)
            if tracing_config is not None:
                self.resource.tracing_config = tracing_config
        self._log_group = log_group
        self.resource.node.add_dependency(role)
        self.runtime = runtime
        self.timeout = timeout
        self.architecture = architecture or Architecture.X86_64
        self.function_name = self.get_resource_name_attribute(self.resource.ref)
        self.function_arn = self.get_resource_arn_attribute(
            self.resource.attr_arn,
            {
                "service": "lambda",
                "resource": "function",
                "resource_name": self.physical_name,
                "arn_format": ArnFormat.COLON_RESOURCE_NAME,
            },
        )
        if log_group is None and FeatureFlags.of(self).is_enabled(_USE_CDK_MANAGED_LOG_GROUP):
            self._log_group = _LogGroup(self, "LogGroup", log_group_name=f"/aws/lambda/{self.function_name}")
        code.bind_to_resource(self.resource)
        if on_failure is not None or on_success is not None or max_event_age is not None or retry_attempts is not None:
            props = JsObject(
                function=self,
                onFailure=on_failure,
                onSuccess=on_success,
                maxEventAge=max_event_age,
                retryAttempts=retry_attempts,
            )
            self._configure_async_invoke(
                props,
                on_failure=on_failure,
                on_success=on_success,
                max_event_age=max_event_age,
                retry_attempts=retry_attempts,
            )

    # -- environment ----------------------------------------------------------------------------------

    def add_environment(self, key: str, value: str, *, remove_in_edge: bool | None = None) -> Function:
        """Add an environment variable (reserved Lambda variables are refused)."""
        add_method_metadata(self, "addEnvironment", [key, value, {"remove_in_edge": remove_in_edge}])
        self._add_environment(key, value)
        if remove_in_edge:
            self._remove_in_edge.add(key)
        else:
            self._remove_in_edge.discard(key)
        return self

    def _add_environment(self, key: str, value: str) -> Function:
        if key in _RESERVED_ENVIRONMENT:
            raise ValueError(
                f"{key} environment variable is reserved by the lambda runtime and can not be set manually. "
                "See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html "
                f"(at {self.node.path})"
            )
        self._environment[key] = value
        return self

    def _render_environment(self) -> Any:
        if not self._environment:
            return None
        # once a version follows the function, the order must not change its hash
        keys = sorted(self._environment) if self._current_version is not None else list(self._environment)
        return {"variables": {key: self._environment[key] for key in keys}}

    def _check_edge_compatibility(self) -> None:
        """Drop the variables marked ``remove_in_edge``; any other variable makes the function unfit for the edge."""
        from purecdk.core.annotations import Annotations

        for key in [k for k in self._environment if k in self._remove_in_edge]:
            del self._environment[key]
            Annotations.of(self).add_info(f"Removed {key} environment variable for Lambda@Edge compatibility")
        if self._environment:
            raise ValueError(
                f"The function {self.node.path} contains environment variables [{','.join(self._environment)}] and "
                "is not compatible with Lambda@Edge. Environment variables can be marked for removal when used in "
                "Lambda@Edge by setting the 'removeInEdge' property in the 'addEnvironment()' API."
            )

    # -- versions -------------------------------------------------------------------------------------

    @property
    def current_version(self) -> Any:
        """A ``Version`` (construct id ``CurrentVersion``) whose logical id changes with the function's
        configuration, so that a new version is published whenever the function changes."""
        if self._current_version is not None:
            return self._current_version
        from purecdk.aws_lambda.lambda_version import Version, version_options

        if self._warn_if_current_version_called:
            self._warn_invoke_function_permissions(self)
        options = version_options(self.current_version_options)
        props = None
        if collecting(self):  # upstream passes ``{lambda: this, ...currentVersionOptions}``
            props = JsObject({"lambda": self, **struct_object("aws_lambda.VersionOptions", options)})
        with passing_props(props):
            version = Version(self, "CurrentVersion", lambda_=self, **options)
        self._current_version = version
        resource: Any = version.node.default_child
        original_logical_id = str(self.stack.resolve(resource.logical_id))

        def logical_id(*_: Any) -> str:
            digest = calculate_function_hash(self, "".join(self._hash_mixins))
            return f"{trim_from_start(original_logical_id, 223)}{digest}"

        resource.override_logical_id(Lazy.uncached_string(logical_id))
        return version

    def invalidate_version_based_on(self, x: str) -> None:
        """Make ``current_version`` a new version whenever ``x`` changes (``x`` must not hold tokens)."""
        if unresolved(x):
            raise ValueError(f"invalidateVersionOn: input may not contain unresolved tokens (at {self.node.path})")
        add_method_metadata(self, "invalidateVersionBasedOn", [x])
        self._hash_mixins.append(x)

    @staticmethod
    def classify_version_property(property_name: str, locked: bool) -> None:
        """Declare whether a property of ``AWS::Lambda::Function`` belongs to a version (``locked``) or not."""
        Function._VER_PROPS[property_name] = locked

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Any = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> Any:
        """An alias (construct id ``Alias<name>``) of ``current_version``."""
        from purecdk.aws_lambda.alias import add_alias

        values = locals()
        names = ("max_event_age", "on_failure", "on_success", "retry_attempts", "additional_versions",
                 "description", "provisioned_concurrent_executions")
        options = {k: values[k] for k in names}
        if collecting(self):
            add_method_metadata(self, "addAlias", [alias_name, struct_object("aws_lambda.AliasOptions", options)])
        return add_alias(self, self.current_version, alias_name, options)

    # -- helpers --------------------------------------------------------------------------------------

    def _logging_config(self, logging_format: Any, application_level: Any, system_level: Any, log_group: Any) -> Any:
        if application_level is not None or system_level is not None:
            if logging_format is not LoggingFormat.JSON:
                raise ValueError(
                    "To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', "
                    f"got '{_value(logging_format)}'. (at {self.node.path})"
                )
        if logging_format is None and log_group is None:
            return None
        group_name = None
        if log_group is not None:
            ref = getattr(log_group, "log_group_ref", None)
            group_name = get_field(ref, "log_group_name") if ref is not None else log_group.log_group_name
        config = {
            "logFormat": _value(logging_format),
            "systemLogLevel": _value(system_level),
            "applicationLogLevel": _value(application_level),
            "logGroup": group_name,
        }
        return {k: v for k, v in config.items() if v is not None}

    def _build_dead_letter_queue(self, queue: Any, enabled: bool | None, topic: Any) -> Any:
        if queue is None and not enabled and topic is None:
            return None
        if queue is not None and enabled is False:
            raise ValueError("deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false")
        if topic is not None and (queue is not None or enabled is not None):
            raise ValueError(
                "deadLetterQueue and deadLetterTopic cannot be specified together at the same time "
                f"(at {self.node.path})"
            )
        from purecdk.aws_iam import PolicyStatement

        if topic is not None:
            self.add_to_role_policy(PolicyStatement(actions=["sns:Publish"], resources=[topic.topic_arn]))
            return topic
        if queue is None:
            from purecdk.aws_sqs import Queue

            queue = Queue(self, "DeadLetterQueue", retention_period=Duration.days(14))
        self.add_to_role_policy(PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn]))
        return queue

    @staticmethod
    def _build_dead_letter_config(dlq: Any) -> Any:
        if dlq is None:
            return None
        return {"targetArn": dlq.queue_arn if hasattr(dlq, "queue_arn") else dlq.topic_arn}

    def _build_tracing_config(self, tracing: Tracing) -> Any:
        if tracing is Tracing.DISABLED:
            return None
        from purecdk.aws_iam import PolicyStatement

        self.add_to_role_policy(
            PolicyStatement(actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources=["*"])
        )
        return CfnFunction.TracingConfigProperty(mode=tracing.value)

    @property
    def log_group(self) -> Any:
        """The function's log group (created by the CDK under ``@aws-cdk/aws-lambda:useCdkManagedLogGroup``)."""
        if self._log_group is None:
            raise ValueError(
                "purecdk cannot create the LogRetention custom resource aws-cdk-lib uses for the implicit "
                f"log group of {self.node.path}; enable '@aws-cdk/aws-lambda:useCdkManagedLogGroup' or pass "
                "log_group"
            )
        return self._log_group

    # -- imports --------------------------------------------------------------------------------------

    @staticmethod
    def from_function_arn(scope: Construct, id: str, function_arn: str) -> IFunction:
        """Import an existing function by ARN (permissions are only added in the same account)."""
        return Function.from_function_attributes(scope, id, function_arn=function_arn)

    @staticmethod
    def from_function_name(scope: Construct, id: str, function_name: str) -> IFunction:
        """Import a function of this stack's account and region by name."""
        arn = Stack.of(scope).format_arn(
            service="lambda",
            resource="function",
            resource_name=function_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return Function.from_function_attributes(scope, id, function_arn=arn, same_environment=True)

    @staticmethod
    def from_function_attributes(
        scope: Construct,
        id: str,
        attrs: FunctionAttributes | None = None,
        *,
        function_arn: str | None = None,
        architecture: Architecture | None = None,
        role: Any = None,
        same_environment: bool | None = None,
        skip_permissions: bool | None = None,
    ) -> IFunction:
        """Import an existing function from its ARN and (optionally) its role and environment."""
        arn = function_arn if function_arn is not None else get_field(attrs, "function_arn")
        if arn is None:
            raise ValueError(f"Function.from_function_attributes needs function_arn (importing '{id}')")
        return _ImportedFunction(
            scope,
            id,
            FunctionAttributes(
                function_arn=arn,
                architecture=architecture or get_field(attrs, "architecture"),
                role=role or get_field(attrs, "role"),
                same_environment=same_environment if same_environment is not None else get_field(
                    attrs, "same_environment"
                ),
                skip_permissions=skip_permissions if skip_permissions is not None else get_field(
                    attrs, "skip_permissions"
                ),
            ),
        )


class _ImportedFunction(FunctionBase):
    def __init__(self, scope: Construct, id: str, attrs: FunctionAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=attrs.function_arn)
        self.function_arn = attrs.function_arn
        self.function_name = Fn.select(6, Fn.split(":", attrs.function_arn))
        self.role = attrs.role
        self.architecture = attrs.architecture or Architecture.X86_64
        self._unknown_principal: Any = None
        self.can_create_permissions = (
            attrs.same_environment if attrs.same_environment is not None else self._is_stack_account()
        )
        self._skip_permissions = bool(attrs.skip_permissions)

    @property
    def grant_principal(self) -> Any:  # type: ignore[override]
        """The function's role, or an unknown principal (grants then only add a warning)."""
        if self.role is not None:
            return self.role
        if self._unknown_principal is None:
            from purecdk.aws_iam import UnknownPrincipal  # type: ignore[attr-defined]

            self._unknown_principal = UnknownPrincipal(resource=self)
        return self._unknown_principal


def _verify_code_config(config: Any, handler: str, runtime: Runtime) -> None:
    given = [x for x in (config.inline_code, config.s3_location, config.image) if x]
    if len(given) != 1:
        raise ValueError('lambda.Code must specify exactly one of: "inlineCode", "s3Location", or "image"')
    has_image = bool(config.image)
    if has_image == (handler != Handler.FROM_IMAGE):
        raise ValueError("handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function")
    if has_image == (runtime is not Runtime.FROM_IMAGE):
        raise ValueError("runtime must be `Runtime.FROM_IMAGE` when using image asset for Lambda function")
    if config.inline_code and not runtime.supports_inline_code:
        raise ValueError(f"Inline source not allowed for {runtime.name}; use Code.from_asset instead")


def _image_config(image: Any) -> Any:
    """``ImageConfig`` from the image's overrides (none when nothing is overridden)."""
    config = {
        "command": get_field(image, "cmd"),
        "entryPoint": get_field(image, "entrypoint"),
        "workingDirectory": get_field(image, "working_directory"),
    }
    if all(value is None for value in config.values()):
        return None
    return config
