"""Weight duplication: replicas of the slowest layer on free crossbars keep the values exact
and shorten the pipeline."""

from __future__ import annotations

import onnx
import pytest
from helpers import assert_layers_match, ort_values

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.energy.ledger import inference_span_cycles
from aimcsim.functional.executor import Executor
from aimcsim.timing import simulate_timing

IDEAL = ["noise.model=ideal", "io.is_perfect=true"]


@pytest.fixture(scope="module")
def cnn(models_mod, tmp_path_factory):
    model, samples, _labels = models_mod.build_cnn_digits()
    path = tmp_path_factory.mktemp("dup") / "model.onnx"
    onnx.save(model, str(path))
    arch = load_arch("tiny")
    compiled = {
        dup: compile_model(path, arch, CompileOptions(n_slots=4, duplicate=dup), preset="tiny")
        for dup in (False, True)
    }
    return model, {k: v[:16] for k, v in samples.items()}, compiled


def _layer(wl, name):
    return next(la for la in wl.layers if la["name"] == name)


def test_slowest_layer_is_replicated_only_when_asked(cnn):
    _, _, compiled = cnn
    # conv1 runs 64 MVMs per sample, far more than any other layer: it gets the free crossbars.
    assert _layer(compiled[False], "conv1")["replicas"] == 1
    assert _layer(compiled[True], "conv1")["replicas"] >= 2


def test_replicas_compute_the_same_values(cnn):
    model, samples, compiled = cnn
    arch = load_arch("tiny", overrides=IDEAL)
    res = Executor(compiled[True], arch).run(samples)
    assert_layers_match(res.probes, ort_values(model, samples, list(res.probes)))


def test_replicas_shorten_the_pipeline(cnn):
    _, _, compiled = cnn
    arch = load_arch("tiny")
    spans = {}
    for dup, wl in compiled.items():
        timing = simulate_timing(wl.program, arch)
        spans[dup] = inference_span_cycles(timing.per_layer, timing.total_cycles)
        conv1 = _layer(wl, "conv1")["id"]
        spans[(dup, "conv1")] = timing.layer(conv1)["latency_cycles"]
    assert spans[(True, "conv1")] < spans[(False, "conv1")]
    assert spans[True] < spans[False]
