"""Fixtures of the hardware-aware training tests. Every test module here skips without torch
(``pytest.importorskip`` before it imports :mod:`aimcsim.train`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def digits_train(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Small labelled training sets (the first 200 samples of the digits training split) for
    mlp-digits (``x`` (N, 64)) and cnn-digits (``x`` (N, 1, 8, 8))."""
    import models

    xtr, _, ytr, _ = models.digits_split(0)
    root = tmp_path_factory.mktemp("digits")
    out = {}
    for name, shape in (("mlp-digits", (-1, 64)), ("cnn-digits", (-1, 1, 8, 8))):
        out[name] = root / f"{name}-train.npz"
        np.savez(out[name], x=xtr[:200].reshape(shape), labels=ytr[:200])
    return out


def workload_model(name: str) -> Path:
    """The ONNX model of a shipped workload."""
    return ROOT / "workloads" / name / "model.onnx"
