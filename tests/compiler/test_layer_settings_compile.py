"""The compiler honours a per-layer settings table: xcfg per crossbar, copies as replicas,
input ranges in the program, the model's metadata table, refusals naming layer and key."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.compiler.compile import compile_graph
from aimcsim.compiler.layer_settings import (
    ONNX_METADATA_KEY,
    dumps_layer_settings,
    loads_layer_settings,
    parse_layer_set,
)
from aimcsim.compiler.native import native_to_graph
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.isa import SPEC

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
CNN = WORKLOADS / "cnn-digits" / "model.onnx"

SEQ_MODEL = {
    "model": {"name": "seq", "seed": 2},
    "inputs": [{"name": "x", "shape": [6, 40]}],
    "layers": [
        {"type": "dense", "units": 80, "name": "proj"},  # 6 MVMs per sample (one per token)
        {"type": "relu", "name": "act"},
        {"type": "dense", "units": 10, "name": "head"},
    ],
}
VECTOR_MODEL = {
    "model": {"name": "vec", "seed": 4},
    "inputs": [{"name": "x", "shape": [40]}],
    "layers": [{"type": "dense", "units": 10, "name": "fc"}],  # one MVM per sample
}
LSTM_MODEL = {
    "model": {"name": "rnn", "seed": 1},
    "inputs": [{"name": "x", "shape": [5, 8]}],
    "layers": [{"type": "lstm", "hidden": 8, "name": "cell"}],
}


def _compile(model: dict, items: list[str], preset: str = "tiny", overrides=(), **opts):
    arch = load_arch(preset=preset, overrides=list(overrides))
    table = parse_layer_set(items) if items else None
    options = CompileOptions(n_slots=2, layer_settings=table, **opts)
    return compile_graph(native_to_graph(model), arch, options), arch


def _xcfgs(wl) -> dict[tuple[int, int], tuple[int, ...]]:
    return {
        (s.tile, i.operands[0]): i.operands[1:]
        for s in wl.program.streams.values()
        for i in s.instructions
        if i.mnemonic == "xcfg"
    }


def test_one_xcfg_per_crossbar_of_each_listed_layer_with_its_operands() -> None:
    wl, _ = _compile(
        SEQ_MODEL,
        ["proj.input_bits=5", "proj.read_phases=2", "proj.adc_gain=-1", "proj.bits_per_phase=2"],
        duplicate=False,
    )
    proj = {(b["tile"], b["xb"]) for b in wl.blocks.values() if b["layer"] == "proj"}
    got = _xcfgs(wl)
    assert set(got) == proj and len(proj) >= 2
    enc = SPEC.enum("encoding").code("bit_serial")
    assert set(got.values()) == {(enc, 5, 2, 2, -1, 0)}


def test_default_table_reaches_every_analog_layer_and_fills_the_chip_defaults() -> None:
    wl, arch = _compile(SEQ_MODEL, ["*.input_encoding=pulse_width", "head.input_bits=4"])
    got = _xcfgs(wl)
    assert set(got) == {(b["tile"], b["xb"]) for b in wl.blocks.values()}
    owner = {(b["tile"], b["xb"]): b["layer"] for b in wl.blocks.values()}
    pw = SPEC.enum("encoding").code("pulse_width")
    dac, phases = arch.tile.dac, arch.tile.crossbar.read_phases
    for key, ops in got.items():
        bits = 4 if owner[key] == "head" else dac.bits
        assert ops == (pw, bits, dac.bits_per_phase, phases, 0, 0)


def test_no_table_and_an_empty_table_emit_the_same_program_as_before() -> None:
    plain, _ = _compile(SEQ_MODEL, [])
    arch = load_arch(preset="tiny")
    empty = compile_graph(
        native_to_graph(SEQ_MODEL),
        arch,
        CompileOptions(n_slots=2, layer_settings=loads_layer_settings("version = 1", source="x")),
    )
    assert not _xcfgs(plain)
    assert plain.program == empty.program
    assert "layer_settings" not in plain.manifest["compiler"]


def test_copies_of_a_dense_layer_become_replicas_and_keep_the_values() -> None:
    wl1, arch = _compile(SEQ_MODEL, ["proj.copies=1"], duplicate=False)
    wl3, _ = _compile(SEQ_MODEL, ["proj.copies=3"], duplicate=False)
    rows = {la["name"]: la for la in wl3.layers}
    assert rows["proj"]["replicas"] == 3
    assert {b["replica"] for b in wl3.blocks.values() if b["layer"] == "proj"} == {0, 1, 2}
    assert (
        rows["proj"]["crossbars"] == 3 * {la["name"]: la for la in wl1.layers}["proj"]["crossbars"]
    )
    x = {"x": np.random.default_rng(0).normal(size=(4, 6, 40)).astype(np.float32)}
    ideal = ideal_arch(arch)
    out1 = Executor(wl1, ideal).run(x).outputs
    out3 = Executor(wl3, ideal).run(x).outputs
    for k in out1:
        np.testing.assert_allclose(out3[k], out1[k], rtol=1e-5, atol=1e-5)


def test_the_manifest_records_the_table_and_it_reads_back() -> None:
    items = ["proj.copies=2", "*.input_bits=6"]
    wl, _ = _compile(SEQ_MODEL, items)
    text = wl.manifest["compiler"]["layer_settings"]
    assert loads_layer_settings(text, source="manifest") == parse_layer_set(items)
    assert text == dumps_layer_settings(parse_layer_set(items))


def test_a_table_input_range_scales_the_layer_input_in_the_program() -> None:
    """standard (NM constant): the layer's range becomes a vaffine scale R / r before its
    MVMs and its inverse after; the ideal values do not change."""
    plain, arch = _compile(SEQ_MODEL, [], preset="standard")
    ranged, _ = _compile(SEQ_MODEL, ["proj.input_range=2.5"], preset="standard")
    rows = {la["name"]: la for la in ranged.layers}
    assert rows["proj"]["input_range"] == 2.5 and rows["head"]["input_range"] == 0.0
    scale = ranged.tensors["proj.in_scale"]
    assert np.allclose(
        scale[: scale.size // 2], ranged.manifest["compiler"]["chip_input_range"] / 2.5
    )
    count = lambda wl: sum(  # noqa: E731
        i.mnemonic == "vaffine" for s in wl.program.streams.values() for i in s.instructions
    )
    assert count(ranged) > count(plain)
    x = {"x": np.random.default_rng(1).normal(size=(4, 6, 40)).astype(np.float32)}
    a = Executor(plain, ideal_arch(arch)).run(x).outputs
    b = Executor(ranged, ideal_arch(arch)).run(x).outputs
    for k in a:
        np.testing.assert_allclose(b[k], a[k], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize(
    ("model", "items", "preset", "overrides", "named"),
    [
        (SEQ_MODEL, ["proj.input_bits=9"], "tiny", (), ("'proj'", "'input_bits'", "tile.dac.bits")),
        (
            SEQ_MODEL,
            ["head.bits_per_phase=7", "head.input_bits=6"],
            "tiny",
            (),
            ("'head'", "'bits_per_phase'"),
        ),
        (
            SEQ_MODEL,
            ["head.adc_itime_cycles=9"],
            "tiny",
            (),
            ("'head'", "'adc_itime_cycles'", "sar"),
        ),
        (
            SEQ_MODEL,
            ["*.adc_gain=2"],
            "tiny",
            ("io.out_bound=0",),
            ("'proj'", "'adc_gain'", "unbounded"),
        ),
        (
            SEQ_MODEL,
            ["proj.adc_itime_cycles=9"],
            "hermes",
            ("io.out_bound=0",),
            ("'proj'", "'adc_itime_cycles'"),
        ),
        (VECTOR_MODEL, ["fc.copies=2"], "tiny", (), ("'fc'", "'copies'", "1 MVM")),
        (SEQ_MODEL, ["proj.copies=7"], "tiny", (), ("'proj'", "'copies'", "6 MVM")),
        (
            SEQ_MODEL,
            ["proj.copies=6"],
            "tiny",
            ("chip.mesh_rows=1", "chip.mesh_cols=1"),
            ("proj.copies = 6",),
        ),
        (SEQ_MODEL, ["nope.copies=2"], "tiny", (), ("'nope'", "not a weight layer")),
        (SEQ_MODEL, ["act.input_bits=4"], "tiny", (), ("'act'", "not a weight layer")),
        (
            SEQ_MODEL,
            ["proj.input_range=1.0"],
            "tiny",
            ("io.noise_management=abs_max",),
            ("'proj'", "'input_range'", "abs_max"),
        ),
        (LSTM_MODEL, ["cell.copies=2"], "tiny", (), ("'cell'", "'copies'", "LSTM")),
        (LSTM_MODEL, ["cell.input_range=2.0"], "standard", (), ("'cell'", "'input_range'", "lstm")),
    ],
)
def test_settings_a_chip_or_model_cannot_honour_are_refused(
    model: dict, items: list[str], preset: str, overrides: tuple[str, ...], named: tuple[str, ...]
) -> None:
    with pytest.raises(CompileError) as info:
        _compile(model, items, preset=preset, overrides=overrides)
    for name in named:
        assert name in str(info.value)
    assert "--layer-set" in str(info.value) or "copies" in str(info.value)


def test_a_digital_layer_cannot_take_crossbar_settings() -> None:
    with pytest.raises(CompileError, match="'head' is forced digital"):
        _compile(SEQ_MODEL, ["head.input_bits=4"], digital=("head",))
    wl, _ = _compile(SEQ_MODEL, ["*.input_bits=4"], digital=("head",))  # the default skips it
    owner = {(b["tile"], b["xb"]): b["layer"] for b in wl.blocks.values()}
    assert {owner[k] for k in _xcfgs(wl)} == {"proj"}


def _with_metadata(tmp_path: Path, text: str) -> Path:
    model = onnx.load(str(CNN))
    onnx.helper.set_model_props(model, {ONNX_METADATA_KEY: text})
    path = tmp_path / "cnn.onnx"
    onnx.save(model, str(path))
    return path


def test_the_onnx_metadata_table_is_the_base_and_an_explicit_table_replaces_it(
    tmp_path: Path,
) -> None:
    path = _with_metadata(tmp_path, 'version = 1\n[layer."conv2"]\ninput_bits = 5\n')
    arch = load_arch(preset="tiny")
    own = compile_model(path, arch, CompileOptions(n_slots=1))
    assert {ops[1] for ops in _xcfgs(own).values()} == {5}
    assert loads_layer_settings(own.manifest["compiler"]["layer_settings"], source="m") == (
        parse_layer_set(["conv2.input_bits=5"])
    )
    other = compile_model(
        path, arch, CompileOptions(n_slots=1, layer_settings=parse_layer_set(["fc.input_bits=3"]))
    )
    owner = {(b["tile"], b["xb"]): b["layer"] for b in other.blocks.values()}
    assert {owner[k] for k in _xcfgs(other)} == {"fc"}


def test_a_bad_metadata_table_names_the_model_and_the_key(tmp_path: Path) -> None:
    path = _with_metadata(tmp_path, 'version = 1\n[layer."conv2"]\ninput_bitz = 5\n')
    with pytest.raises(Exception) as info:
        compile_model(path, load_arch(preset="tiny"), CompileOptions(n_slots=1))
    assert str(path) in str(info.value) and ONNX_METADATA_KEY in str(info.value)
    assert "'conv2'" in str(info.value) and "input_bitz" in str(info.value)
