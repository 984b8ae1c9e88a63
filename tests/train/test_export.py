"""``aimcsim train`` end to end on small data: the exported model, its metadata, the layer
settings file, determinism, and that ``compile`` maps the retrained model as the original."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper
from robustness.conftest import run_cli

from .conftest import workload_model

pytest.importorskip("torch")


def _train(model: Path, samples: Path, out: Path, *extra: str, preset: str = "tiny") -> str:
    res = run_cli(
        ["-q", "train", str(model), "--preset", preset, "--set", "tile.adc.bits=5",
         "--samples", str(samples), "--epochs", "2", "--t-inference", "1h", "-o", str(out),
         *extra]
    )  # fmt: skip
    assert res.exception is None and res.code == 0, res.err
    return res.out


@pytest.fixture(scope="module")
def trained(digits_train, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("trained") / "mlp.onnx"
    _train(workload_model("mlp-digits"), digits_train["mlp-digits"], out)
    return out


def _meta(model) -> dict[str, str]:
    return {p.key: p.value for p in model.metadata_props}


def test_metadata_records_float_top1_and_how_it_was_trained(trained):
    model = onnx.load(str(trained))
    meta = _meta(model)
    # tiny rescales every input vector (abs_max noise management): no range is learned
    assert tomllib.loads(meta["aimcsim.layer_settings"]) == {"version": 1}
    assert meta["aimcsim.layer_settings"] == trained.with_name("mlp.layers.toml").read_text()
    assert 0.5 < float(meta["aimcsim.float_top1"]) <= 1.0
    info = json.loads(meta["aimcsim.train"])
    assert info["preset"] == "tiny"
    assert info["overrides"] == ["tile.adc.bits=5"]
    assert info["epochs"] == 2
    assert info["seed"] == 0
    assert info["t_inference_s"] == 3600.0
    assert info["n_train"] + info["n_val"] == 200
    assert model.producer_name == "aimcsim train"


@pytest.fixture(scope="module")
def trained_static(digits_train, tmp_path_factory) -> Path:
    """mlp-digits trained for ``standard`` (static noise management: ranges are learned)."""
    out = tmp_path_factory.mktemp("static") / "mlp.onnx"
    _train(workload_model("mlp-digits"), digits_train["mlp-digits"], out, preset="standard")
    return out


def test_learned_ranges_are_the_layer_settings_table(trained_static):
    meta = _meta(onnx.load(str(trained_static)))
    table = tomllib.loads(meta["aimcsim.layer_settings"])
    assert table["version"] == 1
    assert set(table["layer"]) == {"fc1", "fc2"}
    for settings in table["layer"].values():
        assert set(settings) == {"input_range"}
        assert 0.05 < settings["input_range"] < 100
    assert meta["aimcsim.layer_settings"] == trained_static.with_name("mlp.layers.toml").read_text()
    assert json.loads(meta["aimcsim.train"])["preset"] == "standard"


def test_same_graph_same_initialiser_layout(trained):
    orig = onnx.load(str(workload_model("mlp-digits")))
    new = onnx.load(str(trained))
    assert new.graph.node == orig.graph.node
    assert [i.name for i in new.graph.input] == [i.name for i in orig.graph.input]
    before = {t.name: numpy_helper.to_array(t) for t in orig.graph.initializer}
    after = {t.name: numpy_helper.to_array(t) for t in new.graph.initializer}
    assert list(after) == list(before)
    for name, arr in before.items():
        assert after[name].shape == arr.shape and after[name].dtype == arr.dtype
    changed = any(not np.array_equal(after[k], before[k]) for k in before)
    assert changed == (json.loads(_meta(new)["aimcsim.train"])["best_epoch"] > 0)


def test_export_replaces_initialisers_in_place():
    from aimcsim.train.export import trained_model

    orig = onnx.load(str(workload_model("mlp-digits")))
    w1 = numpy_helper.to_array(next(t for t in orig.graph.initializer if t.name == "w1"))
    out = trained_model(orig, {"w1": w1.astype(np.float64) + 1.0}, "version = 1\n", 0.5, {})
    got = {t.name: numpy_helper.to_array(t) for t in out.graph.initializer}
    assert got["w1"].dtype == np.float32
    np.testing.assert_array_equal(got["w1"], w1 + 1.0)
    assert [t.name for t in out.graph.initializer] == [t.name for t in orig.graph.initializer]
    assert out.graph.node == orig.graph.node
    again = trained_model(out, {}, "version = 1\n", 0.25, {"seed": 1})
    assert _meta(again)["aimcsim.float_top1"] == "0.25"  # replaced, not duplicated
    assert [p.key for p in again.metadata_props].count("aimcsim.float_top1") == 1


def test_compile_maps_the_retrained_model_as_the_original(trained, tmp_path):
    for name, model in (("orig", workload_model("mlp-digits")), ("hwa", trained)):
        res = run_cli(["-q", "compile", str(model), "--preset", "tiny", "-o", str(tmp_path / name)])
        assert res.code == 0, res.err
    manifests = [
        tomllib.loads((tmp_path / name / "manifest.toml").read_text()) for name in ("orig", "hwa")
    ]
    layers = [[(la["name"], la["kind"], la.get("tiles")) for la in m["layers"]] for m in manifests]
    assert layers[0] == layers[1]


def test_same_seed_same_bytes_other_seed_other_weights(digits_train, trained, tmp_path):
    again = tmp_path / "again.onnx"
    _train(workload_model("mlp-digits"), digits_train["mlp-digits"], again)
    assert again.read_bytes() == trained.read_bytes()
    assert again.with_name("again.layers.toml").read_bytes() == (
        trained.with_name("mlp.layers.toml").read_bytes()
    )
    other = tmp_path / "other.onnx"
    _train(workload_model("mlp-digits"), digits_train["mlp-digits"], other, "--seed", "1")
    assert other.read_bytes() != trained.read_bytes()


def test_an_earlier_output_is_replaced(digits_train, tmp_path):
    out = tmp_path / "m.onnx"
    model = workload_model("mlp-digits")
    _train(model, digits_train["mlp-digits"], out, "--epochs", "1")
    first = out.read_bytes()
    _train(model, digits_train["mlp-digits"], out, "--seed", "5")
    assert out.read_bytes() != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.layers.toml", "m.onnx"]


def test_cnn_trains_and_reports_progress(digits_train, tmp_path, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="aimcsim.train.loop")
    out = _train(workload_model("cnn-digits"), digits_train["cnn-digits"], tmp_path / "c.onnx")
    assert "input ranges: none learned" in out
    epochs = [r.getMessage() for r in caplog.records if r.getMessage().startswith("epoch")]
    assert len(epochs) == 3  # before training, then each epoch
    assert "validation top-1" in epochs[-1] and "on the chip" in epochs[-1]


def test_compile_uses_the_learned_ranges(trained_static, tmp_path):
    table = tomllib.loads(_meta(onnx.load(str(trained_static)))["aimcsim.layer_settings"])
    res = run_cli(["-q", "compile", str(trained_static), "--preset", "standard", "-o", "wl"])
    assert res.code == 0, res.err
    manifest = tomllib.loads((tmp_path / "wl" / "manifest.toml").read_text())
    compiled = {la["name"]: la["input_range"] for la in manifest["layers"] if "input_range" in la}
    assert compiled == {k: v["input_range"] for k, v in table["layer"].items()}
    assert compiled["fc2"] != compiled["fc1"]
