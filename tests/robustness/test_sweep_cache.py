"""Tampered sweep caches: every class of bad entry is recomputed with a warning naming the
file; the sweep exits 0 and writes the same sweep.csv as before, never a blank row or a
traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import run_cli

ARGS = ["sweep", "streaming-mvm", "--preset", "tiny", "--n-mvm", "2", "--no-progress", "--no-plot"]
GRID = ["--grid", "tile.adc.count=16,64"]


def _sweep(out: Path) -> tuple[int | None, str, str]:
    outcome = run_cli([*ARGS, *GRID, "-o", str(out)])
    assert outcome.exception is None and "Traceback" not in outcome.err
    return outcome.code, outcome.err, (out / "sweep.csv").read_text(encoding="utf-8")


def _entries(out: Path) -> list[Path]:
    return sorted((out / "cache").glob("*.json"))


def _with_result(result: object) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry["result"] = result
        path.write_text(json.dumps(entry), encoding="utf-8")

    return write


def _with_field(field: str, value: object) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry[field] = value
        path.write_text(json.dumps(entry), encoding="utf-8")

    return write


TAMPERINGS: dict[str, Callable[[Path], None]] = {
    "empty object": lambda p: p.write_text("{}"),
    "empty file": lambda p: p.write_bytes(b""),
    "not json": lambda p: p.write_text("{not json"),
    "not utf-8": lambda p: p.write_bytes(b"\xff\xfe\x00garbage"),
    "a list": lambda p: p.write_text("[1, 2]"),
    "other format": _with_field("format", 0),
    "other key": _with_field("key", "0" * 64),
    "empty result": _with_result({}),
    "blank error": _with_result({"error": ""}),
    "text cycles": _with_result({"total_cycles": "many", "latency_ns": 1.0}),
    "negative latency": _with_result({"total_cycles": 5, "latency_ns": -1.0}),
    "bad ledger": _with_result({"total_cycles": 5, "latency_ns": 5.0, "ledger": [{"x": 1}]}),
}


@pytest.mark.parametrize("tamper", list(TAMPERINGS), ids=list(TAMPERINGS))
def test_tampered_entry_is_recomputed_with_a_warning(tmp_path: Path, tamper: str) -> None:
    out = tmp_path / "out"
    code, _, original = _sweep(out)
    assert code == 0
    victim = _entries(out)[0]
    TAMPERINGS[tamper](victim)
    code, err, again = _sweep(out)
    assert code == 0 and again == original
    assert "aimcsim: warning:" in err and str(victim) in err and "recomputing" in err
    code, err, _ = _sweep(out)  # the recomputed entry is valid again
    assert code == 0 and "warning" not in err


def test_foreign_entry_in_the_cache_is_refused(tmp_path: Path) -> None:
    """A directory where an entry goes is not something the sweep wrote: the output-path
    rule refuses to resume into that directory (exit 2) and leaves it as it is."""
    out = tmp_path / "out"
    _sweep(out)
    victim = _entries(out)[0]
    victim.unlink()
    victim.mkdir()
    code, err, _ = _sweep(out)
    assert code == 2 and "Traceback" not in err and victim.name in err
    assert victim.is_dir()  # not ours to delete


@given(content=st.binary(max_size=200) | st.text(max_size=80).map(str.encode))
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_bytes_in_an_entry_are_recomputed(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "hyp"
    if not out.exists():
        _sweep(out)
    original = (out / "sweep.csv").read_text(encoding="utf-8")
    for victim in _entries(out):
        victim.write_bytes(content)
    code, err, again = _sweep(out)
    assert code == 0 and again == original and err.count("aimcsim: warning:") == 2
