"""Bad input: per-layer settings files and ``--layer-set`` items.

Generators: hypothesis draws a settings file with one fault (an unknown key, a value of the
wrong type or out of range, a layer the model does not have, a setting the chip cannot honour,
a bad structure) and ``--layer-set`` items with one fault (malformed, unknown key, bad value);
each compile must exit 2 naming the file (or item), the layer and the key, write no workload
and leave its inputs alone. Unreadable files and settings for a bare program are refused too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .toml_text import literal

MODEL = Path(__file__).resolve().parents[2] / "workloads" / "cnn-digits" / "model.onnx"
LAYERS = ("conv1", "conv2", "fc")
"""Weight layers of cnn-digits."""

INT_KEYS = {
    "input_bits": (2, 16),
    "bits_per_phase": (1, 16),
    "read_phases": (1, 8),
    "adc_gain": (-32, 31),
    "adc_itime_cycles": (0, 255),
}


def _bad_value(key: str) -> st.SearchStrategy[object]:
    """Values of ``key`` that no chip accepts (wrong type or outside the ISA's range)."""
    wrong_type = st.sampled_from(["6", True, 1.5, [1]])
    if key == "input_encoding":
        return st.sampled_from(["thermometer", "", 1, True])
    if key == "input_range":
        return st.sampled_from([0.0, -1.0, float("nan"), float("inf"), "1.0", True])
    if key in ("copies", "row_copies"):
        return st.integers(-5, 0) | wrong_type
    low, high = INT_KEYS[key]
    return st.integers(high + 1, high + 1000) | st.integers(low - 1000, low - 1) | wrong_type


KEYS = (*INT_KEYS, "input_encoding", "input_range", "copies", "row_copies")

BAD_ENTRIES = st.one_of(
    # (layer, key, value, words the message must hold besides the file)
    st.sampled_from(KEYS).flatmap(
        lambda k: st.tuples(st.sampled_from(LAYERS), st.just(k), _bad_value(k), st.just((k,)))
    ),
    st.tuples(
        st.sampled_from(LAYERS),
        st.sampled_from(["input_bit", "adc_itime", "gain", "Copies"]),
        st.integers(1, 4),
        st.just(()),
    ).map(lambda t: (t[0], t[1], t[2], (t[1],))),
    st.tuples(
        st.sampled_from(["relu1", "conv3", "FC", "logits"]),
        st.sampled_from(KEYS[:4]),
        st.just(4),
        st.just(("not a weight layer",)),
    ),
    # the chip (tiny: 8-bit DAC, SAR ADC, 8 crossbars) cannot honour these
    st.tuples(st.sampled_from(LAYERS), st.just("input_bits"), st.integers(9, 16), st.just(())),
    st.tuples(
        st.sampled_from(LAYERS), st.just("adc_itime_cycles"), st.integers(1, 255), st.just(())
    ),
    st.tuples(st.just("conv1"), st.just("copies"), st.integers(3, 64), st.just(())),
    st.tuples(st.just("fc"), st.just("copies"), st.integers(2, 64), st.just(())),
    # fc's 256 rows take 4 of tiny's 64-row crossbars: 2 row copies or more overflow the chip
    st.tuples(st.just("fc"), st.just("row_copies"), st.integers(2, 64), st.just(("crossbars",))),
)


def _compile(tmp: Path, *extra: str) -> tuple[Path, list[str]]:
    out = tmp / "out"
    return out, ["compile", str(MODEL), "--preset", "tiny", "-o", str(out), *extra]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry=BAD_ENTRIES, in_default=st.booleans())
def test_a_bad_settings_file_is_refused_naming_file_layer_and_key(
    tmp_path_factory, entry: tuple[str, str, object, tuple[str, ...]], in_default: bool
) -> None:
    layer, key, value, words = entry
    work = tmp_path_factory.mktemp("bad")
    path = work / "settings.toml"
    table = (
        "[default]" if in_default and "not a weight layer" not in words else f'[layer."{layer}"]'
    )
    path.write_text(f"version = 1\n{table}\n{key} = {literal(value)}\n", encoding="utf-8")
    before = snapshot(work)
    out, args = _compile(work, "--layer-settings", str(path))
    outcome = run_cli(args)
    names = [str(path), key, *words]
    if table != "[default]":
        names.append(f"'{layer}'")
    assert_refused(outcome, *names)
    assert not out.exists()
    assert_unchanged(work, before)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry=BAD_ENTRIES)
def test_a_bad_layer_set_item_is_refused_naming_layer_and_key(
    tmp_path_factory, entry: tuple[str, str, object, tuple[str, ...]]
) -> None:
    layer, key, value, words = entry
    work = tmp_path_factory.mktemp("item")
    before = snapshot(work)
    item = f"{layer}.{key}={literal(value)}"
    out, args = _compile(work, "--layer-set", item)
    assert_refused(run_cli(args), f"'{layer}'", key, *words)
    assert not out.exists()
    assert_unchanged(work, before)


MALFORMED = st.one_of(
    st.sampled_from(["fc", "fc=3", ".input_bits=3", "fc.=3", "input_bits=3", "fc.input_bits"]),
    st.text(st.sampled_from("abc_"), min_size=1, max_size=8),  # no dot, no '='
)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(item=MALFORMED)
def test_a_malformed_layer_set_item_is_refused(tmp_path_factory, item: str) -> None:
    work = tmp_path_factory.mktemp("malformed")
    out, args = _compile(work, "--layer-set", item)
    assert_refused(run_cli(args), "--layer-set", "LAYER.key=value")
    assert not out.exists()


