"""Per-layer settings end to end: a dumped table through compile and run, ``run`` recompiling a
workload with ``--layer-set``, ``run MODEL``, and ``aimcsim.evaluate(..., layer_settings=)``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from aimcsim.cli import main
from aimcsim.compiler.layer_settings import (
    LayerSettings,
    LayerSettingsTable,
    dumps_layer_settings,
    loads_layer_settings,
)
from aimcsim.workload import load_workload

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
CNN = WORKLOADS / "cnn-digits"

TABLE = LayerSettingsTable(
    default=LayerSettings(input_bits=6),
    layers={
        "conv1": LayerSettings(copies=2, adc_gain=1),  # tiny: 8 crossbars, 7 without copies
        "fc": LayerSettings(input_bits=4, read_phases=2),
    },
)


def _settings(report: Path) -> pd.DataFrame:
    cols = ["layer_name", "input_encoding", "input_bits", "read_phases", "adc_gain", "copies"]
    return pd.read_csv(report / "layers.csv", keep_default_na=False).set_index("layer_name")[
        cols[1:]
    ]


def test_a_dumped_table_round_trips_through_compile_and_run(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(dumps_layer_settings(TABLE), encoding="utf-8")
    wl_dir, report = tmp_path / "wl", tmp_path / "report"
    args = ["compile", str(CNN / "model.onnx"), "--preset", "tiny"]
    args += ["--samples", str(CNN / "tensors.npz"), "--layer-settings", str(path)]
    assert main([*args, "-o", str(wl_dir)]) == 0
    wl = load_workload(wl_dir)
    assert loads_layer_settings(wl.manifest["compiler"]["layer_settings"], source="m") == TABLE
    assert main(["run", str(wl_dir), "--samples", "8", "-o", str(report)]) == 0
    got = _settings(report)
    assert got.loc["conv1"].tolist() == ["bit_serial", 6, 1, 1, 2]
    assert got.loc["conv2"].tolist() == ["bit_serial", 6, 1, 0, got.loc["conv2", "copies"]]
    assert got.loc["fc"].tolist() == ["bit_serial", 4, 2, 0, 1]
    assert got.loc["relu1"].tolist() == ["", 0, 0, 0, 0]


def test_layer_set_items_apply_on_top_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(dumps_layer_settings(TABLE), encoding="utf-8")
    wl_dir = tmp_path / "wl"
    args = ["compile", str(CNN / "model.onnx"), "--preset", "tiny", "-o", str(wl_dir)]
    args += ["--layer-settings", str(path), "--layer-set", "fc.input_bits=3"]
    args += ["--layer-set", "*.input_encoding=pulse_width"]
    assert main(args) == 0
    table = loads_layer_settings(
        load_workload(wl_dir).manifest["compiler"]["layer_settings"], source="m"
    )
    assert table.for_layer("fc") == LayerSettings(
        input_encoding="pulse_width", input_bits=3, read_phases=2
    )
    assert table.for_layer("conv1").copies == 2


def test_run_recompiles_a_workload_from_its_source_model_with_its_samples(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report"
    args = ["run", str(CNN), "--samples", "8", "-o", str(report), "--no-functional"]
    assert main([*args, "--layer-set", "conv1.copies=1", "--layer-set", "fc.input_bits=5"]) == 0
    got = _settings(report)
    assert got.loc["conv1", "copies"] == 1 and got.loc["fc", "input_bits"] == 5
    shipped = {la["name"]: la["replicas"] for la in load_workload(CNN).layers}
    assert shipped["conv1"] == 2  # the shipped workload is not touched


def test_run_refuses_layer_settings_when_the_source_model_is_gone(tmp_path: Path, capsys) -> None:
    copy = tmp_path / "cnn"
    shutil.copytree(CNN, copy)
    (copy / "model.onnx").unlink()
    manifest = (copy / "manifest.toml").read_text(encoding="utf-8")
    (copy / "manifest.toml").write_text(
        manifest.replace("workloads/cnn-digits/model.onnx", "gone/model.onnx"), encoding="utf-8"
    )
    code = main(["run", str(copy), "--no-report", "--layer-set", "fc.input_bits=5"])
    err = capsys.readouterr().err
    assert code == 2 and "gone/model.onnx" in err and "source_model" in err
    assert not (tmp_path / "reports").exists()


def test_run_compiles_a_model_file_with_layer_settings(tmp_path: Path) -> None:
    report = tmp_path / "report"
    args = ["run", str(CNN / "model.onnx"), "--preset", "tiny", "-o", str(report)]
    assert main([*args, "--layer-set", "conv2.read_phases=3"]) == 0
    assert _settings(report).loc["conv2", "read_phases"] == 3


@pytest.mark.parametrize("as_file", [False, True])
def test_evaluate_compiles_with_a_layer_settings_table(tmp_path: Path, as_file: bool) -> None:
    from aimcsim import evaluate

    slow = LayerSettingsTable(layers={"fc": LayerSettings(read_phases=4)})
    arg: LayerSettingsTable | Path = slow
    if as_file:
        arg = tmp_path / "slow.toml"
        arg.write_text(dumps_layer_settings(slow), encoding="utf-8")
    base = evaluate(CNN, None, fidelity="timing")
    tuned = evaluate(CNN, None, fidelity="timing", layer_settings=arg)
    model = evaluate(CNN / "model.onnx", "tiny", fidelity="timing", layer_settings=arg)

    def fc(result) -> int:
        return next(r["latency_cycles"] for r in result["layers"] if r["layer_name"] == "fc")

    assert fc(tuned) > fc(base)
    assert fc(model) > fc(evaluate(CNN / "model.onnx", "tiny", fidelity="timing"))
