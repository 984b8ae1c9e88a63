"""Issue, dependencies, DPU, memories, barriers, loops, layer attribution, trace."""

from __future__ import annotations

import math

import pytest

from aimcsim.timing import CycleLimitExceeded

from .conftest import arch_of, run

MVM_TINY = 8 * (1 + 2 + 4 * 5)  # see test_crossbar.mvm_cycles for the derivation


def dpu_simple(n: int) -> int:
    d = arch_of().dpu
    return d.startup_cycles + math.ceil(n / d.lanes) * d.simple_cycles


def test_dpu_op_after_mvm_waits_for_the_buffer_dependency() -> None:
    res = run("""
    .tile 0
        li r1, 0
        li r2, 64
        mvm x0, r1, r2, 0
        vrelu r2, r2, 64
        halt
    """)
    assert res.total_cycles == 2 + MVM_TINY + dpu_simple(64)
    row = res.layer(-1)
    assert row["stall_dependency_cycles"] == (2 + MVM_TINY) - 3
    assert res.count("dpu.op") == 64
    assert res.count("buf.read") == 64 and res.count("buf.write") == 64


def test_independent_dpu_op_overlaps_the_mvm() -> None:
    res = run("""
    .tile 0
        li r1, 0
        li r2, 64
        li r3, 500
        mvm x0, r1, r2, 0
        vrelu r3, r3, 64
        halt
    """)
    assert res.total_cycles == 3 + MVM_TINY  # vrelu (4 .. 4 + 8) hides under the MVM


def test_war_hazard_dpu_write_waits_for_mvm_read() -> None:
    res = run("""
    .tile 0
        li r1, 0
        li r2, 64
        mvm x0, r1, r2, 0
        vcopy r1, r2, 10
        halt
    """)
    # vcopy writes r1[0:10] which the MVM reads (WAR) and reads r2 which it writes (RAW)
    assert res.total_cycles == 2 + MVM_TINY + dpu_simple(10)


def test_dpu_op_classes() -> None:
    d = arch_of().dpu
    res = run("""
    .tile 0
        li r1, 0
        li r2, 4000
        vexp r2, r1, 40
        vsoftmax r2, r1, 3, 40
        vsum r2, r1, 5, 40
        mmul r2, r1, r1, 0, 4, 8, 16
        halt
    """)
    exp = d.startup_cycles + math.ceil(40 / d.lanes) * d.transcendental_cycles
    soft = d.startup_cycles + 3 * 3 * math.ceil(40 / d.lanes) * d.normalisation_cycles
    vsum = d.startup_cycles + 5 * math.ceil(40 / d.lanes) * d.reduction_cycles
    mmul = d.startup_cycles + math.ceil(4 * 8 * 16 / d.macs_per_cycle)
    # each writes r2 (WAW), so they run back to back from cycle 2
    assert res.total_cycles == 2 + exp + soft + vsum + mmul
    assert res.count("dpu.mac") == 4 * 8 * 16
    assert res.count("dpu.op") == 40 + 3 * 3 * 40 + 5 * 40


def test_load_from_dram_and_channel_contention() -> None:
    arch = arch_of()
    mem = arch.memory
    n = 100
    occ = math.ceil(n * arch.tile.buffer.element_bytes / mem.dram_bytes_per_cycle)
    one = run(".tile 0\n li r2, 0\n ld r1, r2, dram, 100\n halt\n")
    assert one.total_cycles == 1 + occ + mem.dram_latency_cycles
    assert one.count("mem.read_byte") == n and one.count("buf.write") == n
    two = run("""
    .tile 0
        li r2, 0
        ld r1, r2, dram, 100
        halt
    .tile 1
        li r2, 0
        ld r1, r2, dram, 100
        halt
    """)
    finish = sorted(two.tile_finish_cycles.values())
    # one channel: the second access waits exactly the first's transfer occupancy
    assert finish == [1 + occ + mem.dram_latency_cycles, 1 + 2 * occ + mem.dram_latency_cycles]
    assert two.layer(-1)["stall_memory_cycles"] == occ


def test_store_to_sram_bank_by_address_range() -> None:
    arch = arch_of()
    mem = arch.memory
    bank_bytes = mem.sram_bytes // mem.sram_banks
    res = run(f"""
    .tile 0
        li r2, {bank_bytes}
        st r2, r0, sram, 64
        halt
    """)
    assert (
        res.total_cycles == 1 + math.ceil(64 / mem.sram_bytes_per_cycle) + mem.sram_latency_cycles
    )
    assert res.count("mem.write_byte", component="chip.sram.bank[1]") == 64


def test_barrier_releases_every_tile_one_cycle_after_the_last_arrives() -> None:
    res = run("""
    .tile 0
        li r1, 0
        li r2, 64
        mvm x0, r1, r2, 0
        barrier 1
        vrelu r2, r2, 64
        halt
    .tile 1
        barrier 1
        li r3, 7
        vrelu r3, r3, 16
        halt
    """)
    release = 2 + MVM_TINY  # tile 0 drains its MVM before arriving
    assert res.tile_finish_cycles[0] == release + 1 + dpu_simple(64)
    assert res.tile_finish_cycles[1] == release + 2 + dpu_simple(16)
    assert res.layer(-1)["stall_barrier_cycles"] == release  # tile 1 arrived at 0


def test_barrier_that_a_tile_never_reaches_is_a_deadlock() -> None:
    from aimcsim.errors import DeadlockError

    with pytest.raises(DeadlockError, match=r"tile 0 instruction 0 \(barrier.*barrier 2"):
        run(".tile 0\n barrier 2\n halt\n.tile 1\n halt\n")


@pytest.mark.parametrize("n_iter", [1, 5])
def test_loop_with_branches(n_iter: int) -> None:
    res = run(f"""
    .tile 0
        li r1, 0
        li r2, 64
        li r3, 0
        li r4, {n_iter}
    loop:
        mvm x0, r1, r2, 0
        addi r3, r3, 1
        blt r3, r4, loop
        halt
    """)
    # MVM k issues at 4 + k * MVM_TINY (WAW on r2 and the crossbar), loop overhead hides
    assert res.total_cycles == 4 + n_iter * MVM_TINY
    assert res.n_dynamic_instructions == 4 + 3 * n_iter + 1
    assert res.count("xbar.read") == 8 * n_iter


def test_scalar_ops_and_branch_kinds_take_one_cycle_each() -> None:
    res = run("""
    .tile 0
        li r1, 3
        li r2, 4
        mul r3, r1, r2
        sub r4, r3, r1
        add r5, r4, r1
        beq r5, r3, skip
        nop
    skip:
        bne r5, r3, 0
        jmp end
        nop
    end:
        halt
    """)
    # li li mul sub add beq(taken) bne(not taken) jmp(taken) halt: halt issues at 8
    assert res.total_cycles == 8
    assert res.n_dynamic_instructions == 9


def test_layer_attribution_with_two_overlapping_layers() -> None:
    res = run("""
    .layer 0 "conv"
    .layer 1 "fc"
    .tile 0
        li r1, 0
        li r2, 64
        li r3, 500
    .layer 0
        mvm x0, r1, r2, 0
    .layer 1
        vrelu r3, r3, 64
    .layer 0
        vrelu r2, r2, 64
    .layer -
        halt
    """)
    l0, l1 = res.layer(0), res.layer(1)
    assert (l0["layer_name"], l1["layer_name"]) == ("conv", "fc")
    assert (l0["start_cycle"], l0["end_cycle"]) == (3, 3 + MVM_TINY + dpu_simple(64))
    assert (l1["start_cycle"], l1["end_cycle"]) == (4, 4 + dpu_simple(64))
    assert l1["end_cycle"] < l0["end_cycle"] and l1["start_cycle"] > l0["start_cycle"]
    assert res.count("dac.drive", layer=1) == 0 and res.count("dac.drive", layer=0) == 64 * 8
    assert res.count("dpu.op", layer=0) == 64 and res.count("dpu.op", layer=1) == 64
    assert l0["stall_dependency_cycles"] == (3 + MVM_TINY) - 5
    assert l0["busy_cycles"] == MVM_TINY + dpu_simple(64)


def test_max_cycles_stops_a_runaway_loop() -> None:
    with pytest.raises(CycleLimitExceeded, match="max_cycles"):
        run(".tile 0\nspin:\n addi r1, r1, 1\n jmp spin\n", max_cycles=1000)


def test_buffer_overflow_is_a_program_error() -> None:
    from aimcsim.errors import ProgramError

    with pytest.raises(ProgramError, match="outside the 16384-element tile buffer"):
        run(".tile 0\n li r1, 16380\n vrelu r1, r1, 10\n halt\n")


def test_stream_for_a_tile_off_the_chip_is_a_program_error() -> None:
    from aimcsim.errors import ProgramError

    with pytest.raises(ProgramError, match="tile 9"):
        run(".tile 9\n halt\n")


def test_runaway_scalar_loop_is_an_error_not_a_hang() -> None:
    from aimcsim.config import load_arch
    from aimcsim.isa import assemble
    from aimcsim.timing import RunawayLoopError, simulate_timing

    # a counter keeps the state from repeating: the taken-branch watchdog stops it
    program = assemble(".tile 0\nspin: addi r1, r1, 1\n jmp spin\n")
    with pytest.raises(RunawayLoopError, match="1,000,001 branches without issuing"):
        simulate_timing(program, load_arch("tiny"))
