"""Native TOML model description: compile, ideal run vs numpy, CLI, error messages."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from aimcsim.compiler import CompileOptions, compile_model, load_model
from aimcsim.compiler.lstm import lstm_reference
from aimcsim.compiler.native import native_to_graph
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch

ROOT = Path(__file__).resolve().parents[2]

MODEL = """
[model]
name = "rnn"

[[inputs]]
name = "x"
shape = [12, 8]

[[layers]]
type = "dense"
name = "proj"
units = 16
weight = "proj.w"
bias = "proj.b"
activation = "relu"

[[layers]]
type = "lstm"
name = "rnn"
hidden = 32
W = "rnn.W"
R = "rnn.R"
B = "rnn.B"

[[layers]]
type = "add"
name = "res"
inputs = ["rnn", "rnn"]

[[layers]]
type = "layernorm"
name = "ln"

[[layers]]
type = "dense"
name = "head"
units = 5
weight = "head.w"
"""


def _sig(v):
    return 1 / (1 + np.exp(-v))


def _weights():
    rng = np.random.default_rng(0)
    return {
        "proj.w": 0.3 * rng.standard_normal((16, 8)),
        "proj.b": 0.1 * rng.standard_normal(16),
        "rnn.W": 0.3 * rng.standard_normal((128, 16)),
        "rnn.R": 0.3 * rng.standard_normal((128, 32)),
        "rnn.B": 0.1 * rng.standard_normal(256),
        "head.w": 0.3 * rng.standard_normal((5, 32)),
    }


def _reference(x, w):
    """Independent numpy forward pass of MODEL (ONNX LSTM equations written out)."""
    a = np.maximum(x @ w["proj.w"].T + w["proj.b"], 0)
    hdim = 32
    h = np.zeros((x.shape[0], hdim))
    c = np.zeros_like(h)
    b = w["rnn.B"][:128] + w["rnn.B"][128:]
    hs = []
    for t in range(x.shape[1]):
        z = a[:, t] @ w["rnn.W"].T + h @ w["rnn.R"].T + b
        i, o, f, g = (z[:, k * hdim : (k + 1) * hdim] for k in range(4))
        c = _sig(f) * c + _sig(i) * np.tanh(g)
        h = _sig(o) * np.tanh(c)
        hs.append(h)
    r = 2 * np.stack(hs, axis=1)
    ln = (r - r.mean(-1, keepdims=True)) / np.sqrt(r.var(-1, keepdims=True) + 1e-5)
    return {"proj": a, "rnn": r / 2, "ln": ln, "head": ln @ w["head.w"].T}


def test_native_toml_matches_numpy(tmp_path):
    (tmp_path / "m.toml").write_text(MODEL, encoding="utf-8")
    w = _weights()
    np.savez(tmp_path / "m.npz", **w)
    arch = load_arch(preset="tiny")
    wl = compile_model(tmp_path / "m.toml", arch, CompileOptions(n_slots=2))
    x = np.random.default_rng(2).standard_normal((5, 12, 8)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    ref = _reference(x.astype(np.float64), w)
    for name, r in ref.items():
        y = res.probes[name]
        err = np.abs(y - r).max() / np.abs(r).max()
        assert err < 1e-4, f"{name}: {err:.2e}"


def test_readme_example_compiles_and_matches_reference(tmp_path):
    text = (ROOT / "workloads" / "README.md").read_text(encoding="utf-8")
    toml = re.search(r"```toml\n(.*?)```", text, re.S)
    assert toml is not None
    (tmp_path / "seq.toml").write_text(toml.group(1), encoding="utf-8")
    g = load_model(tmp_path / "seq.toml")
    p = {k: v.astype(np.float64) for k, v in g.params.items()}
    arch = load_arch(preset="tiny")
    wl = compile_model(tmp_path / "seq.toml", arch, CompileOptions(n_slots=1))
    x = np.random.default_rng(3).standard_normal((4, 16, 8)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    a = np.tanh(x @ p["proj.w"].T + p["proj.b"])
    hs = lstm_reference(a, p["rnn.w"], p["rnn.b"], 32)[:, -1:]
    z = hs @ p["logits.w"].T + p["logits.b"]
    e = np.exp(z - z.max(-1, keepdims=True))
    probs = e / e.sum(-1, keepdims=True)
    assert np.abs(res.outputs["probs"] - probs).max() < 1e-5
    assert res.outputs["probs"].shape == (4, 1, 10)


def test_cli_compiles_toml(tmp_path, capsys):
    from aimcsim.cli import main

    (tmp_path / "m.toml").write_text(MODEL, encoding="utf-8")
    np.savez(tmp_path / "m.npz", **_weights())
    rc = main(["compile", str(tmp_path / "m.toml"), "--preset", "tiny", "-o", str(tmp_path / "w")])
    assert rc == 0 and "compiled rnn" in capsys.readouterr().out


def test_conv_model_from_dict():
    spec = {
        "inputs": [{"name": "img", "shape": [2, 6, 6]}],
        "layers": [
            {"type": "conv", "filters": 4, "kernel": 3, "pads": 1, "activation": "relu"},
            {"type": "maxpool", "kernel": 2},
            {"type": "flatten"},
            {"type": "dense", "units": 3},
        ],
    }
    g = native_to_graph(spec)
    assert [n.op for n in g.nodes] == ["conv", "relu", "maxpool", "reshape", "dense"]
    assert g.shapes[g.outputs[0]] == (3,)


@pytest.mark.parametrize(
    "layer,msg",
    [
        (
            {"type": "lstn", "hidden": 4},
            r"m\.toml: layers\[0\].*unknown layer type 'lstn'; "
            r"did you mean 'lstm'",
        ),
        (
            {"type": "dense", "units": 4, "wieght": "a"},
            r"layers\[0\] \('dense0', dense\): "
            r"unknown key 'wieght'; did you mean 'weight'",
        ),
        (
            {"type": "dense", "units": 4, "weight": "w"},
            r"weight = 'w' has shape \(4, 3\), "
            r"expected \(4, 8\)",
        ),
        ({"type": "add", "inputs": ["x", "y"]}, r"inputs 'x' \(12, 8\) and 'y' \(12, 4\) differ"),
        ({"type": "lstm", "hidden": 4, "return": "all"}, r"return = 'all'"),
    ],
)
def test_native_errors_name_file_layer_and_key(tmp_path, layer, msg):
    def val(v):
        return f'"{v}"' if isinstance(v, str) else str(v).replace("'", '"')

    body = "\n".join(f"{k} = {val(v)}" for k, v in layer.items())
    (tmp_path / "m.toml").write_text(
        '[[inputs]]\nname = "x"\nshape = [12, 8]\n[[inputs]]\nname = "y"\nshape = [12, 4]\n'
        f"[[layers]]\n{body}\n",
        encoding="utf-8",
    )
    np.savez(tmp_path / "m.npz", w=np.zeros((4, 3)))
    with pytest.raises(CompileError, match=msg):
        load_model(tmp_path / "m.toml")
