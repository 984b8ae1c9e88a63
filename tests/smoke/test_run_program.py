"""``aimcsim run`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aimcsim.cli import main

PROG = """
.layer 0 "fc"
.tile 0
    li r1, 0
    li r2, 64
.layer 0
    mvm x0, r1, r2, 0
.layer -
    halt
"""


def test_run_prints_cycles_ns_and_layers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "p.s"
    src.write_text(PROG)
    trace = tmp_path / "t.json"
    out_dir = tmp_path / "report"
    args = ["run", str(src), "--trace", str(trace), "--set", "chip.clock_mhz=500", "-o"]
    assert main([*args, str(out_dir)]) == 0
    out = capsys.readouterr().out
    # tiny at 500 MHz: 4 rounds of an 8-bit SAR conversion (1 cycle + 8 x 500 ps = 2 cycles)
    total = 2 + 8 * (1 + 2 + 4 * (1 + 2))
    assert f"total: {total} cycles = {total * 2:.1f} ns" in out
    assert " fc " in out and "energy_nj" in out
    assert json.loads(trace.read_text())["traceEvents"]
    for name in ("run.json", "layers.csv", "energy.csv", "components.csv", "report.html"):
        assert (out_dir / name).is_file(), name


def test_run_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "p.s"
    src.write_text(PROG)
    assert main(["run", str(src), "--json", "--preset", "tiny", "--no-report"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["total_cycles"] == 2 + 8 * (1 + 2 + 4 * 5) and data["report"] is None


def test_run_deadlock_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "d.s"
    src.write_text(".tile 1\n recv r0, 0, 1, 4\n halt\n")
    assert main(["run", str(src)]) == 2
    assert "deadlock" in capsys.readouterr().err


def test_workload_on_another_chip_says_what_it_was_compiled_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    workload = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
    assert main(["run", str(workload), "--preset", "hermes", "--no-report"]) == 2
    err = capsys.readouterr().err
    assert "compiled for --preset tiny" in err and "Traceback" not in err


def test_workload_without_samples_runs_timing_and_energy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from aimcsim.workload import load_workload, save_workload

    workload = load_workload(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
    workload.tensors = {k: v for k, v in workload.tensors.items() if not k.startswith("input.")}
    save_workload(workload, Path("no-samples"))
    assert main(["run", "no-samples", "--no-report"]) == 0
    captured = capsys.readouterr()
    assert "ships no input samples: accuracy not evaluated" in captured.err
    assert "inference:" in captured.out and "rel_error" not in captured.out
