"""SIGINT and SIGTERM at any moment of a command: one line on stderr, exit 130 / 143, no
traceback, and no output or temporary left behind.

Each case starts the real console script in a subprocess, waits for a phase (the heavy
start-up imports, the simulation, the report write) and sends the signal.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from aimcsim.interrupts import Interrupted, signals_deferred, signals_raise

from .conftest import snapshot

SHIPPED = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
SCRIPT = Path(sys.executable).with_name("aimcsim")
EXIT_CODE = {signal.SIGINT: 130, signal.SIGTERM: 143}
TIMEOUT_S = 300.0


class Command:
    """A running ``aimcsim`` whose stderr lines are collected as they come."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        launcher = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "aimcsim"]
        self.proc = subprocess.Popen(
            [*launcher, *args],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)

    def wait_until(self, ready) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not ready(self):
            assert self.proc.poll() is None, f"ended before the signal: {''.join(self.lines)}"
            assert time.monotonic() < deadline, "phase never reached"
            time.sleep(0.005)

    def finish(self) -> tuple[int, list[str]]:
        code = self.proc.wait(timeout=TIMEOUT_S)
        self._reader.join(timeout=10)
        return code, self.lines


def importing_numpy(cmd: Command) -> bool:
    """The heavy start-up imports are under way (numpy's extension is mapped)."""
    try:
        maps = Path(f"/proc/{cmd.proc.pid}/maps").read_text()
    except OSError:
        return False
    return "_multiarray_umath" in maps


def said(text: str):
    return lambda cmd: any(text in line for line in cmd.lines)


PHASES = {
    "start-up imports": importing_numpy,
    "simulation": said("functional model"),
    "report write": said("writing report"),
}


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(SHIPPED, tmp_path / "W")
    return tmp_path


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("phase", sorted(PHASES))
def test_signal_during_run(workdir: Path, phase: str, signum: int) -> None:
    before = snapshot(workdir)
    cmd = Command(["run", "W", "-o", "out/report", "--trace", "t.json"], workdir)
    cmd.wait_until(PHASES[phase])
    os.kill(cmd.proc.pid, signum)
    code, lines = cmd.finish()
    left = sorted(p.name for p in workdir.iterdir())
    if left != ["W"]:  # only when the signal came after the outputs were committed: all whole
        assert phase == "report write", left
        assert left == ["W", "out", "t.json"]
        assert sorted(p.name for p in (workdir / "out").iterdir()) == ["report"]
        assert (workdir / "out" / "report" / "run.json").is_file()
    if code == 0:
        assert left != ["W"]
        return
    messages = [line for line in lines if not line.startswith("[")]  # progress lines: "[ 1.0 s]"
    assert code == EXIT_CODE[signum], "".join(lines)
    assert messages == [f"aimcsim: {_verb(signum)} ({signal.Signals(signum).name})\n"], lines
    if left == ["W"]:
        assert snapshot(workdir) == before


def test_sigterm_mid_sweep_leaves_a_resumable_sweep(workdir: Path) -> None:
    args = ["sweep", "W", "--grid", "tile.adc.bits=3,4,5,6,7,8", "--no-functional"]
    args += ["--no-progress", "-o", "s"]
    cmd = Command(args, workdir)
    cmd.wait_until(lambda c: any((workdir / "s" / "cache").glob("*.json")))
    os.kill(cmd.proc.pid, signal.SIGTERM)
    code, lines = cmd.finish()
    if code == 0:
        return  # the last points ran faster than the signal
    assert code == 143, "".join(lines)
    assert [line for line in lines if "Traceback" in line] == []
    assert not (workdir / "s" / "sweep.csv").exists()
    resumed = subprocess.run(
        [sys.executable, "-m", "aimcsim", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert (workdir / "s" / "sweep.csv").is_file()
    assert not list((workdir / "s").rglob(".*tmp-*"))  # the killed run's, removed


def _verb(signum: int) -> str:
    return "terminated" if signum == signal.SIGTERM else "interrupted"


def test_entry_point_loads_no_heavy_module_before_the_command_runs() -> None:
    probe = (
        "import sys, aimcsim, aimcsim.cli; aimcsim.cli.build_parser(); "
        "heavy = ('numpy', 'numba', 'pandas', 'matplotlib', 'scipy', 'onnx', 'simpy'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy)); "
        "print(callable(aimcsim.simulate), 'load_arch' in dir(aimcsim))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert out.stdout.splitlines() == ["[]", "True True"], out.stderr


def test_signals_deferred_lands_after_the_section() -> None:
    done = []
    with pytest.raises(Interrupted) as caught, signals_raise():
        with signals_deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)
            done.append("section finished")
        done.append("after the section")
    assert done == ["section finished"]
    assert caught.value.exit_code == 143


FINALIZER_PROBE = """
import os, signal, sys, time
from aimcsim.interrupts import Interrupted, signals_raise

class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)  # the handler runs here, where an exception cannot propagate

try:
    with signals_raise():
        obj = Finalised()
        del obj
        for _ in range(500):
            time.sleep(0.01)
        print("ran on")
except Interrupted as exc:
    print("interrupted", exc.exit_code)
"""


def test_signal_swallowed_by_a_finalizer_is_sent_again() -> None:
    out = subprocess.run(
        [sys.executable, "-c", FINALIZER_PROBE], capture_output=True, text=True, timeout=60
    )
    assert out.stdout == "interrupted 143\n", out.stdout + out.stderr
    assert "Exception ignored" not in out.stderr


def test_interrupted_survives_re_creation_from_its_args() -> None:
    """simpy re-raises an exception from an event as ``type(e)(*e.args)``: a signal landing
    there must stay the same Interrupted (exit code 128 + signum), not a TypeError."""
    from aimcsim.interrupts import Interrupted

    exc = Interrupted(signal.SIGTERM)
    again = type(exc)(*exc.args)
    assert (again.signum, again.exit_code, str(again)) == (signal.SIGTERM, 143, "SIGTERM")
