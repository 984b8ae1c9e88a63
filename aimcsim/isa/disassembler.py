"""Disassembler: :class:`Program` -> assembly text that re-assembles to the same program.

The text carries ``.isa``, ``.layer`` (names first, then changes of the current layer) and
``.tile`` directives, and a label ``L<index>`` at every branch target inside the stream
(targets beyond the end of the stream stay plain integers), so that
``assemble(disassemble(p)) == p`` and both encode to identical bytes.
"""

from __future__ import annotations

import json

from aimcsim.isa.encoding import check_instruction
from aimcsim.isa.program import NO_LAYER, Instruction, Program
from aimcsim.isa.spec import FieldSpec, IsaSpec, builtin_spec

INDENT = "    "


def format_operand(f: FieldSpec, value: int, spec: IsaSpec, n_instructions: int) -> str:
    """Assembly text of operand ``value`` of field ``f`` in a stream of ``n_instructions``."""
    if f.kind == "reg":
        return f"r{value}"
    if f.kind == "xbar":
        return f"x{value}"
    if f.kind == "enum" and f.enum is not None:
        return spec.enum(f.enum).symbol(value) or str(value)
    if f.kind == "label" and 0 <= value <= n_instructions:
        return f"L{value}"
    return str(value)


def format_instruction(
    instr: Instruction, spec: IsaSpec | None = None, n_instructions: int = 0
) -> str:
    """One instruction as assembly text (no indentation, no label)."""
    spec = spec or builtin_spec()
    ispec = check_instruction(instr, spec)
    ops = ", ".join(
        format_operand(f, v, spec, n_instructions)
        for f, v in zip(ispec.fields, instr.operands, strict=True)
    )
    return f"{ispec.mnemonic:<8} {ops}".rstrip() if ops else ispec.mnemonic


def disassemble(program: Program, spec: IsaSpec | None = None) -> str:
    """Assembly text of ``program``; IsaError if it holds an invalid instruction."""
    spec = spec or builtin_spec()
    out = [
        f"# aimcsim program: {len(program.streams)} tile(s), ISA {program.isa_version}",
        f".isa {program.isa_version}",
    ]
    if program.layer_names:
        out.append("")
        for lid in sorted(program.layer_names):
            out.append(f".layer {lid} {json.dumps(program.layer_names[lid], ensure_ascii=False)}")
    for tid in sorted(program.streams):
        instrs = program.streams[tid].instructions
        n = len(instrs)
        targets: set[int] = set()
        for ins in instrs:
            ispec = check_instruction(ins, spec)
            for f, v in zip(ispec.fields, ins.operands, strict=True):
                if f.kind == "label" and 0 <= v <= n:
                    targets.add(v)
        out += ["", f".tile {tid}"]
        layer = NO_LAYER
        for i, ins in enumerate(instrs):
            if i in targets:
                out.append(f"L{i}:")
            if ins.layer != layer:
                out.append(".layer -" if ins.layer == NO_LAYER else f".layer {ins.layer}")
                layer = ins.layer
            out.append(INDENT + format_instruction(ins, spec, n))
        if n in targets:
            out.append(f"L{n}:")
    return "\n".join(out) + "\n"
