"""Hypothesis strategies shared by the ISA tests: random valid instructions and programs."""

from __future__ import annotations

from hypothesis import strategies as st

from aimcsim.isa import NO_LAYER, SPEC, Instruction, InstructionSpec, Program, TileStream


def operand_values(ispec: InstructionSpec) -> st.SearchStrategy[tuple[int, ...]]:
    """Random in-range operands for ``ispec``."""
    parts = []
    for f in ispec.fields:
        if f.kind == "enum" and f.enum is not None:
            parts.append(st.sampled_from([c for _, c in SPEC.enum(f.enum).values]))
        else:
            parts.append(st.integers(f.min, f.max))
    return st.tuples(*parts)


NO_LAYER_ONLY = st.just(NO_LAYER)


def instructions(
    ispec: InstructionSpec, layers: st.SearchStrategy[int] = NO_LAYER_ONLY
) -> st.SearchStrategy[Instruction]:
    """Random valid instructions of ``ispec``."""
    return st.builds(Instruction, st.just(ispec.mnemonic), operand_values(ispec), layers)


any_instruction = st.sampled_from(SPEC.instructions).flatmap(
    lambda i: instructions(i, st.sampled_from([NO_LAYER, 0, 1, 2, 7]))
)

layer_name = st.text(st.characters(exclude_categories=["Cs"]), min_size=0, max_size=12)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    """Random programs: several tiles (some empty), layers with and without names."""
    tiles = draw(st.lists(st.integers(0, 1023), min_size=1, max_size=4, unique=True))
    program = Program(SPEC.version)
    for t in tiles:
        program.streams[t] = TileStream(t, draw(st.lists(any_instruction, max_size=12)))
    program.layer_names = draw(st.dictionaries(st.integers(0, 9), layer_name, max_size=3))
    return program
