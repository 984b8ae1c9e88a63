"""sweep.csv is byte-identical for the serial, process and Dask executors with the
functional (values) evaluator: noise comes from the root seed, never from where a point ran."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aimcsim.sweep import run_sweep

from .conftest import MLP_DIGITS

GRID = ["tile.adc.bits=6,8"]


def _csv(out: Path, **kw: Any) -> bytes:
    run_sweep(str(MLP_DIGITS), GRID, out, n_samples=16, plot=False, **kw)
    return (out / "sweep.csv").read_bytes()


def test_values_sweep_is_byte_identical_on_every_executor(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    serial = _csv(tmp_path / "serial")
    rows = serial.decode().splitlines()
    assert len(rows) == 3 and rows[0].split(",")[-5:-3] == ["mean_rel_error", "top1"]
    assert all(r.split(",")[-5] for r in rows[1:])  # values were evaluated
    assert _csv(tmp_path / "processes", executor="processes", workers=2) == serial
    from distributed import LocalCluster

    # Thread workers start in a blink; the address goes through the probe and the client.
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        dashboard_address=None,
    ) as cluster:
        dask = _csv(tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address)
    assert dask == serial
