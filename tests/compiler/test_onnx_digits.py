"""mlp-digits / cnn-digits: ONNX -> workload -> functional run vs onnxruntime, layer by layer."""

from __future__ import annotations

import onnx
import pytest
from helpers import assert_layers_match, ort_values

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.functional.executor import Executor, ideal_arch, run_functional
from aimcsim.workload import load_workload, save_workload

IDEAL = ["noise.model=ideal", "io.is_perfect=true"]


@pytest.fixture(scope="module", params=["mlp_digits", "cnn_digits"])
def built(request, models_mod, tmp_path_factory):
    model, samples, labels = getattr(models_mod, f"build_{request.param}")()
    d = tmp_path_factory.mktemp(request.param)
    onnx.save(model, str(d / "model.onnx"))
    arch = load_arch(preset="tiny")
    wl = compile_model(
        d / "model.onnx",
        arch,
        CompileOptions(n_slots=3),
        samples=samples,
        labels=labels,
        preset="tiny",
    )
    save_workload(wl, d / "wl")
    return model, samples, labels, load_workload(d / "wl")


def test_ideal_run_matches_onnxruntime_layer_by_layer(built):
    model, samples, _, wl = built
    arch = load_arch(preset="tiny", overrides=IDEAL)
    res = Executor(wl, arch).run(samples)
    ref = ort_values(model, samples, list(res.probes))
    assert set(res.probes) >= {la["output"] for la in wl.layers if la["kind"] != "reshape"}
    assert_layers_match(res.probes, ref)
    out = wl.manifest["outputs"][0]["name"]
    assert_layers_match({out: res.outputs[out]}, ort_values(model, samples, [out]))


def test_default_converters_within_one_percent_top1(built):
    _, _, _, wl = built
    arch = load_arch(preset="tiny", overrides=["noise.model=ideal"])
    r = run_functional(wl, arch, seed=1)
    assert r.top1_ideal is not None and r.top1_ideal > 0.9
    assert r.top1 >= r.top1_ideal - 0.01
    assert all(la.cosine > 0.98 for la in r.layers)


def test_pcm_noise_reports_metrics(built):
    _, _, _, wl = built
    r = run_functional(wl, load_arch(preset="tiny"), n_samples=64)
    assert r.n_samples == 64
    for la in r.layers:
        assert 0 < la.rel_error < 0.5 and la.snr_db > 5 and la.cosine > 0.9


def test_ideal_arch_is_ideal():
    a = ideal_arch(load_arch(preset="tiny"))
    assert a.noise.model == "ideal" and a.io.is_perfect
