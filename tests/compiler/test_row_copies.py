"""Row copies (``row_copies``): the layer's weight rows stacked k times, its input repeated,
the column sums scaled by 1/k; values equal the original, programming noise averages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.compiler.compile import compile_graph
from aimcsim.compiler.layer_settings import (
    dumps_layer_settings,
    loads_layer_settings,
    parse_layer_set,
)
from aimcsim.compiler.native import native_to_graph
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError, InputFileError
from aimcsim.functional.executor import Executor, ideal_arch

CNN = Path(__file__).resolve().parents[2] / "workloads" / "cnn-digits" / "model.onnx"

DENSE_MODEL = {
    "model": {"name": "vec", "seed": 4},
    "inputs": [{"name": "x", "shape": [40]}],
    "layers": [{"type": "dense", "units": 16, "name": "fc"}],
}
LSTM_MODEL = {
    "model": {"name": "rnn", "seed": 1},
    "inputs": [{"name": "x", "shape": [5, 8]}],
    "layers": [{"type": "lstm", "hidden": 8, "name": "cell"}],
}


def _compile(model: dict, items: list[str], preset: str = "tiny", overrides=()):
    arch = load_arch(preset=preset, overrides=list(overrides))
    table = parse_layer_set(items) if items else None
    options = CompileOptions(n_slots=2, layer_settings=table, duplicate=False)
    return compile_graph(native_to_graph(model), arch, options), arch


def test_the_key_parses_round_trips_and_refuses_values_below_one() -> None:
    table = parse_layer_set(["fc.row_copies=3", "*.row_copies=2"])
    assert table.for_layer("fc").row_copies == 3
    assert table.for_layer("other").row_copies == 2
    assert loads_layer_settings(dumps_layer_settings(table), source="t") == table
    with pytest.raises(CompileError, match=r"layer 'fc' key 'row_copies'.*>= 1"):
        parse_layer_set(["fc.row_copies=0"])
    with pytest.raises(InputFileError, match=r"s\.toml.*layer 'fc' key 'row_copies'.*integer"):
        loads_layer_settings('version = 1\n[layer."fc"]\nrow_copies = 1.5\n', source="s.toml")


def test_the_layer_matrix_is_k_times_taller_and_spans_more_crossbars() -> None:
    one, _ = _compile(DENSE_MODEL, [])
    three, arch = _compile(DENSE_MODEL, ["fc.row_copies=3"])
    assert max(b["row1"] for b in three.blocks.values()) == 3 * 40
    assert len(three.blocks) == -(-3 * 40 // arch.tile.crossbar.rows) * len(one.blocks)


def test_ideal_run_of_a_row_copied_cnn_equals_onnxruntime() -> None:
    arch = load_arch(preset="yu2025-rram")
    sess = ort.InferenceSession(str(CNN))
    inp = sess.get_inputs()[0]
    x = np.random.default_rng(0).random((3, *inp.shape[1:])).astype(np.float32)
    want = sess.run(None, {inp.name: x})[0]
    for k in (2, 3):
        table = parse_layer_set([f"*.row_copies={k}"])
        wl = compile_model(CNN, arch, CompileOptions(n_slots=2, layer_settings=table))
        assert max(b["row1"] for b in wl.blocks.values() if b["layer"] == "fc") == k * 256
        got = next(iter(Executor(wl, ideal_arch(arch)).run({inp.name: x}).outputs.values()))
        np.testing.assert_allclose(got.reshape(want.shape), want, rtol=1e-4, atol=1e-4)


POINTWISE_MODEL = {
    "model": {"name": "pw", "seed": 3},
    "inputs": [{"name": "x", "shape": [3, 5, 5]}],
    "layers": [
        {"type": "conv", "filters": 4, "kernel": 1, "name": "pw"},  # input read in place
        {"type": "relu", "name": "act"},
        {"type": "conv", "filters": 2, "kernel": 3, "pads": 1, "name": "c3"},  # im2col patch
    ],
}


def test_ideal_run_of_row_copied_1x1_and_3x3_convs_equals_the_original() -> None:
    x = {"x": np.random.default_rng(2).normal(size=(2, 3, 5, 5)).astype(np.float32)}
    plain, arch = _compile(POINTWISE_MODEL, [])
    copied, _ = _compile(POINTWISE_MODEL, ["pw.row_copies=3", "c3.row_copies=2"])
    assert {b["layer"]: b["row1"] for b in copied.blocks.values()} == {"pw": 9, "c3": 72}
    want = Executor(plain, ideal_arch(arch)).run(x).outputs
    got = Executor(copied, ideal_arch(arch)).run(x).outputs
    for k in want:
        np.testing.assert_allclose(got[k], want[k], rtol=1e-5, atol=1e-5)


def test_programming_noise_of_the_output_falls_like_one_over_sqrt_k() -> None:
    prog_only = (
        "noise.read_noise_scale=0",
        "noise.drift_scale=0",
        "io.is_perfect=true",
    )
    x = {"x": np.random.default_rng(1).normal(size=(64, 40)).astype(np.float32)}
    rms = {}
    for k in (1, 4):
        wl, arch = _compile(DENSE_MODEL, [f"fc.row_copies={k}"], "aihwkit-default", prog_only)
        ideal = Executor(wl, ideal_arch(arch)).run(x).outputs["fc"]
        errors = [Executor(wl, arch, seed=s).run(x).outputs["fc"] - ideal for s in range(4)]
        rms[k] = float(np.sqrt(np.mean(np.square(errors))))
    assert 1.6 < rms[1] / rms[4] < 2.5  # sqrt(4) = 2


def test_row_copies_that_cannot_be_honoured_are_refused_naming_layer_and_key() -> None:
    with pytest.raises(CompileError, match=r"layer 'cell' key 'row_copies' = 2: .*lstm"):
        _compile(LSTM_MODEL, ["cell.row_copies=2"])
    with pytest.raises(CompileError, match=r"layer 'fc' key 'row_copies' = 5000: .*crossbars"):
        _compile(DENSE_MODEL, ["fc.row_copies=5000"])
