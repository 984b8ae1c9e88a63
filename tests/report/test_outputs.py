"""Model outputs from the CLI (``--save-outputs``) and the API (``RunResult.outputs``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import aimcsim
from aimcsim.cli import main as cli_main
from aimcsim.errors import ProgramError, WorkloadError
from aimcsim.report.html import with_unit

MLP = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
N = 64


def _run(*args: str) -> int:
    return cli_main(["run", str(MLP), "--no-report", *args])


def _onnxruntime_logits(x: np.ndarray) -> np.ndarray:
    ort = pytest.importorskip("onnxruntime")
    session = ort.InferenceSession(str(MLP / "model.onnx"), providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return np.concatenate([session.run(None, {name: row[None]})[0] for row in x])


def test_saved_ideal_outputs_equal_onnxruntime_and_the_api(tmp_path: Path) -> None:
    out = tmp_path / "o.npz"
    assert _run("--samples", str(N), "--t-inference", "0,1h", "--save-outputs", str(out)) == 0
    with np.load(out) as z:
        saved = {k: z[k] for k in z.files if k != "aimcsim_outputs_format"}
    assert sorted(saved) == ["logits@ideal", "logits@t=0s", "logits@t=3600s"]
    x = aimcsim.load_workload(MLP).inputs()["x"][:N]
    np.testing.assert_allclose(saved["logits@ideal"], _onnxruntime_logits(x), rtol=0, atol=1e-4)
    # The noisy outputs differ from the ideal ones, and drift changes them further.
    assert not np.allclose(saved["logits@t=0s"], saved["logits@ideal"])
    assert not np.allclose(saved["logits@t=0s"], saved["logits@t=3600s"])

    result = aimcsim.simulate(MLP, n_samples=N, t_inference_s=[0.0, 3600.0])  # no arch
    assert result.outputs is not None
    assert sorted(result.outputs) == sorted(saved)
    for key, value in saved.items():
        np.testing.assert_array_equal(result.outputs[key], value)


def test_new_inputs_replace_the_shipped_samples() -> None:
    x = aimcsim.load_workload(MLP).inputs()["x"][:5]
    result = aimcsim.simulate(MLP, inputs=x[::-1].copy())
    assert result.outputs is not None
    ideal = result.outputs["logits@ideal"]
    assert ideal.shape == (5, 10)
    np.testing.assert_allclose(ideal, _onnxruntime_logits(x[::-1]), rtol=0, atol=1e-4)
    assert result.summary["top1"] is None  # new inputs carry no labels
    assert np.isfinite(result.summary["mean_rel_error"])


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (np.zeros((3, 7), np.float32), "shape (3, 7)"),
        ({"y": np.zeros((3, 64), np.float32)}, "unknown ['y']"),
        (np.full((2, 64), np.nan, np.float32), "NaN"),
        (np.zeros((0, 64), np.float32), "N >= 1"),
        (np.array([["a"] * 64]), "not numeric"),
    ],
)
def test_bad_inputs_are_refused(inputs: object, message: str) -> None:
    with pytest.raises(WorkloadError, match=None) as info:
        aimcsim.simulate(MLP, inputs=inputs, functional=True)  # type: ignore[arg-type]
    assert message in str(info.value)


def test_another_chip_names_the_workloads_own_chip() -> None:
    arch = aimcsim.load_arch("tiny", overrides=["tile.crossbar.rows=32"])
    with pytest.raises(ProgramError, match="compiled for --preset tiny"):
        aimcsim.simulate(MLP, arch, functional=False)


def test_save_outputs_replaces_only_its_own_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.npz"
    notes.write_bytes(b"my data")
    assert _run("--samples", "4", "--save-outputs", str(notes)) == 2
    assert notes.read_bytes() == b"my data"
    out = tmp_path / "o.npz"
    for _ in range(2):  # the second run replaces the first one's file
        assert _run("--samples", "4", "--save-outputs", str(out)) == 0
    assert _run("--samples", "4", "--save-outputs", str(tmp_path / "o.txt")) == 2
    assert not (tmp_path / "o.txt").exists()


def test_result_renders_in_a_notebook() -> None:
    result = aimcsim.simulate(MLP, n_samples=8)
    html = result._repr_html_()
    assert "inference span" in html and "fc1" in html and "top-1" in html
    assert with_unit(result.summary["inference_ns"], "time_ns") in html


def test_run_json_records_every_dependency_version(tmp_path: Path) -> None:
    result = aimcsim.simulate(MLP, n_samples=4, functional=False)
    versions = result.meta["versions"]
    for dist in ("numpy", "numba", "scipy", "onnx", "onnxruntime", "simpy", "pandas"):
        assert versions[dist] not in ("", "absent"), dist
