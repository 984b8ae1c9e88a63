"""Suite-wide fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "workloads"))  # the model builders of the shipped workloads


@pytest.fixture(autouse=True)
def _run_in_tmp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test in its own empty directory, so nothing a test writes by default
    (e.g. ``reports/``) lands in the repository."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def models_mod():
    """``workloads/models.py``: the builders of the shipped workloads' models."""
    import models

    return models


@pytest.fixture(scope="session")
def tiny_arch():
    """The ``tiny`` preset."""
    from aimcsim.config.loader import load_arch

    return load_arch(preset="tiny")
