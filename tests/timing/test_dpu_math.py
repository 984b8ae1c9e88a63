"""Division, reciprocal, square root and erf (ISA 2.1) are timed as transcendental DPU ops."""

from __future__ import annotations

import math

from .conftest import arch_of, run


def test_division_roots_and_erf_cost_transcendental_cycles() -> None:
    d = arch_of().dpu
    res = run("""
    .tile 0
        li r1, 0
        li r2, 4000
        vdiv r2, r1, r1, 40
        vrecip r2, r1, 24
        vsqrt r2, r1, 17
        verf r2, r1, 40
        halt
    """)

    def cycles(n: int) -> int:
        return d.startup_cycles + math.ceil(n / d.lanes) * d.transcendental_cycles

    # each writes r2 (WAW), so they run back to back from cycle 2
    assert res.total_cycles == 2 + cycles(40) + cycles(24) + cycles(17) + cycles(40)
    assert res.count("dpu.op") == 40 + 24 + 17 + 40
