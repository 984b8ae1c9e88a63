"""Corrupt report directories given to ``aimcsim report`` and ``aimcsim compare``: missing
files, run.json that is not UTF-8, not JSON or lacks keys, CSVs without a column or with a
value of the wrong type, damaged trace.json. Each is refused (exit 2, no traceback, the file
and the key or column named) and leaves the directories as they were."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.report.result import (
    ACCURACY_TIME_DTYPES,
    AREA_DTYPES,
    COMPONENT_DTYPES,
    ENERGY_DTYPES,
    LAYER_DTYPES,
    PLACEMENT_DTYPES,
    STALL_DTYPES,
    TILE_DTYPES,
)

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .workload_edits import WORKLOADS

TABLES = {
    "layers.csv": LAYER_DTYPES,
    "energy.csv": ENERGY_DTYPES,
    "components.csv": COMPONENT_DTYPES,
    "accuracy_time.csv": ACCURACY_TIME_DTYPES,
    "stalls.csv": STALL_DTYPES,
    "area.csv": AREA_DTYPES,
    "placement.csv": PLACEMENT_DTYPES,
    "tiles.csv": TILE_DTYPES,
}
"""The CSV files of a report and the schema of their columns."""


@pytest.fixture(scope="module")
def good_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete report of mlp-digits (functional run on 8 samples)."""
    out = tmp_path_factory.mktemp("good") / "report"
    outcome = run_cli(["run", str(WORKLOADS / "mlp-digits"), "--samples", "8", "-o", str(out)])
    assert outcome.code == 0, outcome.err
    for name in TABLES:
        assert (out / name).exists(), name
    # what report/compare read, without the figures (faster to copy and hash per case)
    shutil.rmtree(out / "figures")
    (out / "report.html").unlink()
    return out


def _damaged(tmp_path: Path, good: Path, damage: Callable[[Path], None]) -> Path:
    bad = tmp_path / "bad"
    if bad.exists():
        shutil.rmtree(bad)
    shutil.copytree(good, bad)
    damage(bad)
    return bad


def _assert_both_refuse(bad: Path, good: Path, *names: str) -> None:
    """``report BAD`` and ``compare GOOD BAD`` are refused naming ``names``; neither
    directory changes."""
    before_bad, before_good = snapshot(bad), snapshot(good)
    for args in (["report", str(bad)], ["compare", str(good), str(bad)]):
        assert_refused(run_cli(args), *names)
    assert_unchanged(bad, before_bad)
    assert_unchanged(good, before_good)


def _write(name: str, content: bytes) -> Callable[[Path], None]:
    return lambda d: (d / name).write_bytes(content)


def _edit_json(edit: Callable[[dict], None]) -> Callable[[Path], None]:
    def apply(d: Path) -> None:
        data = json.loads((d / "run.json").read_text(encoding="utf-8"))
        edit(data)
        (d / "run.json").write_text(json.dumps(data), encoding="utf-8")

    return apply


RUN_JSON_CASES = {
    "deleted": (lambda d: (d / "run.json").unlink(), ["run.json"]),
    "not-utf8": (_write("run.json", b'{"meta": "\xff\xfe"}'), ["run.json", "UTF-8"]),
    "syntax": (_write("run.json", b'{"meta": {}, "summary": {'), ["run.json", "not valid JSON"]),
    "empty": (_write("run.json", b""), ["run.json", "not valid JSON"]),
    "a-list": (_write("run.json", b"[1, 2]"), ["run.json", "'meta'"]),
    "no-meta": (_edit_json(lambda j: j.pop("meta")), ["run.json", "'meta'"]),
    "no-summary": (_edit_json(lambda j: j.pop("summary")), ["run.json", "'summary'"]),
    "summary-a-string": (_edit_json(lambda j: j.update(summary="x")), ["run.json", "'summary'"]),
    "no-total": (
        _edit_json(lambda j: j["summary"].pop("total_cycles")),
        ["run.json", "summary.total_cycles"],
    ),
    "top1-a-string": (
        _edit_json(lambda j: j["summary"].update(top1="high")),
        ["run.json", "summary.top1"],
    ),
    "config-a-string": (
        _edit_json(lambda j: j["meta"].update(config="tiny")),
        ["run.json", "meta.config"],
    ),
    "table-a-list": (
        _edit_json(lambda j: j["meta"].update(energy_table=[1])),
        ["run.json", "meta.energy_table"],
    ),
    "folded-layers-a-string": (
        _edit_json(lambda j: j["meta"].update(layers_without_instructions="flatten")),
        ["run.json", "meta.layers_without_instructions"],
    ),
    "folded-layer-without-name": (
        _edit_json(
            lambda j: j["meta"].update(layers_without_instructions=[{"layer": 4, "kind": "x"}])
        ),
        ["run.json", "meta.layers_without_instructions[0]"],
    ),
    "folded-layer-id-a-bool": (
        _edit_json(
            lambda j: j["meta"].update(
                layers_without_instructions=[{"layer": True, "layer_name": "f", "kind": "x"}]
            )
        ),
        ["run.json", "meta.layers_without_instructions[0]"],
    ),
}


