"""A stack whose properties hold strings and numbers that YAML writers find hard (see test_cdk_cli.py)."""

from purecdk import App, CfnOutput, CfnResource, Stack

STRINGS = [
    "", " ", "plain", "two words", "true", "True", "TRUE", "yes", "No", "on", "OFF", "y", "N", "~", "null", "Null",
    "123", "-7", "+3", "0x1F", "0b101", "0o17", "017", "09", "1_000", "1.5", ".5", "1.", ".", "1e3", "1E-3", ".inf",
    "-.Inf", ".nan", "12:30", "1:20:30.5", "2012-10-17", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43",
    "<<", "-", "?", "- a", "? b", ":", "a:", "a: b", "a:b", "http://example.com/x?y=z#frag", "#comment", "a #b",
    "a#b", "'single'", '"double"', "it's", 'say "hi"', "both ' and \"", "&anchor", "*alias", "!tag", "%percent",
    "@at", "`tick`", "|pipe", ">gt", "[x]", "{y}", "a,b", "x]", "trailing ", " leading", "tab\there", "\ttab",
    "line1\nline2", "line1\nline2\n", "line1\nline2\n\n", "\nleading newline", "  indented\nblock", "a\n  b\nc",
    "ends with space \nnext", "x\n ", "---", "--- doc", "...", "a\n---\nb", "%YAML", "unicode é ✓ 日本",
    "ctrl \x01 char", "bell\x07", "esc\x1b", "nul\x00", "del\x7f", "nbsp\xa0", "line sep\u2028x",
    "a long line with a break in the middle, long enough to be folded\nsecond line with \"quotes\"\tand tab\x01",
    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x", "${Token[TOKEN.123]}", "{\"json\": [1, 2]}",
    "Fn::GetAtt", "a\\b", "C:\\path\\n", "=", "!", "&", "*", "|", ">", "@", "%", "\u00e9t\u00e9",
]


def properties() -> dict[str, object]:
    """Properties that exercise every quoting rule of the YAML printer."""
    return {
        "Strings": STRINGS,
        "Keyed": {s: s for s in STRINGS if s and "\n" not in s},
        "MultiKey": {"k\nv": 1, "x" * 1100: "long key"},
        "Numbers": [0, 1, -1, 1.5, 1e21, 123456789012, 0.25],
        "Booleans": [True, False],
        "Empty": {"List": [], "Map": {}, "Nested": [[], {}, [[]], [{}], [1, [2, 3]], {"a": []}]},
        "IntKeys": {"b": 1, "10": 2, "2": 3, "a": 4, "007": 5},
        "ListOfMaps": [{"Key": "a", "Value": "b"}, {"Nested": {"Deep": ["x", {"y": "z"}]}}],
    }


if __name__ == "__main__":
    app = App()
    stack = Stack(app, "YamlStringsStack")
    CfnResource(stack, "Thing", type="Custom::Thing", properties=properties())
    CfnOutput(stack, "Out", value="line1\nline2")
    app.synth()
