"""Bad ``aimcsim tune`` arguments: options, budgets, layers, search-space files, storages,
studies and output paths. Each ends in exit 2, one message naming the option, file, layer or
key, no traceback, and nothing touched outside the output path (which is not created)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

ROOT = Path(__file__).resolve().parents[2]
MLP = ROOT / "workloads" / "mlp-digits"


@pytest.fixture
def mlp(tmp_path: Path) -> Path:
    """A private copy of mlp-digits, where its manifest's source_model finds its model."""
    target = tmp_path / "workloads" / "mlp-digits"
    shutil.copytree(MLP, target)
    return target


def _tune(mlp: Path, *extra: str, out: str = "out") -> list[str]:
    return ["tune", str(mlp), "--preset", "tiny", "--trials", "2", "--no-plot", "-o", out, *extra]


def _refused(tmp_path: Path, args: list[str], *names: str) -> None:
    before = snapshot(tmp_path)
    outcome = run_cli(args)
    assert_refused(outcome, *names)
    assert_unchanged(tmp_path, before)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "extra,names",
    [
        (["--layers", "fc9"], ["--layers", "'fc9'", "fc1"]),
        (["--layers", "relu1"], ["'relu1' is not an analog weight layer"]),
        (["--trials", "100001"], ["--trials 100001"]),
        (["--batch", "1025"], ["--batch 1025"]),
        (["--batch", "0"], ["argument --batch"]),
        (["--repeats", "1001"], ["--repeats 1001"]),
        (["--repeats", "0"], ["argument --repeats"]),
        (["--sampler", "cmaes"], ["argument --sampler"]),
        (["--storage", "postgresql://db/x"], ["--storage", "sqlite:///FILE.db"]),
        (["--storage", "sqlite:///"], ["--storage"]),
        (["--samples", "x.npz"], ["--samples x.npz", "only with a model file"]),
        (["--max-latency-ns", "1", "--latency-budget", "1"], ["--latency-budget"]),
        (["--max-energy-pj", "1", "--energy-budget", "2"], ["--energy-budget"]),
        (["--executor", "threads"], ["argument --executor"]),
    ],
)
def test_bad_options(tmp_path: Path, mlp: Path, extra: list[str], names: list[str]) -> None:
    _refused(tmp_path, _tune(mlp, *extra), *names)


@pytest.mark.parametrize(
    "option", ["--max-latency-ns", "--latency-budget", "--max-energy-pj", "--energy-budget"]
)
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    value=st.one_of(
        st.sampled_from(["0", "-1", "nan", "inf", "-inf", "1e19", "", "ten", "1,2"]),
        st.floats(max_value=0.0).map(repr),
    )
)
def test_bad_budgets_are_usage_errors(tmp_path: Path, mlp: Path, option: str, value: str) -> None:
    _refused(tmp_path, _tune(mlp, f"{option}={value}"), f"argument {option}")


def test_model_without_samples(tmp_path: Path, mlp: Path) -> None:
    _refused(tmp_path, _tune(mlp / "model.onnx"), "model.onnx", "--samples")


def test_workload_without_its_model(tmp_path: Path, mlp: Path) -> None:
    (mlp / "model.onnx").unlink()
    _refused(tmp_path, _tune(mlp), "source_model", "not found")


SPACE_EDITS = st.sampled_from(
    [
        ("version = 1\n[default]\ninput_bitz = [4]\n", "input_bitz"),
        ("version = 1\n[default]\ninput_bits = 4\n", "input_bits"),
        ("version = 1\n[default]\ninput_bits = [99]\n", "input_bits"),
        ("version = 1\n[default]\nadc_itime_cycles = [8]\n", "adc_itime_cycles"),
        ("version = 1\n[default]\ninput_encoding = [3]\n", "input_encoding"),
        ('version = 1\n[layer."nope"]\ninput_bits = [4]\n', "nope"),
        ('version = 1\n[layer."fc1"]\ncopies = [0]\n', "copies"),
        ("version = 1\n[default]\ninput_range = [-1.0]\n", "input_range"),
        ("version = 7\n", "version"),
        ("version = 1\nextra = 1\n", "extra"),
        ("version = [\n", "space.toml"),
        ("\xff\xfe", "space.toml"),
    ]
)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edit=SPACE_EDITS)
def test_bad_space_files_name_file_and_key(tmp_path: Path, mlp: Path, edit) -> None:
    text, key = edit
    space = tmp_path / "space.toml"
    space.write_bytes(
        text.encode("utf-8", "surrogateescape") if "\xff" not in text else b"\xff\xfe"
    )
    out = tmp_path / "out"
    shutil.rmtree(out, ignore_errors=True)
    _refused(tmp_path, _tune(mlp, "--space", str(space), out=str(out)), "space.toml", key)


def test_storage_that_is_not_a_study_is_untouched(tmp_path: Path, mlp: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n")
    _refused(tmp_path, _tune(mlp, "--storage", f"sqlite:///{notes}"), "notes.db")


def test_storage_that_is_an_input_is_refused(tmp_path: Path, mlp: Path) -> None:
    model = mlp / "model.onnx"
    _refused(tmp_path, _tune(mlp, "--storage", f"sqlite:///{model}"), "model.onnx")


def test_output_holding_other_files_is_untouched(tmp_path: Path, mlp: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("x")
    before = snapshot(tmp_path)
    outcome = run_cli(_tune(mlp, out=str(mine)))
    assert_refused(outcome, "mine")
    assert_unchanged(tmp_path, before)


def test_output_that_is_the_workload_is_untouched(tmp_path: Path, mlp: Path) -> None:
    before = snapshot(tmp_path)
    assert_refused(run_cli(_tune(mlp, out=str(mlp))), "mlp-digits")
    assert_unchanged(tmp_path, before)
