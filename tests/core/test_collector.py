"""The cyclic garbage collector pause around building and synthesizing an app."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import purecdk
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


@pytest.fixture()
def _default_schedule() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    collector.restore_schedule()
    gc.set_threshold(*saved)


@pytest.mark.usefixtures("_default_schedule")
def test_an_app_run_for_synthesis_collects_less_often_until_it_is_synthesized(tmp_path: Path) -> None:
    app = App(auto_synth=True, outdir=str(tmp_path / "cdk.out"))
    assert gc.get_threshold() == (collector._BUILD_THRESHOLD, 10, 10)
    assert gc.isenabled()
    CfnResource(Stack(app, "S"), "R", type="AWS::SNS::Topic")
    app.synth()
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("_default_schedule")
def test_a_failed_synthesis_restores_the_schedule(tmp_path: Path) -> None:
    class Invalid:
        def validate(self) -> list[str]:
            return ["always invalid"]

    app = App(auto_synth=True, outdir=str(tmp_path / "cdk.out"))
    Stack(app, "S").node.add_validation(Invalid())
    with pytest.raises(SynthesisError):
        app.synth()
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("_default_schedule")
def test_other_apps_and_custom_schedules_are_left_alone(tmp_path: Path) -> None:
    App(auto_synth=False, outdir=str(tmp_path / "a"))
    assert gc.get_threshold() == (700, 10, 10)
    gc.set_threshold(50_000, 5, 5)
    app = App(auto_synth=True, outdir=str(tmp_path / "b"))
    assert gc.get_threshold() == (50_000, 5, 5)
    app.synth()
    assert gc.get_threshold() == (50_000, 5, 5)


_PROGRAM = textwrap.dedent(
    """
    import atexit, gc
    atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))  # registered first: runs last
    from purecdk import App, CfnResource, Stack
    app = App()
    CfnResource(Stack(app, "S"), "R", type="AWS::SNS::Topic")
    """
)


def _run(tmp_path: Path, **env: str) -> str:
    program = tmp_path / "app.py"
    program.write_text(_PROGRAM)
    src = str(Path(purecdk.__file__).resolve().parent.parent)
    environment = {k: v for k, v in os.environ.items() if k != "CDK_OUTDIR"} | {"PYTHONPATH": src, **env}
    result = subprocess.run([sys.executable, str(program)], env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_program_run_for_synthesis_leaves_its_objects_to_the_system_at_exit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert "frozen at exit: True" in _run(tmp_path, CDK_OUTDIR=str(out))
    assert (out / "S.template.json").exists()  # the auto-synthesis ran before the freeze


def test_other_programs_are_collected_at_exit_as_usual(tmp_path: Path) -> None:
    assert "frozen at exit: False" in _run(tmp_path)
