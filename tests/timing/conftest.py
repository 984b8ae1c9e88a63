"""Helpers of the timing tests: assemble a program and simulate it on a preset."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import pytest

from aimcsim.config.arch import ArchConfig
from aimcsim.config.loader import load_arch
from aimcsim.isa import Program, assemble
from aimcsim.timing import TimingResult, simulate_timing


def asm(text: str) -> Program:
    """Assemble an indented snippet."""
    return assemble(textwrap.dedent(text), "<test>")


def arch_of(preset: str = "tiny", overrides: Sequence[str] = ()) -> ArchConfig:
    return load_arch(preset=preset, overrides=list(overrides))


def run(
    text: str, preset: str = "tiny", overrides: Sequence[str] = (), **kwargs: object
) -> TimingResult:
    """Assemble ``text`` and simulate it (a cycle cap guards against hangs)."""
    kwargs.setdefault("max_cycles", 10_000_000)
    return simulate_timing(asm(text), arch_of(preset, overrides), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def tiny() -> ArchConfig:
    return arch_of("tiny")
