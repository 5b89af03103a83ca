"""Run one program as a fresh child process and measure its wall time and peak memory.

Wall time runs from just before the child is spawned to the moment the program has finished (``app.synth()``
returned, so ``cdk.out`` is written): a tiny runner executes the program and then writes the monotonic clock
(``CLOCK_MONOTONIC``, shared by every process on Linux) to a stamp file.  The time until the process has
exited is kept too.  Peak memory is the ``ru_maxrss`` that ``os.wait4`` reports for the child: the largest
resident set of the child and its reaped descendants (for aws-cdk-lib under Python: its Node.js process).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

STAMP_FILE = "_bench_done.ns"
PYTHON_RUNNER = "_bench_runner.py"
NODE_RUNNER = "_bench_runner.js"

_PYTHON_RUNNER_SOURCE = """\
import runpy, sys, time
program, stamp = sys.argv[1], sys.argv[2]
sys.argv = [program]
runpy.run_path(program, run_name="__main__")
with open(stamp, "w") as handle:
    handle.write(str(time.monotonic_ns()))
"""

_NODE_RUNNER_SOURCE = """\
const path = require("path");
const fs = require("fs");
const [program, stamp] = process.argv.slice(2);
require(path.resolve(program));
fs.writeFileSync(stamp, String(process.hrtime.bigint()));
"""


class ChildFailed(RuntimeError):
    """A benchmark program exited with an error (the message holds the end of its stderr)."""


@dataclass(frozen=True)
class Measurement:
    """One run of one program."""

    wall_seconds: float
    """Spawn to program finished (``cdk.out`` written)."""
    exit_seconds: float
    """Spawn to process exited (includes interpreter and Node.js shutdown)."""
    max_rss_kib: int
    """Largest resident set of the child and its reaped descendants, in KiB."""
    cpu_seconds: float
    """User plus system CPU time of the child and its reaped descendants."""


def write_runner(workdir: Path, runtime: str) -> str:
    """Write the runner for ``runtime`` ("python" or "node") into ``workdir``; return its file name."""
    name, source = (NODE_RUNNER, _NODE_RUNNER_SOURCE) if runtime == "node" else (PYTHON_RUNNER, _PYTHON_RUNNER_SOURCE)
    (workdir / name).write_text(source, encoding="utf-8")
    return name


def run_child(
    interpreter: Sequence[str], runtime: str, program: str, workdir: Path, env: Mapping[str, str]
) -> Measurement:
    """Run ``program`` (a file in ``workdir``) with ``interpreter`` and measure it; raise ChildFailed on error."""
    runner = write_runner(workdir, runtime)
    stamp = workdir / STAMP_FILE
    stamp.unlink(missing_ok=True)
    stderr_path = workdir / "_bench_stderr.txt"
    with open(stderr_path, "wb") as stderr:
        start = time.monotonic_ns()
        child = subprocess.Popen(
            [*interpreter, runner, program, STAMP_FILE],
            cwd=workdir,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        _, status, usage = os.wait4(child.pid, 0)
        exited = time.monotonic_ns()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or not stamp.exists():
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        raise ChildFailed(
            f"{' '.join(interpreter)} {program} in {workdir} exited with {child.returncode}:\n" + "\n".join(tail)
        )
    done = int(stamp.read_text(encoding="utf-8"))
    return Measurement(
        wall_seconds=(done - start) / 1e9,
        exit_seconds=(exited - start) / 1e9,
        max_rss_kib=int(usage.ru_maxrss),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )


def run_command(argv: Sequence[str], workdir: Path, env: Mapping[str, str]) -> Measurement:
    """Run a whole command (a CLI) in ``workdir`` and measure it from spawn to exit; raise ChildFailed on error."""
    stderr_path = workdir / "_bench_stderr.txt"
    with open(stderr_path, "wb") as stderr:
        start = time.monotonic_ns()
        child = subprocess.Popen(
            list(argv), cwd=workdir, env=dict(env), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr
        )
        _, status, usage = os.wait4(child.pid, 0)
        exited = time.monotonic_ns()
    if os.waitstatus_to_exitcode(status) != 0:
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        raise ChildFailed(f"{' '.join(argv)} in {workdir} failed:\n" + "\n".join(tail))
    seconds = (exited - start) / 1e9
    return Measurement(
        wall_seconds=seconds,
        exit_seconds=seconds,
        max_rss_kib=int(usage.ru_maxrss),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )
