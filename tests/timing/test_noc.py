"""Mesh network timing: unloaded latency, link contention, circuit mode, rendezvous."""

from __future__ import annotations

import math

import pytest

from aimcsim.errors import DeadlockError, ProgramError

from .conftest import arch_of, run


def packet_flits(n_bytes: int, link_bytes: int, max_packet: int, header: int) -> int:
    body = math.ceil(n_bytes / link_bytes)
    return body + header * math.ceil(body / max_packet)


def test_send_recv_one_hop_unloaded() -> None:
    arch = arch_of()
    noc = arch.noc
    res = run("""
    .tile 0
        li r1, 0
        send r1, 1, 5, 100
        halt
    .tile 1
        li r1, 0
        recv r1, 0, 5, 100
        halt
    """)
    flits = packet_flits(
        100 * arch.tile.buffer.element_bytes, noc.link_bytes, noc.max_packet_flits, noc.header_flits
    )
    # the send starts at cycle 1; last flit arrives hops * router_delay + flits later
    assert res.tile_finish_cycles[1] == 1 + 1 * noc.router_delay_cycles + flits
    assert res.tile_finish_cycles[0] == 1 + flits  # last flit has left tile 0
    assert res.count("noc.flit_hop") == flits
    assert res.count("noc.inject_byte") == 100


def test_two_tiles_sharing_a_link_the_second_waits_the_first_occupancy() -> None:
    """On a 1x4 line, 0->3 and 1->2 share link (1,0)->(2,0); both heads request it at
    cycle 7. One of them goes first; the other waits exactly the first's occupancy."""
    over = ["chip.mesh_rows=1", "chip.mesh_cols=4", "noc.router_delay_cycles=3"]
    noc = arch_of(overrides=over).noc
    flits = packet_flits(160, noc.link_bytes, noc.max_packet_flits, noc.header_flits)
    r = noc.router_delay_cycles
    prog = """
    .tile 0
        li r1, 0
        nop
        nop
        nop
        send r1, 3, 1, 160
        halt
    .tile 1
        li r1, 0
        nop
        nop
        nop
        nop
        nop
        nop
        send r1, 2, 2, 160
        halt
    .tile 2
        li r1, 0
        recv r1, 1, 2, 160
        halt
    .tile 3
        li r1, 0
        recv r1, 0, 1, 160
        halt
    """
    res = run(prog, overrides=over)
    t0_send, t1_send = 4, 7
    assert t0_send + r == t1_send  # both heads reach the shared link at cycle 7
    unloaded_0 = t0_send + 3 * r + flits
    unloaded_1 = t1_send + 1 * r + flits
    delay_0 = res.tile_finish_cycles[3] - unloaded_0
    delay_1 = res.tile_finish_cycles[2] - unloaded_1
    assert sorted([delay_0, delay_1]) == [0, flits]
    # SimPy's deterministic order: tile 1's controller scheduled its wake-up first
    assert (delay_0, delay_1) == (flits, 0)
    # network stalls: the link wait plus both RECVs (issued at 1) waiting for their message
    recv_waits = (res.tile_finish_cycles[2] - 1) + (res.tile_finish_cycles[3] - 1)
    assert res.layer(-1)["stall_network_cycles"] == flits + recv_waits
    link = res.components.set_index("component").loc["chip.noc.link[(1,0)->(2,0)]"]
    assert link["busy_cycles"] == 2 * flits


def test_link_contention_completes_at_c_not_c_minus_1() -> None:
    """Tile 1 sends one cycle before tile 0's head arrives: tile 0 waits flits - 1."""
    over = ["chip.mesh_rows=1", "chip.mesh_cols=3"]
    noc = arch_of(overrides=over).noc
    flits = packet_flits(64, noc.link_bytes, noc.max_packet_flits, noc.header_flits)
    r = noc.router_delay_cycles
    res = run(
        """
    .tile 0
        send r0, 2, 1, 64
        halt
    .tile 1
        nop
        send r0, 2, 2, 64
        halt
    .tile 2
        li r1, 100
        recv r1, 1, 2, 64
        recv r0, 0, 1, 64
        halt
    """,
        overrides=over,
    )
    # tile 1 holds the shared link over [1, 1 + flits); tile 0's head arrives at r = 2
    first = 1 + r + flits
    second = max(r, 1 + flits) + r + flits
    assert res.tile_finish_cycles[2] == max(second, first + 1)


