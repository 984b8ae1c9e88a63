"""Workers of a local Dask cluster that die with the process that made it.

:class:`DieWithParent` is registered on every local cluster aimcsim starts
(:func:`aimcsim.sweep.scheduler.connect_dask`); it runs in each worker process, now and after
any restart, and ends the worker when the process that started the cluster is gone, even
after ``kill -9`` of it (the workers are its children: their parent id changes). Only
imported when Dask is installed and used.
"""

from __future__ import annotations

import os
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from aimcsim.sweep.executors import die_with_parent


class DieWithParent(WorkerPlugin):
    """End each worker process when the process ``parent_pid`` dies
    (:func:`~aimcsim.sweep.executors.die_with_parent`). Dask starts a worker from a thread
    of the parent that lives as long as the worker's process handle, so the kernel's
    parent-death signal fires when the parent process dies, not before. Dask's own
    shutdown on a lost parent needs the worker's event loop, which a task holding the GIL
    blocks; this does not."""

    name = "aimcsim-die-with-parent"

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid

    def setup(self, worker: Any) -> None:
        del worker
        if os.getppid() == self.parent_pid:  # a worker of a local cluster of this process
            die_with_parent(self.parent_pid)
