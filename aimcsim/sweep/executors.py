"""Running a sweep's simulations: serially, on worker processes or on a Dask cluster.

Results come back in completion order; the caller files them by job, so the executor and
the number of workers never change what is written. Worker processes, and the workers of a
local Dask cluster (:mod:`aimcsim.sweep.dask_workers`), die with their parent, even after
``kill -9`` of it (:func:`die_with_parent`).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from aimcsim.sweep.evaluate import Evaluate

EXECUTORS = ("serial", "processes", "dask")
MAX_WORKERS = 1024
"""Most worker processes a sweep starts (``--workers``)."""

PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""

PARENT_POLL_S = 1.0
"""How often a worker checks that its parent is alive (the portable fallback)."""


@dataclass(frozen=True)
class Job:
    """One simulation: its cache key, the chip's overrides and the root seed of its noise."""

    key: str
    overrides: tuple[str, ...]
    seed: int


def run_jobs(
    jobs: Sequence[Job],
    evaluate: Evaluate,
    executor: str,
    workers: int | None,
    client: Any = None,
) -> Iterator[tuple[Job, dict[str, Any]]]:
    """``(job, result)`` of every job, in completion order. ``client``: a Dask client for
    the ``dask`` executor."""
    if executor == "serial" or not jobs:
        for job in jobs:
            yield job, evaluate(list(job.overrides), job.seed)
    elif executor == "processes":
        with ProcessPoolExecutor(
            max_workers=min(workers or os.cpu_count() or 1, len(jobs)),
            initializer=start_worker,
            initargs=(os.getpid(),),
        ) as pool:
            pending = {pool.submit(evaluate, list(j.overrides), j.seed): j for j in jobs}
            for fut in as_completed(pending):
                yield pending[fut], fut.result()
    else:
        from distributed import as_completed as dask_completed

        futures = [client.submit(evaluate, list(j.overrides), j.seed, pure=False) for j in jobs]
        by_key = {f.key: j for f, j in zip(futures, jobs, strict=True)}
        for fut in dask_completed(futures):
            yield by_key[fut.key], fut.result()


def start_worker(parent_pid: int) -> None:
    """Worker initializer: die with the parent (:func:`die_with_parent`) and leave Ctrl-C,
    which reaches the whole process group, to the parent (it stops the workers)."""
    from aimcsim.interrupts import ignore_interrupts

    ignore_interrupts()
    die_with_parent(parent_pid)


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this process when ``parent_pid`` (its parent) dies.

    On Linux the kernel sends SIGKILL on the parent's death (``prctl(PR_SET_PDEATHSIG)``;
    strictly, at the end of the parent's thread that started this process), even while this
    process holds the GIL in a long computation; everywhere, a daemon thread also polls the
    parent id every :data:`PARENT_POLL_S` and exits when it changed (the worker was
    re-parented), which covers other systems and a parent that died before the ``prctl``.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the polling thread below still applies
    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_S)
    os._exit(1)
