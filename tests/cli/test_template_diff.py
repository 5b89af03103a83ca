"""The diff engine behind ``purecdk diff``: sections, normalization, create-only properties, propagation."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from typing import Any

import pytest

from purecdk.cli import replacement
from purecdk.cli.diff_format import format_diff
from purecdk.cli.template_diff import ADDED, CHANGED, REMOVED, diff_templates, format_path, value_changes

from ._support import ROOT

BASE: dict[str, Any] = {
    "Parameters": {"P": {"Type": "String"}},
    "Resources": {
        "Repo": {
            "Type": "AWS::ECR::Repository",
            "Properties": {"RepositoryName": "a", "ImageTagMutability": "MUTABLE"},
        },
        "Policy": {
            "Type": "AWS::IAM::ManagedPolicy",
            "Properties": {"ManagedPolicyName": {"Fn::Join": ["-", [{"Ref": "Repo"}, "p"]]}, "Description": "d"},
        },
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"Tags": [{"Key": "k", "Value": "v"}]}},
    },
    "Outputs": {"O": {"Value": {"Fn::GetAtt": ["Repo", "Arn"]}}},
    "Rules": {"CheckBootstrapVersion": {"Assertions": []}},
}


def changed(**edits: Any) -> dict[str, Any]:
    template = copy.deepcopy(BASE)
    for path, value in edits.items():
        *parents, last = path.split("__")
        node = template
        for key in parents:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return template


def test_identical_and_equivalent_templates_have_no_differences() -> None:
    assert not diff_templates(BASE, copy.deepcopy(BASE)).has_differences
    # the string form of Fn::GetAtt, DependsOn as a string, the bootstrap rule that synth does not print
    other = changed(Outputs__O={"Value": {"Fn::GetAtt": "Repo.Arn"}}, Rules=None)
    assert not diff_templates(BASE, other).has_differences
    with_dep = changed(Resources__Queue={**BASE["Resources"]["Queue"], "DependsOn": "Repo"})
    as_list = changed(Resources__Queue={**BASE["Resources"]["Queue"], "DependsOn": ["Repo"]})
    assert not diff_templates(with_dep, as_list).has_differences
    # numbers: 1 and 1.0 are the same JSON number; 1 and "1" or true are not
    assert value_changes({"a": 1}, {"a": 1.0}) == []
    assert value_changes({"a": 1}, {"a": "1"}) == [(("a",), 1, "1")]
    assert value_changes({"a": 1}, {"a": True}) == [(("a",), 1, True)]


def test_sections_and_kinds() -> None:
    new = changed(Parameters__P=None, Parameters__Q={"Type": "Number"}, Outputs__O={"Value": "x"}, Description="hi")
    diff = diff_templates(BASE, new)
    kinds = {(e.section, e.logical_id): e.kind for e in diff.elements}
    assert kinds == {
        ("", "Description"): ADDED,
        ("Parameters", "P"): REMOVED,
        ("Parameters", "Q"): ADDED,
        ("Outputs", "O"): CHANGED,
    }
    assert diff.sections == ["", "Parameters", "Outputs"]


def test_create_only_property_requires_replacement_and_propagates() -> None:
    diff = diff_templates(BASE, changed(Resources__Repo__Properties__RepositoryName="b"))
    repo, policy = diff.section("Resources")
    assert (repo.logical_id, repo.replacement) == ("Repo", replacement.REQUIRED)
    # the policy's name refers to the repository, which gets a new name: ManagedPolicyName is create-only
    assert (policy.logical_id, policy.replacement) == ("Policy", replacement.REQUIRED)
    assert [format_path(c.path) for c in policy.changes] == ["Properties.ManagedPolicyName.Fn::Join[1][0].Ref"]
    assert policy.changes[0].new == "Repo (replaced)"
    text = format_diff("S", diff)
    assert "[~] AWS::ECR::Repository Repo replace\n └─ [~] RepositoryName (requires replacement)\n" in text


def test_mutable_property_is_an_update() -> None:
    diff = diff_templates(BASE, changed(Resources__Repo__Properties__ImageTagMutability="IMMUTABLE"))
    (repo,) = diff.section("Resources")
    assert repo.replacement == replacement.NONE
    assert format_diff("S", diff).startswith("Stack S\nResources\n[~] AWS::ECR::Repository Repo\n")


def test_type_change_and_unknown_types() -> None:
    diff = diff_templates(BASE, changed(Resources__Queue__Type="AWS::SNS::Topic"))
    (queue,) = diff.section("Resources")
    assert queue.type_changed and queue.replacement == replacement.REQUIRED
    custom = {"Resources": {"C": {"Type": "Custom::Thing", "Properties": {"A": 1}}}}
    other = {"Resources": {"C": {"Type": "Custom::Thing", "Properties": {"A": 2}}}}
    (element,) = diff_templates(custom, other).elements
    assert element.replacement == replacement.UNKNOWN


@pytest.mark.parametrize(
    ("resource_type", "path", "expected"),
    [
        ("AWS::ECR::Repository", ("RepositoryName",), replacement.REQUIRED),
        ("AWS::ECR::Repository", ("EncryptionConfiguration", "KmsKey"), replacement.REQUIRED),
        ("AWS::ECR::Repository", ("ImageScanningConfiguration", "ScanOnPush"), replacement.NONE),
        ("AWS::SQS::Queue", ("FifoQueue",), replacement.REQUIRED),
        ("AWS::SQS::Queue", ("Tags", 0, "Value"), replacement.NONE),
        # a nested create-only property: the list item's field, the whole list, or an intrinsic in the way
        ("AWS::EC2::TransitGatewayConnectPeer", ("ConnectPeerConfiguration", "BgpConfigurations", 0, "PeerAsn"),
         replacement.REQUIRED),
        ("AWS::MSK::Replicator", ("ReplicationInfoList", 0, "TargetCompressionType"), replacement.REQUIRED),
        ("AWS::MSK::Replicator", ("ReplicationInfoList",), replacement.MAY),
        ("AWS::MSK::Replicator", ("ReplicationInfoList", "Fn::If", 1), replacement.MAY),
        ("AWS::MSK::Replicator", ("ReplicationInfoList", 0, "TopicReplication", "TopicsToReplicate"),
         replacement.NONE),
        ("Custom::Anything", ("X",), replacement.UNKNOWN),
    ],
)  # fmt: skip
def test_replacement_for_a_change(resource_type: str, path: tuple[Any, ...], expected: str) -> None:
    assert replacement.for_change(resource_type, path) == expected


def test_create_only_data_is_up_to_date() -> None:
    if importlib.util.find_spec("cfnlint") is None:
        pytest.fail("cfn-lint (the dev extra) is needed to check tools/gen_create_only.py's output")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_create_only.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert replacement.create_only_properties("AWS::ECR::Repository") == [
        "EncryptionConfiguration",
        "EncryptionConfiguration/EncryptionType",
        "EncryptionConfiguration/KmsKey",
        "RepositoryName",
    ]