def test_circuit_versus_packet_mode() -> None:
    prog = """
    .tile 0
        li r1, 0
        send r1, 3, 9, 1000
        halt
    .tile 3
        li r1, 0
        recv r1, 0, 9, 1000
        halt
    """
    packet = run(prog)
    circuit = run(prog, overrides=["noc.mode=circuit"])
    noc = arch_of().noc
    hops = 2  # tile 0 at (0,0), tile 3 at (1,1) on the 2x2 mesh
    payload = math.ceil(1000 / noc.link_bytes)
    flits = packet_flits(1000, noc.link_bytes, noc.max_packet_flits, noc.header_flits)
    assert packet.tile_finish_cycles[3] == 1 + hops * noc.router_delay_cycles + flits
    assert circuit.tile_finish_cycles[3] == (
        1 + hops * (noc.circuit_setup_cycles_per_hop + noc.router_delay_cycles) + payload
    )
    assert circuit.tile_finish_cycles[0] == 1 + hops * noc.circuit_setup_cycles_per_hop + payload


def test_recv_posted_before_the_send_completes_when_the_message_arrives() -> None:
    res = run("""
    .tile 0
        li r1, 0
        li r2, 64
        mvm x0, r1, r2, 0
        send r2, 1, 0, 64
        halt
    .tile 1
        li r1, 0
        recv r1, 0, 0, 64
        vrelu r1, r1, 64
        halt
    """)
    arch = arch_of()
    mvm = 8 * (1 + 2 + 4 * 5)  # tiny: 4 rounds of an 8-bit SAR conversion (1 + 4 cycles)
    flits = packet_flits(64, 16, arch.noc.max_packet_flits, arch.noc.header_flits)
    arrival = 2 + mvm + arch.noc.router_delay_cycles + flits  # send waits for the MVM (RAW)
    dpu = arch.dpu.startup_cycles + math.ceil(64 / arch.dpu.lanes) * arch.dpu.simple_cycles
    assert res.tile_finish_cycles[1] == arrival + dpu


def test_recv_without_send_is_a_deadlock_naming_tile_and_instruction() -> None:
    with pytest.raises(DeadlockError) as info:
        run("""
        .tile 0
            li r1, 0
            halt
        .tile 1
            li r1, 0
            recv r1, 0, 4, 16
            halt
        """)
    msg = str(info.value)
    assert "tile 1 instruction 2 (halt" in msg
    assert "message from tile 0 with tag 4" in msg
    assert "recv at instruction 1" in msg


def test_recv_blocking_a_dependent_instruction_deadlock_names_it() -> None:
    with pytest.raises(DeadlockError, match=r"tile 1 instruction 2 \(vrelu, line \d+\)"):
        run(".tile 0\n halt\n.tile 1\n li r1, 0\n recv r1, 0, 4, 16\n vrelu r1, r1, 16\n halt\n")


def test_message_never_received_is_a_deadlock() -> None:
    with pytest.raises(DeadlockError, match="from tile 0 .* to tile 1 with tag 3 was never"):
        run(".tile 0\n li r1, 0\n send r1, 1, 3, 8\n halt\n.tile 1\n nop\n halt\n")


def test_message_length_mismatch_is_a_program_error() -> None:
    with pytest.raises(ProgramError, match="sends 8 elements"):
        run(".tile 0\n send r0, 1, 3, 8\n halt\n.tile 1\n recv r0, 0, 3, 9\n halt\n")


def test_send_to_self_takes_the_serialisation_only() -> None:
    res = run(".tile 0\n li r1, 0\n li r2, 100\n send r1, 0, 1, 32\n recv r2, 0, 1, 32\n halt\n")
    flits = packet_flits(32, 16, 64, 1)
    assert res.total_cycles == 2 + flits
