"""Shared fixtures: the workload model builders and small ONNX helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "workloads"))


@pytest.fixture(scope="session")
def models_mod():
    import models

    return models


@pytest.fixture(scope="session")
def tiny_arch():
    from aimcsim.config.loader import load_arch

    return load_arch(preset="tiny")
