"""Suite-wide fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _run_in_tmp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test in its own empty directory, so nothing a test writes by default
    (e.g. ``reports/``) lands in the repository."""
    monkeypatch.chdir(tmp_path)
