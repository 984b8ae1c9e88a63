"""Runaway programs: a loop that can never end (memory, DPU and crossbar instructions
included) is refused with exit 2 and a message naming the tile and the loop's instructions,
without --max-cycles, and nothing on disk changes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

BODY_INSTRUCTIONS = (
    "ld r1, r2, sram, 16",
    "ld r1, r2, dram, 8",
    "st r2, r1, sram, 16",
    "vrelu r1, r1, 16",
    "vadd r1, r1, r1, 16",
    "mvm x0, r1, r2, 0",
    "nop",
)


def _loop(body: list[str], counter: bool, tile: int) -> str:
    lines = [f".tile {tile}", "    li r1, 0", "    li r2, 100", "spin:"]
    if counter:
        lines.append("    addi r5, r5, 1")
    lines += [f"    {instr}" for instr in body]
    lines.append("    jmp spin")
    return "\n".join(lines) + "\n"


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.lists(st.sampled_from(BODY_INSTRUCTIONS), min_size=1, max_size=4),
    counter=st.booleans(),
    tile=st.integers(min_value=0, max_value=3),
)
def test_endless_loops_are_refused(
    tmp_path: Path, body: list[str], counter: bool, tile: int
) -> None:
    src = tmp_path / f"loop-{tile}.s"
    src.write_text(_loop(body, counter, tile))
    before = snapshot(tmp_path)
    outcome = run_cli(
        ["run", str(src), "--preset", "tiny", "--no-report", "--watchdog-cycles", "20000"]
    )
    if all(instr == "nop" for instr in body):  # nothing to time: refused before it runs
        assert_refused(outcome, "only control instructions", str(src))
    else:
        why = (
            "made no progress" if counter else "came back to instruction 2 with the same registers"
        )
        assert_refused(outcome, "runaway loop", f"tile {tile}", why, "branch at instruction")
    assert_unchanged(tmp_path, before)


def test_assembled_binary_with_a_load_loop_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "spin.s"
    src.write_text(_loop(["ld r1, r2, dram, 8"], counter=False, tile=1))
    binary = tmp_path / "spin.bin"
    assert run_cli(["asm", str(src), "-o", str(binary)]).code == 0
    before = snapshot(tmp_path)
    assert_refused(
        run_cli(["run", str(binary), "--preset", "tiny", "--no-report"]),
        "runaway loop: tile 1 came back to instruction 2",
        "tile 1 instruction 2 (ld",
    )
    assert_unchanged(tmp_path, before)


def test_a_watchdog_below_one_cycle_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "halt.s"
    src.write_text(".tile 0\n    halt\n")
    assert_refused(
        run_cli(["run", str(src), "--no-report", "--watchdog-cycles", "0"]), "--watchdog-cycles"
    )
