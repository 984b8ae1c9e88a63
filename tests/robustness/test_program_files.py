"""Programs that give the timing model nothing to time: no instructions at all, or control
instructions only. ``aimcsim run`` refuses them naming the file (exit 2, no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.isa import load_program, save_program

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

SOURCES = {
    "empty": ".isa 2.0.0\n",
    "empty-tile": ".isa 2.0.0\n.tile 0\n",
    "two-empty-tiles": ".isa 2.0.0\n.tile 0\n.tile 3\n",
    "halt-only": ".isa 2.0.0\n.tile 0\n    halt\n",
    "control-only": '.isa 2.0.0\n.layer 0 "a"\n.tile 0\n.layer 0\n    li r1, 4\n'
    "L:\n    addi r1, r1, -1\n    bne r1, r0, L\n.layer -\n    halt\n",
}

MESSAGES = {
    "empty": "no instructions",
    "empty-tile": "no instructions",
    "two-empty-tiles": "no instructions",
    "halt-only": "only control instructions",
    "control-only": "only control instructions",
}


@pytest.mark.parametrize("suffix", [".s", ".bin"])
@pytest.mark.parametrize("case", sorted(SOURCES))
def test_program_with_nothing_to_time(tmp_path: Path, case: str, suffix: str) -> None:
    source = tmp_path / "prog.s"
    source.write_text(SOURCES[case], encoding="utf-8")
    target = source
    if suffix == ".bin":
        target = tmp_path / "prog.bin"
        save_program(load_program(source), target)
    before = snapshot(tmp_path)
    outcome = run_cli(["run", str(target), "-o", str(tmp_path / "report")])
    assert_refused(outcome, str(target), MESSAGES[case])
    assert_unchanged(tmp_path, before)
