"""The aimcsim instruction set: spec, encoding, assembler, disassembler, footprints.

Everything is driven by the spec ``isa/aimc.isa.toml`` through the generated table
``aimcsim/isa/_generated_table.py``; see ``isa/README.md`` and ``isa/ISA.md``.

``SPEC`` (the spec of this build) and ``ISA_VERSION`` are loaded on first use, so that the
code generator can run even while the generated table is stale or missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aimcsim.isa.assembler import assemble
from aimcsim.isa.disassembler import disassemble
from aimcsim.isa.encoding import decode_program, decode_word, encode_instruction, encode_program
from aimcsim.isa.footprint import footprint
from aimcsim.isa.io import load_program, save_program
from aimcsim.isa.program import NO_LAYER, Instruction, Program, TileStream
from aimcsim.isa.spec import (
    EnumSpec,
    FieldSpec,
    FootprintSpec,
    InstructionSpec,
    IsaSpec,
    UnitSpec,
    builtin_spec,
    load_spec,
)

if TYPE_CHECKING:
    SPEC: IsaSpec
    ISA_VERSION: str

__all__ = [
    "ISA_VERSION",
    "NO_LAYER",
    "SPEC",
    "EnumSpec",
    "FieldSpec",
    "FootprintSpec",
    "Instruction",
    "InstructionSpec",
    "IsaSpec",
    "Program",
    "TileStream",
    "UnitSpec",
    "assemble",
    "builtin_spec",
    "decode_program",
    "decode_word",
    "disassemble",
    "encode_instruction",
    "encode_program",
    "footprint",
    "load_program",
    "load_spec",
    "save_program",
]


def __getattr__(name: str) -> object:
    """Lazy ``SPEC`` and ``ISA_VERSION`` (PEP 562)."""
    if name == "SPEC":
        return builtin_spec()
    if name == "ISA_VERSION":
        return builtin_spec().version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
