"""Report directories: schema (golden CSVs), determinism, round trip, atomic writes, CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from report_synthetic import synthetic_result

from aimcsim.cli import main as cli_main
from aimcsim.report import (
    COMPONENT_COLUMNS,
    ENERGY_COLUMNS,
    LAYER_COLUMNS,
    ReportError,
    RunResult,
    compare_layers,
    read_report,
    write_report,
)
from aimcsim.report import io as report_io
from aimcsim.report.figures import FIGURE_TITLES

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("AIMCSIM_REGEN_GOLDEN") == "1"


def test_schema_constants() -> None:
    assert LAYER_COLUMNS == (
        "layer",
        "layer_name",
        "kind",
        "n_tiles",
        "start_cycle",
        "end_cycle",
        "latency_cycles",
        "latency_ns",
        "busy_cycles",
        "issue_cycle",
        "wait_cycles",
        "span_cycles",
        "energy_pj",
        "rel_error",
        "snr_db",
        "cosine",
        "alpha",
        "input_encoding",
        "input_bits",
        "bits_per_phase",
        "read_phases",
        "adc_gain",
        "adc_itime_cycles",
        "copies",
    )
    assert ENERGY_COLUMNS == ("layer", "component", "kind", "action", "count", "energy_pj")
    assert COMPONENT_COLUMNS == ("component", "kind", "busy_cycles", "utilization")


@pytest.mark.parametrize(
    "name", ["layers.csv", "energy.csv", "components.csv", "accuracy_time.csv", "area.csv"]
)
def test_csv_matches_golden(result: RunResult, tmp_path: Path, name: str) -> None:
    write_report(result, tmp_path / "r", figures=False)
    text = (tmp_path / "r" / name).read_text(encoding="utf-8")
    golden = GOLDEN / name
    if REGEN:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), "regenerate with AIMCSIM_REGEN_GOLDEN=1"


def test_output_is_deterministic(tmp_path: Path) -> None:
    write_report(synthetic_result(), tmp_path / "a", figures=False)
    write_report(synthetic_result(), tmp_path / "b", figures=False)
    assert not (tmp_path / "a" / "trace.json").exists()  # the trace goes to --trace only
    for name in ("layers.csv", "energy.csv", "components.csv", "run.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    run = json.loads((tmp_path / "a" / "run.json").read_text())
    assert run["meta"]["energy_table"]["name"] == "generic-pcm"
    assert len(run["meta"]["energy_table"]["sha256"]) == 64
    assert run["meta"]["wall_time_s"] == 1.25
    assert run["meta"]["config"]["chip"]["name"] == "tiny"
    assert run["summary"]["top1"] == 0.95


def test_round_trip(result: RunResult, tmp_path: Path) -> None:
    write_report(result, tmp_path / "r")
    back = read_report(tmp_path / "r")
    pd.testing.assert_frame_equal(back.layers, result.layers)
    pd.testing.assert_frame_equal(back.energy, result.energy)
    pd.testing.assert_frame_equal(back.components, result.components)
    assert back.accuracy_vs_time is not None and result.accuracy_vs_time is not None
    pd.testing.assert_frame_equal(back.accuracy_vs_time, result.accuracy_vs_time)
    assert back.summary == result.summary
    assert back.trace_events is None  # a report directory keeps no trace
    # Every figure but the mesh map (the synthetic result has no placement table).
    stems = [stem for stem in FIGURE_TITLES if stem != "mesh_map"]
    for stem in stems:
        assert (tmp_path / "r" / "figures" / f"{stem}.png").stat().st_size > 1000
    html = (tmp_path / "r" / "report.html").read_text()
    assert html.count("data:image/png;base64,") == len(stems) and 'id="layers"' in html


def test_wrong_columns_are_rejected(result: RunResult) -> None:
    with pytest.raises(ReportError, match="missing \\['cosine'\\]"):
        RunResult(
            result.meta, result.layers.drop(columns="cosine"), result.energy, result.components
        )
    with pytest.raises(ReportError, match="unknown key"):
        RunResult(
            result.meta, result.layers, result.energy, result.components, summary={"latency": 1}
        )


def test_interrupted_write_leaves_no_report(
    result: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r"
    write_report(synthetic_result(scale=2.0), target, figures=False)
    before = (target / "layers.csv").read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(report_io, "_rendered", boom)
    with pytest.raises(KeyboardInterrupt):
        write_report(result, target)
    assert (target / "layers.csv").read_bytes() == before  # old report intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]  # no temp left
    with pytest.raises(KeyboardInterrupt):
        write_report(result, tmp_path / "new")
    assert not (tmp_path / "new").exists()
    with pytest.raises(ReportError, match="no run.json"):
        read_report(tmp_path / "nothing")


def test_cli_report_and_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_report(synthetic_result(), a, figures=False)
    write_report(synthetic_result(scale=2.0), b, figures=False)
    assert cli_main(["report", str(a)]) == 0
    assert (a / "report.html").exists() and (a / "figures" / "energy_breakdown.png").exists()
    page = tmp_path / "cmp.html"
    args = ["compare", str(a), str(b), "--csv", str(tmp_path / "cmp.csv"), "--html", str(page)]
    assert cli_main(args) == 0
    out = capsys.readouterr().out
    assert "per layer" in out and "fc1" in out and "totals" in out
    html = page.read_text(encoding="utf-8")
    assert 'id="summary"' in html and 'id="layers"' in html and "data:image/png" in html
    assert str(a) in html and str(b) in html and "fc1" in html
    assert cli_main(["compare", str(a), str(b), "--no-html"]) == 0
    assert not Path("reports").exists()  # the default HTML path was not written
    cmp = compare_layers(read_report(a), read_report(b))
    assert cmp.loc[0, "latency_cycles_delta"] == 100
    assert cli_main(["report", str(tmp_path / "missing")]) == 2
