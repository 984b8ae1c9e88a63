"""Exact cycles of a gather written as a loop nest (aimcsim.compiler.gather_nest).

The timing model executes the loops: every copy costs what the same ``vcopy`` costs in
straight-line code, and the scalar loop instructions issue one per cycle, overlapping the
copy the DPU is busy with. So the nest takes exactly what the controller's issue rule
gives for its executed instructions in order: a scalar instruction issues in the next
cycle, a copy when the DPU is free as well (the copies of a gather touch disjoint
destinations: no buffer hazard); the run ends when the last copy completes."""

from __future__ import annotations

import math

import numpy as np

from aimcsim.compiler.gather_nest import Body, copy_nest, copy_runs, emit_nest, vcopy_body

from .conftest import arch_of, run

SRC, DST = 0, 8192


class Listing:
    """A sink writing assembly lines, with a label at every branch target."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, tuple[int, ...]]] = []

    def emit(self, mnemonic: str, *operands: int, pre: bool = False) -> int:
        self.lines.append((mnemonic, operands))
        return len(self.lines) - 1

    def here(self) -> int:
        return len(self.lines)

    def text(self) -> str:
        targets = {ops[-1] for m, ops in self.lines if m == "blt"}
        out = [".tile 0"]
        for pc, (m, ops) in enumerate(self.lines):
            if pc in targets:
                out.append(f"L{pc}:")
            if m == "blt":
                out.append(f"    blt r{ops[0]}, r{ops[1]}, L{ops[2]}")
            elif m == "li":
                out.append(f"    li r{ops[0]}, {ops[1]}")
            elif m == "addi":
                out.append(f"    addi r{ops[0]}, r{ops[1]}, {ops[2]}")
            else:
                assert m == "vcopy"
                out.append(f"    vcopy r{ops[0]}, r{ops[1]}, {ops[2]}")
        out.append("    halt")
        return "\n".join(out) + "\n"

    def executed(self) -> list[int]:
        """The executed instructions in order (halt excluded): 0 for a scalar instruction,
        the length of a copy."""
        r = [0] * 16
        pc = 0
        trace = []
        while pc < len(self.lines):
            m, o = self.lines[pc]
            pc += 1
            trace.append(o[2] if m == "vcopy" else 0)
            if m == "li":
                r[o[0]] = o[1]
            elif m == "addi":
                r[o[0]] = r[o[1]] + o[2]
            elif m == "blt" and r[o[0]] < r[o[1]]:
                pc = o[2]
        return trace


def issue_cycles(trace: list[int], overrides: list[str]) -> int:
    """Cycles of ``trace`` (:meth:`Listing.executed`) by the controller's issue rule."""
    d = arch_of(overrides=overrides).dpu
    t = dpu_free = 0
    for length in trace:
        if length:
            start = max(t, dpu_free)
            dpu_free = start + d.startup_cycles + math.ceil(length / d.lanes) * d.simple_cycles
            t = start + 1
        else:
            t += 1
    return max(t, dpu_free)


def _listing(idx: np.ndarray) -> Listing:
    listing = Listing()
    nest = copy_nest(copy_runs(idx), repeats=False)
    emit_nest(listing, nest, Body(vcopy_body), DST, lambda s, reg, off: s.emit("li", reg, off))
    return listing


def test_upsampling_nest_costs_its_copies_and_the_loop_instructions():
    """Nearest 2x upsampling of a channels-last 4 x 4 map of 64 channels (a loop nest
    over runs of 64 and 128 elements); the scalar work inside the innermost loop hides
    under the copies, the outer loops' shows."""
    x = np.arange(4 * 4 * 64).reshape(4, 4, 64)
    listing = _listing(x.repeat(2, 0).repeat(2, 1))
    trace = listing.executed()
    copies = [n for n in trace if n]
    assert sum(copies) == 4 * x.size
    assert any(m == "blt" for m, _ in listing.lines)
    res = run(listing.text())
    assert res.total_cycles == issue_cycles(trace, [])
    d = arch_of().dpu
    busy = sum(d.startup_cycles + math.ceil(n / d.lanes) * d.simple_cycles for n in copies)
    assert busy < res.total_cycles < busy + len(trace) - len(copies)
    assert res.count("dpu.op") == 4 * x.size


def test_issue_bound_nest_takes_one_cycle_per_instruction():
    """A 3-D transpose moving the last axis (single-element copies) on a DPU without
    start-up cost: every executed instruction, loop control included, is one cycle."""
    x = np.arange(4 * 3 * 5).reshape(4, 3, 5)
    listing = _listing(x.transpose(2, 0, 1))
    trace = listing.executed()
    assert [n for n in trace if n] == [1] * 60
    res = run(listing.text(), overrides=["dpu.startup_cycles=0"])
    assert res.total_cycles == issue_cycles(trace, ["dpu.startup_cycles=0"]) == len(trace)
    assert res.count("dpu.op") == 60
