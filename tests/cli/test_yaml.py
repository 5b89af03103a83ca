"""The YAML printer (``cdk synth``'s style) and reader (``diff --template x.yaml``).

The printer's output is compared byte for byte with the real cdk CLI in test_cdk_cli.py; the cases here are
what that CLI printed for them (aws-cdk 2.1148.1), kept as quick checks of single rules.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from purecdk.cli.yaml_emitter import to_yaml
from purecdk.cli.yaml_reader import YamlError, parse_yaml

from ._support import APPS, EXPECTED

PRINTED_BY_CDK = [
    ({"A": "plain"}, "A: plain\n"),
    ({"A": "2012-10-17"}, 'A: "2012-10-17"\n'),
    (
        {"A": "yes", "B": "0x1F", "C": "1_000", "D": "12:30", "E": ""},
        'A: "yes"\nB: "0x1F"\nC: "1_000"\nD: "12:30"\nE: ""\n',
    ),
    ({"A": "<<", "B": "0o17", "C": "a:b", "D": "a#b"}, "A: <<\nB: 0o17\nC: a:b\nD: a#b\n"),
    (
        {"A": '"double"', "B": "'single'", "C": "a: b", "D": 'say "hi"'},
        "A: '\"double\"'\nB: \"'single'\"\nC: \"a: b\"\nD: say \"hi\"\n",
    ),
    ({"A": "line1\nline2"}, "A: |-\n  line1\n  line2\n"),
    ({"A": ["line1\nline2\n"]}, "A:\n  - |\n    line1\n    line2\n"),
    ({"A": "  indented\nblock"}, "A: |2-\n    indented\n  block\n"),
    ({"A": "x\n "}, 'A: "x\\n "\n'),
    ({"A": "bell\x07"}, 'A: "bell\\a"\n'),
    ({"A": [], "B": {}, "C": [[], {}], "D": [[1, 2]]}, "A: []\nB: {}\nC:\n  - []\n  - {}\nD:\n  - - 1\n    - 2\n"),
    ({"Tags": [{"Key": "k", "Value": "v"}]}, "Tags:\n  - Key: k\n    Value: v\n"),
    ({"N": [1.0, 1.5, 1e21, True, None]}, "\"N\":\n  - 1\n  - 1.5\n  - 1e+21\n  - true\n  - null\n"),
    ({"b": 1, "10": 2, "2": 3, "007": 4}, '"2": 3\n"10": 2\nb: 1\n"007": 4\n'),
    ({"Fn::GetAtt": ["R", "Arn"]}, "Fn::GetAtt:\n  - R\n  - Arn\n"),
]


@pytest.mark.parametrize(("data", "text"), PRINTED_BY_CDK)
def test_printer_matches_what_cdk_printed(data: object, text: str) -> None:
    assert to_yaml(data) == text


@pytest.mark.parametrize(("data", "text"), PRINTED_BY_CDK)
def test_reader_reads_it_back(data: object, text: str) -> None:
    if "0o17" in text:
        # the cdk CLI reads YAML with the YAML 1.2 core schema, where 0o17 is the number 15 (so do we)
        assert parse_yaml(text) == {"A": "<<", "B": 15, "C": "a:b", "D": "a#b"}
        return
    assert parse_yaml(text) == json.loads(json.dumps(data))


def _templates() -> list[Path]:
    return sorted(EXPECTED.glob("*/*.template.json"))


def test_every_golden_template_survives_a_round_trip() -> None:
    templates = _templates()
    assert len(templates) > 30
    for path in templates:
        template = json.loads(path.read_text())
        assert parse_yaml(to_yaml(template)) == template, path


def test_hard_strings_survive_a_round_trip() -> None:
    namespace: dict[str, object] = {}
    exec(compile((APPS / "yaml_strings.py").read_text(), "yaml_strings.py", "exec"), namespace)
    data = namespace["properties"]()  # type: ignore[operator]
    expected = json.loads(json.dumps(data))
    expected["Strings"] = [15 if s == "0o17" else s for s in expected["Strings"]]
    expected["Keyed"]["0o17"] = 15
    assert parse_yaml(to_yaml(data)) == expected


def test_reader_short_forms_flow_and_folding() -> None:
    text = """\
# a hand-written template
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket   # trailing comment
    Properties:
      BucketName: !Sub '${AWS::StackName}-bucket'
      Arn: !GetAtt Other.Arn
      Joined: !Join
        - ''
        - - a
          - !Ref Name
      Flow: [1, 2.5, "x, y", {k: v}, !Ref Q, [], {}]
      Folded: >
        one
        two

        three
      Kept: |+
        text

      Quoted: "a
        b\\tc"
      Plain: first
        second
      Items:
      - x
      - y
      Nothing:
      Inf: -.inf
"""
    props = parse_yaml(text)["Resources"]["Bucket"]["Properties"]
    assert props["BucketName"] == {"Fn::Sub": "${AWS::StackName}-bucket"}
    assert props["Arn"] == {"Fn::GetAtt": ["Other", "Arn"]}
    assert props["Joined"] == {"Fn::Join": ["", ["a", {"Ref": "Name"}]]}
    assert props["Flow"] == [1, 2.5, "x, y", {"k": "v"}, {"Ref": "Q"}, [], {}]
    assert props["Folded"] == "one two\nthree\n"
    assert props["Kept"] == "text\n\n"
    assert props["Quoted"] == "a b\tc"
    assert props["Plain"] == "first second"
    assert props["Items"] == ["x", "y"]
    assert props["Nothing"] is None
    assert math.isinf(props["Inf"]) and props["Inf"] < 0
    assert parse_yaml(text)["AWSTemplateFormatVersion"] == "2010-09-09"


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "a: !Unknown 1\n", "a: 'open\n", "a: 1\n---\nb: 2\n"])
def test_reader_rejects_what_it_does_not_support(text: str) -> None:
    with pytest.raises(YamlError):
        parse_yaml(text)
