"""Decoded programs: what the assembler and the decoder produce and every model consumes.

A :class:`Program` holds one instruction stream per tile. Instructions are plain values
(mnemonic plus operand values in the order of the spec's fields), so the timing model, the
functional model and the disassembler all read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NO_LAYER = -1
"""Layer id of instructions that belong to no DNN layer (set-up, control)."""


@dataclass(frozen=True, slots=True)
class Instruction:
    """One decoded instruction.

    ``operands`` are integers in the order of the spec's fields for ``mnemonic``: register
    and crossbar numbers, immediates (signed ones already sign-extended), enum codes, and
    branch targets as absolute instruction indices. ``layer`` is the DNN layer the
    instruction belongs to (``NO_LAYER`` if none); ``line`` is the assembly source line,
    when the instruction came from text.
    """

    mnemonic: str
    operands: tuple[int, ...]
    layer: int = NO_LAYER
    line: int | None = field(default=None, compare=False)


@dataclass(slots=True)
class TileStream:
    """The instruction stream of one tile, executed in order from index 0."""

    tile: int
    instructions: list[Instruction] = field(default_factory=list)


@dataclass(slots=True)
class Program:
    """Per-tile instruction streams plus the names of the layers they refer to.

    ``isa_version`` is the ``major.minor.patch`` version of the ISA the program was written
    for. ``streams`` maps tile id to its stream; ``layer_names`` maps layer id to a name.
    """

    isa_version: str
    streams: dict[int, TileStream] = field(default_factory=dict)
    layer_names: dict[int, str] = field(default_factory=dict)

    def stream(self, tile: int) -> TileStream:
        """The stream of ``tile``, created empty if the program has none yet."""
        if tile not in self.streams:
            self.streams[tile] = TileStream(tile)
        return self.streams[tile]

    @property
    def n_instructions(self) -> int:
        """Total number of static instructions over all tiles."""
        return sum(len(s.instructions) for s in self.streams.values())
