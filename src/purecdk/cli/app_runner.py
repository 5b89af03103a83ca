"""Running a CDK app the way the cdk CLI does, so that a failure leaves the previous ``cdk.out`` as it was.

The ``app`` setting is one of:

- a directory: an existing cloud assembly, used as it is (nothing is synthesized);
- a Python file, or a command that runs one with a bare ``python``/``python3`` (or with this interpreter),
  such as ``python3 app.py``: the file runs in this process with :mod:`runpy`, so no interpreter starts up;
- any other command: it runs in a shell, as the cdk CLI runs it.

Either way the app sees the environment the cdk CLI gives it: ``CDK_OUTDIR`` and ``CDK_CONTEXT_JSON`` (the
project's context, see :mod:`purecdk.cli.settings`). The previous output directory is moved aside while the app
runs (so every path the app prints is the real one) and comes back, untouched, unless the caller commits the
new assembly. The one exception, as with ``App.synth()`` outside the CLI: when template validation fails, its
``validation-report.json`` (which the error message points to) is kept in the output directory.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from purecdk.cli.errors import CliError
from purecdk.cli.settings import PROJECT_CONFIG, Settings
from purecdk.cli.streams import in_ci, message_stream

OUTDIR_ENV = "CDK_OUTDIR"
CONTEXT_ENV = "CDK_CONTEXT_JSON"
CONTEXT_OVERFLOW_ENV = "CDK_CONTEXT_OVERFLOW_LOCATION"
REPORT_FILE = "validation-report.json"
# environment variables longer than this go into a file, as the cdk CLI does near the OS limit
_MAX_CONTEXT_ENV = 100_000
_PYTHON = re.compile(r"python(\d+(\.\d+)*)?(\.exe)?")


@dataclass
class AssemblyRun:
    """Where an app's assembly is, and how to keep it (``commit``) or go back to the previous one (``discard``)."""

    directory: str
    output: str
    backup: str | None = None
    temporary: bool = False
    _done: bool = field(default=False, repr=False)

    def commit(self) -> None:
        """Keep the new assembly in the output directory (forgetting the previous one)."""
        if self._done or self.temporary:
            return
        self._done = True
        if self.backup:
            shutil.rmtree(self.backup, ignore_errors=True)

    def discard(self, *, keep_report: bool = False) -> None:
        """Remove the new assembly and bring the previous output directory back (no-op after ``commit``)."""
        if self._done:
            return
        self._done = True
        report = os.path.join(self.directory, REPORT_FILE)
        kept = open(report, "rb").read() if keep_report and os.path.isfile(report) else None
        shutil.rmtree(self.directory, ignore_errors=True)
        if self.backup:
            os.replace(self.backup, self.output)
        if kept is not None and not self.temporary:
            os.makedirs(self.output, exist_ok=True)
            with open(os.path.join(self.output, REPORT_FILE), "wb") as f:
                f.write(kept)