STRUCTURES = [
    ("[default]\ninput_bits = 4\n", "version"),
    ("version = 2\n", "version"),
    ("version = 1\nlayers = 1\n", "layers"),
    ("version = 1\nlayer = 1\n", "layer"),
    ("version = 1\n[layer]\nfc = 4\n", "'fc'"),
    ("version = 1\n[default\n", "not valid TOML"),
    ("version = 1\n[default]\n[default]\n", "not valid TOML"),
]


@settings(
    max_examples=len(STRUCTURES),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(case=st.sampled_from(STRUCTURES))
def test_a_badly_structured_settings_file_is_refused(
    tmp_path_factory, case: tuple[str, str]
) -> None:
    text, named = case
    work = tmp_path_factory.mktemp("structure")
    path = work / "s.toml"
    path.write_text(text, encoding="utf-8")
    out, args = _compile(work, "--layer-settings", str(path))
    assert_refused(run_cli(args), str(path), named)
    assert not out.exists()


def test_unreadable_settings_files_are_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "latin1.toml").write_bytes(b"version = 1\n# caf\xe9\n")
    (tmp_path / "dir.toml").mkdir()
    for name, why in (
        ("missing.toml", "not found"),
        ("latin1.toml", "not UTF-8"),
        ("dir.toml", "directory"),
    ):
        out, args = _compile(tmp_path, "--layer-settings", str(tmp_path / name))
        assert_refused(run_cli(args), str(tmp_path / name), why)
        assert not out.exists()


def test_run_refuses_layer_settings_for_a_bare_program(tmp_path: Path) -> None:
    program = tmp_path / "p.s"
    program.write_text(".tile 0\n    li r1, 0\n    vrelu r1, r1, 4\n    halt\n", encoding="utf-8")
    before = snapshot(tmp_path)
    outcome = run_cli(["run", str(program), "--no-report", "--layer-set", "fc.input_bits=4"])
    assert_refused(outcome, str(program), "--layer-set", "bare program")
    assert_unchanged(tmp_path, before)


def test_a_workload_with_a_python_source_model_cannot_be_recompiled(tmp_path: Path) -> None:
    wl = tmp_path / "lstm"
    shutil.copytree(MODEL.parents[1] / "lstm", wl)
    before = snapshot(tmp_path)
    outcome = run_cli(["run", str(wl), "--no-report", "--layer-set", "*.input_bits=4"])
    assert_refused(outcome, str(wl), "source_model", "models.py")
    assert_unchanged(tmp_path, before)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry=BAD_ENTRIES)
def test_a_bad_table_in_the_onnx_metadata_is_refused_naming_the_model(
    tmp_path_factory, entry: tuple[str, str, object, tuple[str, ...]]
) -> None:
    import onnx

    layer, key, value, words = entry
    work = tmp_path_factory.mktemp("meta")
    model = onnx.load(str(MODEL))
    text = f'version = 1\n[layer."{layer}"]\n{key} = {literal(value)}\n'
    onnx.helper.set_model_props(model, {"aimcsim.layer_settings": text})
    path = work / "cnn.onnx"
    onnx.save(model, str(path))
    before = snapshot(work)
    out = work / "out"
    outcome = run_cli(["compile", str(path), "--preset", "tiny", "-o", str(out)])
    assert_refused(outcome, str(path), "aimcsim.layer_settings", f"'{layer}'", key, *words)
    assert not out.exists()
    assert_unchanged(work, before)


def test_a_damaged_recorded_table_is_refused_naming_the_manifest(tmp_path: Path) -> None:
    wl = tmp_path / "cnn"
    out, args = _compile(tmp_path, "--layer-set", "fc.input_bits=6")
    args[args.index(str(out))] = str(wl)
    assert run_cli(args).code == 0
    manifest = wl / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("input_bits = 6", "input_bits = 99"), encoding="utf-8")
    before = snapshot(tmp_path)
    outcome = run_cli(["run", str(wl), "--no-report", "--layer-set", "conv1.input_bits=5"])
    assert_refused(outcome, str(wl), "manifest", "'fc'", "input_bits")
    assert_unchanged(tmp_path, before)


def test_a_workload_sweep_refuses_layer_settings(tmp_path: Path) -> None:
    workload = MODEL.parent
    before = snapshot(workload)
    out = tmp_path / "sweep"
    args = ["sweep", str(workload), "--grid", "tile.adc.bits=6,8", "-o", str(out)]
    assert_refused(run_cli([*args, "--layer-set", "fc.input_bits=4"]), "--layer-set", "model")
    assert not out.exists()
    assert_unchanged(workload, before)


@pytest.mark.parametrize("value", ["0", "-2", "1.5", '"2"', "true", "3"])
def test_row_copies_a_model_or_chip_cannot_take_are_refused(tmp_path: Path, value: str) -> None:
    """Every bad row-copies value (not an integer >= 1, or more rows than tiny holds: fc's 256
    rows already take 4 of its 8 crossbars) exits 2 naming the layer and the key."""
    before = snapshot(tmp_path)
    out, args = _compile(tmp_path, "--layer-set", f"fc.row_copies={value}")
    assert_refused(run_cli(args), "'fc'", "row_copies")
    assert not out.exists()
    assert_unchanged(tmp_path, before)
