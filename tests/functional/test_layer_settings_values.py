"""Per-layer crossbar settings in the value model: fewer input bits on a layer give it a larger
error, and the same table gives byte-identical results."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aimcsim.compiler import CompileOptions, compile_model, load_samples
from aimcsim.compiler.layer_settings import parse_layer_set
from aimcsim.config.loader import load_arch
from aimcsim.simulation import simulate

MLP = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
N_SAMPLES = 64


def _run(items: list[str], seed: int = 0):
    arch = load_arch(preset="tiny")
    samples, labels = load_samples(MLP / "tensors.npz")
    table = parse_layer_set(items) if items else None
    wl = compile_model(
        MLP / "model.onnx",
        arch,
        CompileOptions(layer_settings=table),
        samples=samples,
        labels=labels,
    )
    return simulate(wl, arch, seed=seed, n_samples=N_SAMPLES)


def _error(result, layer: str) -> float:
    return float(result.layers.set_index("layer_name").loc[layer, "rel_error"])


@pytest.fixture(scope="module")
def default_run():
    return _run([])


def test_fewer_input_bits_on_a_layer_give_it_a_larger_error(default_run) -> None:
    """tiny (8-bit DAC): fc1 at 4 and 3 input bits; the error grows as the bits shrink."""
    runs = {bits: _run([f"fc1.input_bits={bits}"]) for bits in (4, 3)}
    assert _error(runs[3], "fc1") > _error(runs[4], "fc1") > _error(default_run, "fc1")
    for bits, run in runs.items():
        row = run.layers.set_index("layer_name").loc["fc1"]
        assert row["input_bits"] == bits and row["input_encoding"] == "bit_serial"
    assert default_run.layers.set_index("layer_name").loc["fc1", "input_bits"] == 8


def test_a_pulse_width_layer_runs_and_is_reported(default_run) -> None:
    pw = _run(["fc2.input_encoding=pulse_width", "fc2.input_bits=6"])
    row = pw.layers.set_index("layer_name").loc["fc2"]
    assert row["input_encoding"] == "pulse_width" and row["input_bits"] == 6
    assert np.isfinite(_error(pw, "fc2"))


def test_the_same_table_gives_byte_identical_results() -> None:
    items = ["fc1.input_bits=5", "*.read_phases=2", "fc2.adc_gain=1"]
    a, b = _run(items, seed=3), _run(items, seed=3)
    assert a.outputs.keys() == b.outputs.keys() and a.outputs
    for key, value in a.outputs.items():
        assert value.tobytes() == b.outputs[key].tobytes()
    assert a.layers.to_csv() == b.layers.to_csv()