@pytest.mark.parametrize("case", sorted(RUN_JSON_CASES))
def test_bad_run_json(tmp_path: Path, good_report: Path, case: str) -> None:
    damage, names = RUN_JSON_CASES[case]
    _assert_both_refuse(_damaged(tmp_path, good_report, damage), good_report, *names)


COLUMN_CASES = [(f, c) for f, dtypes in TABLES.items() for c in dtypes]


@pytest.mark.parametrize(
    ("file", "column"), COLUMN_CASES, ids=[f"{f}-{c}" for f, c in COLUMN_CASES]
)
def test_missing_column(tmp_path: Path, good_report: Path, file: str, column: str) -> None:
    def drop(d: Path) -> None:
        df = pd.read_csv(d / file, keep_default_na=False)
        df.drop(columns=[column]).to_csv(d / file, index=False)

    bad = _damaged(tmp_path, good_report, drop)
    _assert_both_refuse(bad, good_report, file, repr(column))


NUMERIC_CASES = [
    (f, c, (["abc", "1.5", ""][i % 3] if t == "int64" else ["abc", "1e400x"][i % 2]))
    for f, dtypes in TABLES.items()
    for i, (c, t) in enumerate(dtypes.items())
    if t != "object"
]
"""A non-number in each numeric column; in integer columns also a fraction or an empty cell."""


@pytest.mark.parametrize(
    ("file", "column", "value"), NUMERIC_CASES, ids=[f"{f}-{c}-{v!r}" for f, c, v in NUMERIC_CASES]
)
def test_wrong_type_in_column(
    tmp_path: Path, good_report: Path, file: str, column: str, value: str
) -> None:
    def poison(d: Path) -> None:
        df = pd.read_csv(d / file, dtype=str, keep_default_na=False)
        df.loc[len(df) - 1, column] = value
        df.to_csv(d / file, index=False)

    bad = _damaged(tmp_path, good_report, poison)
    _assert_both_refuse(bad, good_report, file, repr(column))


@pytest.mark.parametrize("file", ["layers.csv", "energy.csv", "components.csv"])
def test_missing_or_unreadable_table(tmp_path: Path, good_report: Path, file: str) -> None:
    _assert_both_refuse(
        _damaged(tmp_path, good_report, lambda d: (d / file).unlink()), good_report, file
    )
    for content in (b"", b"\xff\xfe\x00garbage", b'layer,"unclosed\n1,2\n'):
        bad = _damaged(tmp_path, good_report, _write(file, content))
        _assert_both_refuse(bad, good_report, file)


def test_not_a_directory(tmp_path: Path, good_report: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    for target in (f, tmp_path / "missing"):
        assert_refused(run_cli(["report", str(target)]), str(target))
        assert_refused(run_cli(["compare", str(target), str(good_report)]), str(target))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    file=st.sampled_from(["run.json", *TABLES]),
    cut=st.floats(0.0, 0.999),
)
def test_truncated_report_file(tmp_path: Path, good_report: Path, file: str, cut: float) -> None:
    """A report file cut anywhere: refused naming it, or (cut at a line end of a CSV: fewer
    rows) still a valid report; never a traceback."""

    def truncate(d: Path) -> None:
        data = (d / file).read_bytes()
        (d / file).write_bytes(data[: int(cut * len(data))])

    bad = _damaged(tmp_path, good_report, truncate)
    before = snapshot(good_report)
    outcome = run_cli(["compare", str(bad), str(good_report)])
    if not (outcome.code == 0 and outcome.exception is None):
        assert_refused(outcome, file)
    assert_unchanged(good_report, before)
