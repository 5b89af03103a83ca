"""node_gzip: byte-identical to Node.js 20's ``zlib.gzipSync`` (Chromium's zlib), unlike CPython's zlib.

The expected digests were computed by running ``zlib.gzipSync(Buffer.from(input))`` under Node.js v20.20.2 (the
Node.js the oracle's jsii runtime uses) on the inputs built by ``_inputs()``.
"""

from __future__ import annotations

import gzip
import hashlib
import random
import zlib

import pytest

from purecdk.core.node_gzip import gzip_like_node

_WORDS = [
    "aws-cdk-lib.", "aws_", "iam.", "Role", "Policy", "{", "}", ",", "[", "]", '"*"', '{"assumedBy":',
    "2.275.0!", "Stack", "CfnOutput", "x", "Queue", ":", "true", "false",
]  # fmt: skip


def _inputs() -> dict[str, bytes]:
    rnd = random.Random(20240611)
    cases = {
        "empty": b"",
        "one byte": b"a",
        "short": b"abcd",
        "run": b"a" * 300,
        "all bytes": bytes(range(256)) * 3,
    }
    for size in (100, 1000, 10000, 70000, 150000):
        text = "".join(rnd.choice(_WORDS) for _ in range(size // 5)).encode()
        if size != 150000:  # drawn to keep the generator's sequence, not compressed (too slow for the suite)
            cases[f"words {size}"] = text
    cases["random 5000"] = bytes(rnd.randrange(256) for _ in range(5000))
    cases["eight letters 70000"] = bytes(rnd.choice(b"abcdefgh") for _ in range(70000))
    return cases


NODE_SHA256 = {
    "empty": "59869db34853933b239f1e2219cf7d431da006aa919635478511fabbfc8849d2",
    "one byte": "9ece04efd6adc1778cc4024be41f13e96c38d05bd31e980076cb40b777498e33",
    "short": "d3bf946d26d7ba1f64a81f1849f47a26ef3d41ed244aa5381c26e9f542e54b7d",
    "run": "7213f3daa30de91df265dad10ec43a525e8a8ca4158190269165e2e8da5dccf9",
    "all bytes": "cab996bcaa6d03d50c37e73e860d94114616b73e38ffd75af8208e7190c26bf0",  # stored block
    "words 100": "ab8911c0f9d057ce76814bacf70b3271b1d13379fa47e2d4559cbf550f62296c",
    "words 1000": "45902ec02aa7a2b3771978391928a132d2d3026329ad62a274c4b4697cabf18a",
    "words 10000": "47fd676f5d0302c308765f812891b2f235ae56099e55ac9def9d45dd855da611",
    "words 70000": "95747b6319ec4ada0a5d0842cf612d238ca63be1b3e7cf1f2297b1435f86fad1",  # window slides
    "random 5000": "a693fbdb564c40e0da2aba076c9ab3afda86d18eb0234aaa93d7c700e14bbfbf",
    "eight letters 70000": "86be3ee6be1dae3497cb79a4f653d31408714be458238f813c23440e511aafa2",  # several blocks
}
INPUTS = _inputs()


@pytest.mark.parametrize("name", list(NODE_SHA256))
def test_same_bytes_as_node(name: str) -> None:
    compressed = gzip_like_node(INPUTS[name])
    assert hashlib.sha256(compressed).hexdigest() == NODE_SHA256[name]
    assert gzip.decompress(compressed) == INPUTS[name]


def test_analytics_string_as_node_writes_it() -> None:
    # aws-cdk-lib's analytics of a stack with an SQS L1 and an output (OS byte 3 before aws-cdk-lib sets it to 255)
    data = b"2.275.0!aws-cdk-lib.{Stack,aws_sqs.CfnQueue,CfnOutput},Python/3.11.7!jsii-runtime.Runtime"
    assert gzip_like_node(data).hex() == (
        "1f8b080000000000000333d2333237d533504c2c2fd64d4ec9d6cdc94cd2ab0e2e494cced6492c2f8e2f2e2cd6734ecb0b2c"
        "4d2d4dd5714ecbf32f2d29282da9d509a82cc9c8cfd337d63334d43357cc2aceccd42d2acd2bc9cc4dd50b82d000d8f23d15"
        "59000000"
    )


def test_differs_from_cpython_zlib_where_chromium_hashes_differently() -> None:
    # the reason this module exists: CPython's zlib at Node's level finds other matches for this input
    data = b"2.275.0!aws-cdk-lib.{Stack,aws_sqs.CfnQueue,CfnOutput},Python/3.11.7!jsii-runtime.Runtime"
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    cpython = compressor.compress(data) + compressor.flush()
    assert cpython != gzip_like_node(data)
    assert gzip.decompress(cpython) == gzip.decompress(gzip_like_node(data))
