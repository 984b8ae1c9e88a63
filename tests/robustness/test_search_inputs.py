"""Bad ``aimcsim search`` input: space specs, keys, objectives, samplers, storages and
studies. Each is refused with exit 2 and a message naming the item, before any file is
written, and nothing outside the output path is touched."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

SEARCH = ["search", "streaming-mvm", "--preset", "tiny", "--no-progress", "--no-plot"]
MLP = str(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
GOOD = ["--space", "tile.adc.bits=4:8:int"]


@pytest.mark.parametrize(
    ("args", "names"),
    [
        ([], ["empty search space"]),
        (["--space", "tile.adc.bits"], ["--space 'tile.adc.bits'", "KEY=LO:HI"]),
        (["--space", "=4:8"], ["--space '=4:8'"]),
        (["--space", "tile.adc.bitz=4:8:int"], ["tile.adc.bitz", "did you mean 'tile.adc.bits'"]),
        (["--space", "compile.slots=1:4:int"], ["compile.slots", "compile.n_slots"]),
        (["--space", "tile.adc.bits=8:4:int"], ["tile.adc.bits=8:4:int", "low end"]),
        (["--space", "tile.adc.bits=4:8:step"], ["range flag 'step'"]),
        (["--space", "tile.adc.bits=4:99:int"], ["--space 'tile.adc.bits': value 99"]),
        (["--space", "tile.adc.bits=4,four"], ["tile.adc.bits", "four"]),
        (["--space", "chip.clock_mhz=0:1e9:log"], ["chip.clock_mhz"]),
        ([*GOOD, "--space", "tile.adc.bits=4,6"], ["'tile.adc.bits' given twice"]),
        ([*GOOD, "--objectives", "speed"], ["unknown objective 'speed'"]),
        ([*GOOD, "--objectives", "error"], ["'error' needs the value model"]),
        ([*GOOD, "--objectives", "latency,latency"], ["'latency' given twice"]),
        ([*GOOD, "--sampler", "cmaes"], ["--sampler 'cmaes'", "nsga2, tpe, random"]),
        ([*GOOD, "--trials", "0"], ["--trials", "got 0"]),
        ([*GOOD, "--trials", "100001"], ["--trials 100001"]),
        ([*GOOD, "--batch", "-1"], ["--batch", "got -1"]),
        ([*GOOD, "--study", " "], ["--study"]),
        ([*GOOD, "--storage", "postgresql://db/x"], ["--storage", "sqlite:///PATH"]),
        ([*GOOD, "--storage", "sqlite:///no/such/dir/x.db"], ["--storage", "no/such/dir"]),
        ([*GOOD, "--t-inference", "0,1d"], ["a search takes one time"]),
        ([*GOOD, "--executor", "dask", "--scheduler", "http://x"], ["bad Dask scheduler"]),
    ],
)
def test_bad_search_input_is_refused_before_any_write(
    refused: Callable[..., object], tmp_path: Path, args: list[str], names: list[str]
) -> None:
    before = snapshot(tmp_path)
    refused([*SEARCH, *args, "-o", str(tmp_path / "out")], *names)
    assert_unchanged(tmp_path, before)


def test_compile_keys_need_a_model_file(refused: Callable[..., object], tmp_path: Path) -> None:
    refused(
        ["search", MLP, "--space", "compile.n_slots=1:4:int", "-o", str(tmp_path / "o")],
        "'compile.n_slots' is a compile key",
    )
    assert not (tmp_path / "o").exists()


def test_a_storage_that_is_not_sqlite_is_never_touched(
    refused: Callable[..., object], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("keep me\n")
    before = snapshot(tmp_path)
    refused(
        [*SEARCH, *GOOD, "--storage", f"sqlite:///{notes}", "-o", str(tmp_path / "o")],
        str(notes),
        "not an SQLite file",
    )
    assert_unchanged(tmp_path, before)


def test_a_study_of_another_search_is_refused(tmp_path: Path) -> None:
    storage = ["--storage", f"sqlite:///{tmp_path / 'studies.db'}", "--study", "s"]
    first = run_cli([*SEARCH, *GOOD, *storage, "--trials", "2", "-o", str(tmp_path / "a")])
    assert first.code == 0, first.err
    before = snapshot(tmp_path)
    other = [*SEARCH, "--space", "tile.adc.bits=4:6:int", *storage, "--trials", "2"]
    assert_refused(run_cli([*other, "-o", str(tmp_path / "b")]), "study 's'", "its space was")
    assert_unchanged(tmp_path, before)


SPEC_PART = st.one_of(
    st.sampled_from(["4", "8", "-1", "0", "1e400", "nan", "inf", "x", '"s"', "", "true"]),
    st.text(alphabet="0123456789.:,eE-+intlogx", max_size=8),
)


@given(
    parts=st.lists(SPEC_PART, min_size=1, max_size=4),
    joiner=st.sampled_from([":", ","]),
    flags=st.lists(st.sampled_from(["int", "log", "lin", ""]), max_size=3),
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_space_spec_ends_cleanly(
    tmp_path: Path, parts: list[str], joiner: str, flags: list[str]
) -> None:
    """Whatever the spec of a searched key, the search either starts or ends in one line,
    exit 2, naming the key or its spec; it never escapes with a traceback."""
    spec = joiner.join(parts) + "".join(f":{f}" for f in flags)
    out = Path(tempfile.mkdtemp(dir=tmp_path)) / "out"
    args = [*SEARCH, "--space", f"tile.adc.count={spec}", "--trials", "1", "-o", str(out)]
    outcome = run_cli(args)
    assert outcome.exception is None, f"escaped {outcome.exception!r}"
    assert "Traceback" not in outcome.err
    if outcome.code != 0:
        assert_refused(outcome, "tile.adc.count")
        assert not out.exists()
