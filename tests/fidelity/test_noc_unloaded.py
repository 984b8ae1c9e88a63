"""Unloaded mesh latency = hops x router delay + serialisation, exactly, on every distance."""

from __future__ import annotations

import math

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.isa import assemble
from aimcsim.timing import simulate_timing
from aimcsim.timing.latency import (
    circuit_unloaded_cycles,
    mesh_hops,
    message_flits,
    packet_unloaded_cycles,
)


@pytest.mark.parametrize("mode", ["packet", "circuit"])
@pytest.mark.parametrize("n_elements", [1, 64, 5000])
@pytest.mark.parametrize("dst", [0, 1, 7, 9, 63])
def test_unloaded_latency_formula(mode: str, n_elements: int, dst: int) -> None:
    arch = load_arch(preset="hermes", overrides=[f"noc.mode={mode}", "noc.max_packet_flits=16"])
    noc = arch.noc
    prog = f".tile 0\n send r0, {dst}, 1, {n_elements}\n halt\n"
    if dst != 0:
        prog += f".tile {dst}\n recv r0, 0, 1, {n_elements}\n halt\n"
    else:
        prog = (
            f".tile 0\n send r0, 0, 1, {n_elements}\n li r1, 30000\n"
            f" recv r1, 0, 1, {n_elements}\n halt\n"
        )
    res = simulate_timing(assemble(prog, "<noc>"), arch)
    n_bytes = n_elements * arch.tile.buffer.element_bytes
    # written out by hand from the config...
    hops = abs(dst % 8) + abs(dst // 8)
    body = math.ceil(n_bytes / noc.link_bytes)
    if mode == "packet":
        flits = body + noc.header_flits * math.ceil(body / noc.max_packet_flits)
        expected = hops * noc.router_delay_cycles + flits
    else:
        expected = hops * (noc.circuit_setup_cycles_per_hop + noc.router_delay_cycles) + body
    # ...and equal to the formulas of latency.py
    assert hops == mesh_hops(0, dst, arch.chip.mesh_cols)
    if mode == "packet":
        assert expected == packet_unloaded_cycles(
            hops,
            message_flits(n_bytes, noc.link_bytes, noc.max_packet_flits, noc.header_flits),
            noc.router_delay_cycles,
        )
    else:
        assert expected == circuit_unloaded_cycles(
            hops, body, noc.router_delay_cycles, noc.circuit_setup_cycles_per_hop
        )
    if dst != 0:
        assert res.tile_finish_cycles[dst] == expected  # the send starts at cycle 0
        assert res.count("noc.flit_hop") == hops * (flits if mode == "packet" else body)
    else:
        assert res.total_cycles == max(expected, 3)  # halt issues at 3
