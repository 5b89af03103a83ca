"""``Aws``: the CloudFormation pseudo parameters, and ``ScopedAws`` for their stack-scoped forms."""

from __future__ import annotations

from typing import Any

from purecdk.core.reference import CfnReference
from purecdk.core.tokens.token import Token

AWS_ACCOUNTID = "AWS::AccountId"
AWS_URLSUFFIX = "AWS::URLSuffix"
AWS_NOTIFICATIONARNS = "AWS::NotificationARNs"
AWS_PARTITION = "AWS::Partition"
AWS_REGION = "AWS::Region"
AWS_STACKID = "AWS::StackId"
AWS_STACKNAME = "AWS::StackName"
AWS_NOVALUE = "AWS::NoValue"


def _pseudo_string(name: str) -> str:
    # aws-cdk-lib shows ``AWS::Region`` as ``${Token[AWS.Region.<n>]}`` (the first "::" made one dot)
    return Token.as_string({"Ref": name}, display_hint=name.replace("::", ".", 1))


class Aws:
    """The pseudo parameters, unscoped: they mean the stack in which they are used."""

    ACCOUNT_ID: str = _pseudo_string(AWS_ACCOUNTID)
    URL_SUFFIX: str = _pseudo_string(AWS_URLSUFFIX)
    NOTIFICATION_ARNS: list[str] = Token.as_list({"Ref": AWS_NOTIFICATIONARNS}, display_hint=AWS_NOTIFICATIONARNS)
    PARTITION: str = _pseudo_string(AWS_PARTITION)
    REGION: str = _pseudo_string(AWS_REGION)
    STACK_ID: str = _pseudo_string(AWS_STACKID)
    STACK_NAME: str = _pseudo_string(AWS_STACKNAME)
    NO_VALUE: str = _pseudo_string(AWS_NOVALUE)


class ScopedAws:
    """Pseudo parameters that belong to ``scope``'s stack (using them elsewhere makes an export)."""

    def __init__(self, scope: Any) -> None:
        self._scope = scope

    def _ref(self, name: str) -> str:
        return Token.as_string(CfnReference.for_pseudo(name, self._scope), display_hint=name)

    @property
    def account_id(self) -> str:
        """``AWS::AccountId`` of this stack."""
        return self._ref(AWS_ACCOUNTID)

    @property
    def url_suffix(self) -> str:
        """``AWS::URLSuffix`` of this stack."""
        return self._ref(AWS_URLSUFFIX)

    @property
    def notification_arns(self) -> list[str]:
        """``AWS::NotificationARNs`` of this stack."""
        return Token.as_list(CfnReference.for_pseudo(AWS_NOTIFICATIONARNS, self._scope))

    @property
    def partition(self) -> str:
        """``AWS::Partition`` of this stack."""
        return self._ref(AWS_PARTITION)

    @property
    def region(self) -> str:
        """``AWS::Region`` of this stack."""
        return self._ref(AWS_REGION)

    @property
    def stack_id(self) -> str:
        """``AWS::StackId`` of this stack."""
        return self._ref(AWS_STACKID)

    @property
    def stack_name(self) -> str:
        """``AWS::StackName`` of this stack."""
        return self._ref(AWS_STACKNAME)
