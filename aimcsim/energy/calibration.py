"""Streaming-MVM programs and efficiency figures, to check energy tables against papers.

A streaming-MVM program keeps every crossbar of every tile busy with back-to-back MVMs over
its full array, the condition under which chips quote their peak TOPS and TOPS/W.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig
    from aimcsim.isa.program import Program


def streaming_mvm_text(arch: ArchConfig, n_mvm_per_xbar: int, layer_name: str = "stream") -> str:
    """Assembly of ``n_mvm_per_xbar`` back-to-back full-array MVMs on every crossbar of every
    tile, with the chip's default input encoding, precision and read phases (XCFG)."""
    t = arch.tile
    rows, cols = t.crossbar.rows, t.crossbar.cols
    bpp = min(t.dac.bits_per_phase, t.dac.bits)
    lines = [f'.layer 0 "{layer_name}"']
    for tile in range(arch.chip.n_tiles):
        lines.append(f".tile {tile}")
        for xb in range(t.crossbar.per_tile):
            lines.append(
                f"xcfg x{xb}, {t.dac.encoding}, {t.dac.bits}, {bpp}, {t.crossbar.read_phases}, 0, 0"
            )
            lines.append(f"xwin x{xb}, 0, {rows}, 0, {cols}")
        for xb in range(t.crossbar.per_tile):
            base = xb * (rows + cols)
            lines.append(f"li r{1 + 2 * xb}, {base}")
            lines.append(f"li r{2 + 2 * xb}, {base + rows}")
        for _ in range(n_mvm_per_xbar):
            for xb in range(t.crossbar.per_tile):
                lines.append(f"mvm x{xb}, r{1 + 2 * xb}, r{2 + 2 * xb}, 0")
        lines.append("halt")
    return "\n".join(lines) + "\n"


def streaming_mvm_program(arch: ArchConfig, n_mvm_per_xbar: int) -> Program:
    """:func:`streaming_mvm_text`, assembled."""
    from aimcsim.isa import assemble

    return assemble(streaming_mvm_text(arch, n_mvm_per_xbar), file="<streaming-mvm>")


def streaming_ops(arch: ArchConfig, n_mvm_per_xbar: int) -> int:
    """Operations of a streaming-MVM program: 2 x rows x cols per MVM (multiply + add)."""
    t = arch.tile
    per_mvm = 2 * t.crossbar.rows * t.crossbar.cols
    return per_mvm * n_mvm_per_xbar * t.crossbar.per_tile * arch.chip.n_tiles


def tops_per_w(ops: float, energy_pj: float) -> float:
    """Efficiency in TOPS/W (= ops per pJ): ``ops / energy_pj``."""
    return ops / energy_pj
