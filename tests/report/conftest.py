"""Fixtures of the report tests."""

from __future__ import annotations

import pytest
from report_synthetic import synthetic_result

from aimcsim.report import RunResult


@pytest.fixture
def result() -> RunResult:
    return synthetic_result()
