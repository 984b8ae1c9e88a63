"""Regenerate the shipped workloads: ``python workloads/build.py [NAME ...]``.

Each workload is built from a model made here (trained on scikit-learn's bundled digits, or
with torch on Fashion-MNIST from Debian's ``dataset-fashion-mnist`` package for
``cnn-fashion``, or synthetic from a seed), written as ``workloads/<name>/model.onnx`` (or
``model.toml``) when small, and compiled with the preset and options listed in
:data:`WORKLOADS`, which are also recorded in each ``manifest.toml``. Everything is
deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

WORKLOADS: dict[str, dict] = {
    "mlp-digits": {
        "builder": "build_mlp_digits",
        "preset": "tiny",
        "set": [],
        "slots": 4,
        "ship_model": True,
    },
    "cnn-digits": {
        "builder": "build_cnn_digits",
        "preset": "tiny",
        "set": [],
        "slots": 4,
        "ship_model": True,
    },
    "cnn-fashion": {
        "builder": "build_cnn_fashion",
        "preset": "yu2025-rram",
        "set": [],
        "slots": 4,
        "ship_model": True,
    },
    "mlp4": {
        "builder": "build_mlp4",
        "preset": "hermes",
        "set": ["chip.mesh_rows=10", "chip.mesh_cols=10"],
        "slots": 4,
        "ship_model": False,
        "synthetic": True,
    },
    "resnet18": {
        "builder": "build_resnet18",
        "preset": "hermes",
        "set": ["chip.mesh_rows=16", "chip.mesh_cols=16"],
        "slots": 1,
        "ship_model": False,
        "synthetic": True,
        "no_samples": True,
    },
    "bert-tiny": {
        "builder": "build_bert_tiny",
        "preset": "standard",
        "set": [],
        "slots": 1,
        "ship_model": False,
        "synthetic": True,
    },
    "roberta-tiny": {
        "builder": "build_roberta_tiny",
        "preset": "standard",
        "set": [],
        "slots": 1,
        "ship_model": True,
    },
    "lstm": {
        "builder": "build_lstm_lm",
        "preset": "puma",
        "set": [],
        "slots": 4,
        "ship_model": False,
    },
    "bert-base": {
        "builder": "build_bert_base",
        "preset": "hermes",
        "set": ["chip.mesh_rows=64", "chip.mesh_cols=64"],
        "slots": 1,
        "ship_model": False,
        "synthetic": True,
        "no_samples": True,
        "recipe_only": True,
    },
    "resnet50": {
        "builder": "build_resnet50",
        "preset": "hermes",
        "set": ["chip.mesh_rows=24", "chip.mesh_cols=24"],
        "slots": 1,
        "ship_model": False,
        "synthetic": True,
        "no_samples": True,
        "recipe_only": True,
    },
}
"""Recipes. ``recipe_only``: a large workload whose compiled files are not committed (tens of
MB of program); ``python workloads/build.py NAME`` writes them into its git-ignored
directory, and the tests compile it from this recipe."""


def recipe(name: str, tmp: Path) -> tuple[Path, Any, Any]:
    """``(model file, ArchConfig, CompileOptions)`` of workload ``name``; an ONNX model is
    written into ``tmp``."""
    import models
    import onnx

    from aimcsim.compiler import CompileOptions
    from aimcsim.config.loader import load_arch

    spec = WORKLOADS[name]
    model, _, _ = getattr(models, spec["builder"])()
    path = tmp / "model.onnx"
    onnx.save(model, str(path))
    opts = CompileOptions(n_slots=spec["slots"], synthetic_weights=spec.get("synthetic", False))
    return path, load_arch(preset=spec["preset"], overrides=spec["set"]), opts


def build(name: str, out_root: Path = HERE) -> Path:
    """Build workload ``name`` into ``out_root/name``; returns the directory."""
    import models
    import onnx

    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.config.loader import load_arch
    from aimcsim.workload.format import write_workload_files

    spec = WORKLOADS[name]
    model, samples, labels = getattr(models, spec["builder"])()
    arch = load_arch(preset=spec["preset"], overrides=spec["set"])
    out = out_root / name
    out.mkdir(parents=True, exist_ok=True)
    suffix = ".toml" if isinstance(model, str) else ".onnx"
    with tempfile.TemporaryDirectory() as tmp:
        path = (out if spec["ship_model"] else Path(tmp)) / f"model{suffix}"
        if isinstance(model, str):
            path.write_text(model, encoding="utf-8")
        else:
            onnx.save(model, str(path))
        opts = CompileOptions(n_slots=spec["slots"], synthetic_weights=spec.get("synthetic", False))
        wl = compile_model(
            path,
            arch,
            opts,
            name=name,
            preset=spec["preset"],
            overrides=tuple(spec["set"]),
            samples=None if spec.get("no_samples") else samples,
            labels=labels,
        )
    wl.manifest["workload"]["source_model"] = (
        f"workloads/{name}/model{suffix}"
        if spec["ship_model"]
        else f"workloads/models.py:{spec['builder']}"
    )
    wl.manifest["workload"]["regenerate"] = f"python workloads/build.py {name}"
    write_workload_files(wl, out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "names",
        nargs="*",
        help=f"workloads to build, of {', '.join(WORKLOADS)} (default: all but the large "
        "recipe-only ones)",
    )
    args = ap.parse_args(argv)
    unknown = sorted(set(args.names) - set(WORKLOADS))
    if unknown:
        ap.error(f"unknown workload(s) {unknown}; known: {', '.join(WORKLOADS)}")
    default = [n for n, spec in WORKLOADS.items() if not spec.get("recipe_only")]
    for name in args.names or default:
        out = build(name)
        size = sum(f.stat().st_size for f in out.iterdir())
        print(f"{name}: {out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
