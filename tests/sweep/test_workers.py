"""Worker processes of ``--executor processes`` and of a local Dask cluster die with their
parent, even after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")

PARENT = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from aimcsim.sweep import run_sweep

    def stuck(overrides, seed):
        Path(sys.argv[2], str(os.getpid())).write_text("")
        return {"n": sum(range(10**13))}  # hours in C, the GIL held all along

    if __name__ == "__main__":
        run_sweep("streaming-mvm", ["tile.adc.count=16,32,64"], sys.argv[1], preset="tiny",
                  evaluate=stuck, evaluator_id="stuck", executor=sys.argv[3], workers=2,
                  plot=False)
    """
)


def _wait(predicate: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kill -9 semantics of Linux")
@pytest.mark.parametrize("executor", ["processes", "dask"])
def test_workers_die_after_kill_9_of_the_parent(tmp_path: Path, executor: str) -> None:
    if executor == "dask":
        pytest.importorskip("distributed")
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    markers = tmp_path / "markers"
    markers.mkdir()
    parent = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "out"), str(markers), executor]
    )
    try:
        assert _wait(lambda: len(list(markers.iterdir())) == 2, 90), "workers did not start"
        workers = [int(p.name) for p in markers.iterdir()]
        assert all(_alive(pid) for pid in workers)
        children = [c.pid for c in psutil.Process(parent.pid).children(recursive=True)]
        assert set(workers) <= set(children)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        assert _wait(lambda: not any(_alive(pid) for pid in workers), 10), "workers outlived"
        # Nothing else the parent started (Dask's helpers included) stays behind either.
        assert _wait(lambda: not any(_alive(pid) for pid in children), 10), "helpers outlived"
    finally:
        parent.kill()
        for pid in (int(p.name) for p in markers.iterdir()):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
