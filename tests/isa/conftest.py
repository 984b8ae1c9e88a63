"""Shared fixtures of the ISA tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo() -> Path:
    """The repository root (read only: tests never edit tracked files)."""
    return REPO
