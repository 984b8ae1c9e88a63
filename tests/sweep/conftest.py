"""Shared helpers of the sweep tests: a private copy of the mlp-digits workload."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

MLP_DIGITS = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


@pytest.fixture
def digits_copy(tmp_path: Path) -> Path:
    """A copy of workloads/mlp-digits under tmp_path (tests may edit its tensors)."""
    target = tmp_path / "wl" / "mlp-digits"
    shutil.copytree(MLP_DIGITS, target)
    return target
