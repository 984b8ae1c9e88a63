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


@pytest.mark.parametrize("mode", ["packet", "circuit"])
@pytest.mark.parametrize(("src", "dst"), [(0, 4095), (4095, 0), (63, 4032), (2080, 2015)])
def test_unloaded_latency_on_the_largest_mesh(mode: str, src: int, dst: int) -> None:
    """64 x 64 tiles (4096, the largest mesh the config and the ISA's tile field allow):
    corner to corner is 126 hops, and the latency is still the closed form to the cycle."""
    arch = load_arch(
        preset="hermes",
        overrides=["chip.mesh_rows=64", "chip.mesh_cols=64", f"noc.mode={mode}"],
    )
    noc = arch.noc
    n_elements = 300
    prog = (
        f".tile {src}\n send r0, {dst}, 65535, {n_elements}\n halt\n"
        f".tile {dst}\n recv r0, {src}, 65535, {n_elements}\n halt\n"
    )
    res = simulate_timing(assemble(prog, "<noc>"), arch)
    hops = abs(src % 64 - dst % 64) + abs(src // 64 - dst // 64)
    body = math.ceil(n_elements * arch.tile.buffer.element_bytes / noc.link_bytes)
    if mode == "packet":
        flits = body + noc.header_flits * math.ceil(body / noc.max_packet_flits)
        expected = hops * noc.router_delay_cycles + flits
    else:
        expected = hops * (noc.circuit_setup_cycles_per_hop + noc.router_delay_cycles) + body
    assert res.tile_finish_cycles[dst] == expected
    assert res.count("noc.flit_hop") == hops * (flits if mode == "packet" else body)


def test_the_isa_tile_field_names_every_tile_of_the_largest_mesh() -> None:
    from aimcsim.isa import SPEC

    arch = load_arch(preset="hermes", overrides=["chip.mesh_rows=64", "chip.mesh_cols=64"])
    assert SPEC.max_tile == arch.chip.n_tiles - 1 == 4095