def run_app(settings: Settings, *, debug: bool = False, temporary: bool = False) -> AssemblyRun:
    """Synthesize the project's app into the output directory (or, ``temporary``, into a directory next to it
    that the caller discards); or use ``app`` itself if it is a cloud assembly."""
    app = settings.app
    if not app:
        raise CliError(
            f"--app is required either on the command line, in {PROJECT_CONFIG} or in ~/.cdk.json "
            '(for example "app": "python3 app.py").'
        )
    as_path = os.path.join(settings.directory, app)
    if os.path.isdir(as_path):
        if not os.path.isfile(os.path.join(as_path, "manifest.json")):
            raise CliError(f"--app {app} is a directory but not a cloud assembly (it has no manifest.json).")
        return AssemblyRun(as_path, as_path, _done=True)
    output = settings.output
    parent = os.path.dirname(output)
    os.makedirs(parent, exist_ok=True)
    if temporary:
        run = AssemblyRun(tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.tmp-", dir=parent), output)
        run.temporary = True
    else:
        run = AssemblyRun(output, output, backup=_move_aside(output))
    try:
        build = settings.values.get("build")
        if build:
            _run_build(str(build), settings.directory)
        context = settings.app_context()
        script = python_script_of(app, settings.directory)
        if script is not None:
            _run_in_process(script[0], script[1], settings.directory, run.directory, context, debug=debug)
        else:
            _run_subprocess(app, settings.directory, run.directory, context)
        if not os.path.isfile(os.path.join(run.directory, "manifest.json")):
            raise CliError(
                f"The app ({app}) finished without writing a cloud assembly. Make sure it creates an App and "
                "calls app.synth(), and does not pass its own outdir= to App()."
            )
    except BaseException:
        run.discard(keep_report=True)
        raise
    return run


def _run_build(command: str, directory: str) -> None:
    """The ``build`` command of ``cdk.json``, run before the app as the cdk CLI runs it."""
    result = subprocess.run(command, shell=True, cwd=directory, stdout=_message_fd())
    if result.returncode != 0:
        raise CliError(f"The build command ({command}) failed with exit status {result.returncode}.")


def _move_aside(output: str) -> str | None:
    if not os.path.exists(output):
        return None
    backup = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.previous-", dir=os.path.dirname(output))
    os.rmdir(backup)
    os.replace(output, backup)
    return backup


def python_script_of(app: str, directory: str) -> tuple[str, list[str]] | None:
    """``(file, arguments)`` if ``app`` runs a Python file that can run in this process, else ``None``."""
    if app.endswith(".py") and os.path.isfile(os.path.join(directory, app)):
        return os.path.join(directory, app), []
    try:
        parts = shlex.split(app)
    except ValueError:
        return None
    if len(parts) < 2 or not parts[1].endswith(".py"):
        return None
    interpreter = parts[0]
    if os.sep in interpreter or (os.altsep and os.altsep in interpreter):
        this = os.path.realpath(sys.executable)
        if os.path.realpath(os.path.join(directory, interpreter)) != this:
            return None
    elif not _PYTHON.fullmatch(interpreter):
        return None
    script = os.path.join(directory, parts[1])
    if not os.path.isfile(script):
        raise CliError(f"The app command {app!r} runs {parts[1]}, which does not exist in {directory}.")
    return script, parts[2:]


def _context_environment(context: dict[str, Any]) -> dict[str, str]:
    text = json.dumps(context)
    if len(text) <= _MAX_CONTEXT_ENV:
        return {CONTEXT_ENV: text}
    fd, overflow = tempfile.mkstemp(prefix="cdk-context-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return {CONTEXT_OVERFLOW_ENV: overflow}


def _run_subprocess(command: str, directory: str, outdir: str, context: dict[str, Any]) -> None:
    env = dict(os.environ)
    for name in (CONTEXT_ENV, CONTEXT_OVERFLOW_ENV):
        env.pop(name, None)
    env[OUTDIR_ENV] = outdir
    extra = _context_environment(context)
    env.update(extra)
    try:
        # what the app prints is a message, not the template (see purecdk.cli.streams)
        result = subprocess.run(command, shell=True, cwd=directory, env=env, stdout=_message_fd())
    finally:
        if CONTEXT_OVERFLOW_ENV in extra:
            os.remove(extra[CONTEXT_OVERFLOW_ENV])
    if result.returncode != 0:
        raise CliError(f"{command}: Subprocess exited with error {result.returncode}")


def _message_fd() -> int | None:
    """Where a child process's stdout goes: our stderr, or (in CI, see :mod:`purecdk.cli.streams`) our stdout."""
    if in_ci():
        return None
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def _run_in_process(
    script: str, arguments: list[str], directory: str, outdir: str, context: dict[str, Any], *, debug: bool
) -> None:
    import atexit
    import runpy

    saved_env = {name: os.environ.get(name) for name in (OUTDIR_ENV, CONTEXT_ENV, CONTEXT_OVERFLOW_ENV)}
    saved_argv, saved_path, saved_cwd = sys.argv, list(sys.path), os.getcwd()
    saved_register = atexit.register
    at_exit: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []

    def register(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
        # the app's exit handlers (App's auto-synthesis among them) run when the app is done, not when we are
        at_exit.append((func, args, kwargs))
        return func

    os.environ.pop(CONTEXT_OVERFLOW_ENV, None)
    os.environ[OUTDIR_ENV] = outdir
    os.environ.update(_context_environment(context))
    sys.argv = [script, *arguments]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    atexit.register = register  # type: ignore[assignment]
    try:
        os.chdir(directory)
        # what the app prints is a message, not the template (see purecdk.cli.streams)
        with contextlib.redirect_stdout(message_stream()):
            try:
                runpy.run_path(script, run_name="__main__")
            except SystemExit as e:
                if e.code not in (None, 0):
                    status = _exit_status(e.code)
                    raise CliError(
                        f"{os.path.basename(script)} exited with status {e.code}", status
                    ) from None
            atexit.register = saved_register
            for func, args, kwargs in reversed(at_exit):
                func(*args, **kwargs)
    except CliError:
        raise
    except Exception as e:  # the app's own error: report it with where it happened
        if debug:
            traceback.print_exc()
        raise CliError(_describe_app_error(e, script)) from e
    finally:
        atexit.register = saved_register
        os.chdir(saved_cwd)
        sys.argv, sys.path[:] = saved_argv, saved_path
        overflow = os.environ.get(CONTEXT_OVERFLOW_ENV)
        if overflow and overflow != saved_env[CONTEXT_OVERFLOW_ENV]:
            os.remove(overflow)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _exit_status(code: Any) -> int:
    return code if isinstance(code, int) else 1


def _describe_app_error(error: BaseException, script: str) -> str:
    """The error's type and message, and the line of the app's own code it came from."""
    message = f"{type(error).__name__}: {error}"
    app_dir = os.path.dirname(os.path.abspath(script)) + os.sep
    library_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    location = None
    for frame in traceback.extract_tb(error.__traceback__):
        filename = os.path.abspath(frame.filename)
        if filename.startswith(app_dir) and not filename.startswith(library_dir):
            location = f"{os.path.relpath(filename, app_dir)}, line {frame.lineno}"
    if location:
        message += f"\n  (raised at {location}; run with --debug for the full traceback)"
    return message
