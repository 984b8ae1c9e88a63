"""Transformer and sequence families: compile, ideal error against onnxruntime, timing.

Run: ``python benchmarks/bench_families_seq.py [FAMILY ...]`` (from the repository root;
needs the ``exporters`` extra). Exports each family of ``tests/compiler/test_families_seq.py``
(small HF configs, ``torch.onnx.export(..., dynamo=False, opset_version=17)``), compiles it
for the ``standard`` preset on an 8 x 8 mesh (one slot, no duplication), runs two samples on
the ideal chip and prints one row per family: the largest error of any probed layer against
onnxruntime (relative to the layer's full scale; masked scores, -inf in onnxruntime, count
as the clamp ``MASK_LIMIT`` on both sides), the inference span and the whole run in ns
(weight programming included), or the one-line reason it does not compile. RoBERTa is
listed as the known refusal.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "compiler"))


def families() -> dict[str, tuple[Any, Any]]:
    """Family name -> (model, input batch of two samples)."""
    import test_families_seq as fam
    import torch
    import transformers as tr
    from hf_configs import AUDIO, VIT
    from test_families import Hidden

    torch.manual_seed(0)
    ids = torch.randint(0, 50, (2, 16))
    out: dict[str, tuple[Any, Any]] = {
        k: (Hidden(build()), ids) for k, build in {**fam.DECODERS, **fam.ENCODERS}.items()
    }
    roberta = tr.RobertaConfig(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    out["roberta"] = (Hidden(tr.RobertaModel(roberta, add_pooling_layer=False)), ids)
    vit = VIT
    deit = tr.DeiTConfig(image_size=32, patch_size=8, **vit)
    out["deit"] = (Hidden(tr.DeiTModel(deit, add_pooling_layer=False)), torch.randn(2, 3, 32, 32))
    swin = tr.SwinConfig(
        image_size=32, patch_size=4, embed_dim=16, depths=[2], num_heads=[2], window_size=4
    )
    out["swin"] = (Hidden(tr.SwinModel(swin)), torch.randn(2, 3, 32, 32))
    audio = AUDIO
    wave = torch.randn(2, 400)
    out["wav2vec2"] = (Hidden(tr.Wav2Vec2Model(tr.Wav2Vec2Config(**audio))), wave)
    out["hubert"] = (Hidden(tr.HubertModel(tr.HubertConfig(**audio))), wave)
    seq = torch.randn(2, 16, 32)
    out["nn.TransformerEncoderLayer"] = (fam.EncoderLayer(), seq)
    out["nn.TransformerEncoderLayer (pre-norm, GELU)"] = (
        fam.EncoderLayer(norm_first=True, activation="gelu"),
        seq,
    )
    out["nn.MultiheadAttention"] = (fam.SelfAttention(), seq)
    out["nn.GRU (bidirectional, batch first)"] = (fam.BiGruHead(), torch.randn(2, 10, 8))
    return out


def measure(model: Any, x: Any, work: Path) -> str:
    """One table row after the family name."""
    import onnx
    from test_real_exports import _export, _reference

    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.compiler.onnx_frontend import MASK_LIMIT
    from aimcsim.config.loader import load_arch
    from aimcsim.errors import AimcSimError
    from aimcsim.functional.executor import Executor, ideal_arch
    from aimcsim.timing import simulate_timing

    path = _export(model.eval(), (x[:1],), work / "m.onnx", ["x"], output_names=["y"])
    arch = load_arch(preset="standard", overrides=["chip.mesh_rows=8", "chip.mesh_cols=8"])
    t0 = time.perf_counter()
    try:
        wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
    except AimcSimError as exc:
        return f"no | {str(exc).split('. Supported operators')[0]}"
    samples = {"x": x.numpy()}
    res = Executor(wl, ideal_arch(arch)).run(samples)
    m = onnx.load(str(path))
    known = {o for n in m.graph.node for o in n.output}
    probes = {k: v for k, v in res.probes.items() if k in known}
    ref = _reference(m, samples, list(probes))
    worst = 0.0
    for k, y in probes.items():
        r = np.clip(ref[k].reshape(y.shape), -MASK_LIMIT, MASK_LIMIT)
        y = np.clip(y, -MASK_LIMIT, MASK_LIMIT)
        worst = max(worst, float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6))
    tr = simulate_timing(wl.program, arch)
    layers = tr.per_layer[tr.per_layer["layer"] >= 0]
    span = int(layers["end_cycle"].max()) - int(layers["start_cycle"].min())
    ns = 1000.0 / arch.chip.clock_mhz
    wall = time.perf_counter() - t0
    return (
        f"yes | {worst:.1e} ({len(probes)} probes) | {span * ns:.0f} | "
        f"{tr.total_cycles * ns:.0f} | {wall:.1f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="*", help="families to run (default: all)")
    args = ap.parse_args()
    table = families()
    print("family | compiles | ideal max error vs onnxruntime | inference ns | total ns | s")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names or list(table):
            model, x = table[name]
            print(f"{name} | {measure(model, x, Path(tmp))}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
