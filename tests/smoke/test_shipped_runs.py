"""Every shipped workload runs end to end through the CLI on the chip it was compiled for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aimcsim.cli import main

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
SHIPPED = sorted(p.name for p in WORKLOADS.iterdir() if (p / "manifest.toml").exists())


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_workload_runs(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    # 4: what bert-tiny ships, the fewest of any workload (--samples beyond that is an error)
    args = ["run", str(WORKLOADS / name), "--json", "--no-report", "--samples", "4"]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["inference_cycles"] > 0 and summary["energy_pj"] > 0
