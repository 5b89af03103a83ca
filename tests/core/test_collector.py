"""The cyclic garbage collector pause around building and synthesizing an app."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from purecdk import App, CfnResource, Stack, SynthesisError
from purecdk.core import collector


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    while collector._pauses:
        collector.resume()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_pauses_nest_and_restore_the_collector() -> None:
    collector.pause()
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    collector.resume()  # an unmatched resume changes nothing
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


def test_synthesis_pauses_the_collector_and_restores_it(tmp_path: Path) -> None:
    seen: list[bool] = []

    class Probe:
        def validate(self) -> list[str]:
            seen.append(gc.isenabled())
            return []

    app = App(outdir=str(tmp_path / "cdk.out"))
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    stack.node.add_validation(Probe())
    app.synth()
    assert seen == [False]
    assert gc.isenabled()


def test_a_failed_synthesis_resumes_the_collector(tmp_path: Path) -> None:
    class Invalid:
        def validate(self) -> list[str]:
            return ["always invalid"]

    app = App(outdir=str(tmp_path / "cdk.out"))
    stack = Stack(app, "S")
    stack.node.add_validation(Invalid())
    with pytest.raises(SynthesisError, match="always invalid"):
        app.synth()
    assert gc.isenabled()
