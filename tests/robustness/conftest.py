"""Shared checks of the robustness suite: bad input ends in exit 2, one message, no traceback.

Every class of bad input gets a generator in this directory (hypothesis where it fits). A
case runs the CLI in-process through :func:`run_cli` and asserts with :func:`assert_refused`
that it exited with code 2, raised nothing, printed no traceback and named what is at fault;
:func:`snapshot` / :func:`assert_unchanged` check that no file outside the output path moved.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class CliOutcome:
    """What one CLI invocation did: exit code, captured streams, an escaped exception."""

    code: int | None
    out: str
    err: str
    exception: BaseException | None


def run_cli(args: Sequence[str]) -> CliOutcome:
    """Run ``aimcsim ARGS`` in this process, capturing stdout/stderr and any escaped exception."""
    from aimcsim.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: int | None = None
    escaped: BaseException | None = None
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # a traceback for the user: always a failure
            escaped = exc
    return CliOutcome(code, out.getvalue(), err.getvalue(), escaped)


def assert_refused(outcome: CliOutcome, *must_name: str) -> None:
    """Exit 2, nothing escaped, no traceback printed, the message names each of ``must_name``."""
    escaped = outcome.exception
    assert escaped is None, f"escaped {type(escaped).__name__}: {escaped}"
    assert "Traceback" not in outcome.err, outcome.err
    assert outcome.code == 2, f"exit {outcome.code}; stderr: {outcome.err}"
    for name in must_name:
        assert name in outcome.err, f"{name!r} not named in: {outcome.err}"


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (a file or a directory), by relative path."""
    root = Path(root)
    if root.is_file():
        return {root.name: hashlib.sha256(root.read_bytes()).hexdigest()}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def assert_unchanged(root: Path, before: dict[str, str]) -> None:
    """Every file that was under ``root`` is still there, byte for byte, and nothing was added."""
    assert snapshot(root) == before


@pytest.fixture
def refused():
    """``refused(args, *names)``: run the CLI and assert a clean refusal naming ``names``."""

    def check(args: Sequence[str], *names: str) -> CliOutcome:
        outcome = run_cli(args)
        assert_refused(outcome, *names)
        return outcome

    return check
