"""The ISA reference manual (``isa/ISA.md``), rendered from an :class:`IsaSpec`.

Everything here is derived from the spec (and the operand-kind registry of
:mod:`aimcsim.isa.spec`), so the manual cannot drift from the tools. Output is deterministic.
"""

from __future__ import annotations

from aimcsim.isa.encoding import FORMAT_VERSION, HEADER_BYTES, MAGIC, range_text
from aimcsim.isa.spec import KINDS, N_REGS, N_XBARS, REG_BITS, FieldSpec, InstructionSpec, IsaSpec

SOURCE = "isa/aimc.isa.toml"
"""The spec file the manual names as its source."""


def _cell(text: str) -> str:
    """Text made safe for a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _anchor(mnemonic: str) -> str:
    return f"#{mnemonic.replace('.', '')}"


def encoding_diagram(spec: IsaSpec, ins: InstructionSpec) -> str:
    """ASCII diagram of the instruction word: bit positions, field names and kinds.

    Unused bit ranges are shown as ``0`` (must be zero)."""
    segs: list[tuple[int, int, str, str]] = [
        (spec.opcode_msb, spec.opcode_lsb, "opcode", f"{ins.opcode:#04x}")
    ]
    segs += [(f.msb, f.lsb, f.name, f.kind_name) for f in ins.fields]
    segs.sort(key=lambda s: -s[0])
    full: list[tuple[int, int, str, str]] = []
    nxt = spec.word_bits - 1
    for msb, lsb, name, sub in segs:
        if msb < nxt:
            full.append((nxt, msb + 1, "0", ""))
        full.append((msb, lsb, name, sub))
        nxt = lsb - 1
    if nxt >= 0:
        full.append((nxt, 0, "0", ""))
    top, border, row1, row2 = " ", "+", "|", "|"
    for msb, lsb, name, sub in full:
        nums = str(msb) if msb == lsb else f"{msb} {lsb}"
        width = max(len(name), len(sub), len(nums)) + 2
        if msb == lsb:
            top += str(msb).center(width) + " "
        else:
            top += f"{msb}".ljust(width - len(str(lsb))) + f"{lsb}" + " "
        border += "-" * width + "+"
        row1 += name.center(width) + "|"
        row2 += sub.center(width) + "|"
    return "\n".join(s.rstrip() for s in (top, border, row1, row2, border))


def _footprint_text(ins: InstructionSpec) -> str:
    parts = [f"reads `{fp.expr}` elements at `{fp.reg}`" for fp in ins.reads]
    parts += [f"writes `{fp.expr}` elements at `{fp.reg}`" for fp in ins.writes]
    return "; ".join(parts) if parts else "none (touches no buffer elements)"


def _range(spec: IsaSpec, f: FieldSpec) -> str:
    return range_text(f, spec)


def render_instruction(spec: IsaSpec, ins: InstructionSpec) -> str:
    """The manual section of one instruction (Markdown, ends with a newline)."""
    unit = spec.unit(ins.unit)
    out = [
        f"### {ins.mnemonic}",
        "",
        f"{ins.summary}",
        "",
        f"Opcode `{ins.opcode:#04x}` · unit {unit.title} (`{unit.name}`)",
        "",
        "**Syntax**",
        "",
        "```",
        ins.syntax,
        "```",
        "",
        "**Semantics**",
        "",
        ins.semantics,
        "",
    ]
    if ins.fields:
        out += [
            "**Operands**",
            "",
            "| operand | kind | bits | range | meaning |",
            "|---|---|---|---|---|",
        ]
        for f in ins.fields:
            bits = f"[{f.msb}]" if f.msb == f.lsb else f"[{f.msb}:{f.lsb}]"
            out.append(
                f"| `{f.name}` | {f.kind_name} | {bits} | {_cell(_range(spec, f))} "
                f"| {_cell(f.doc)} |"
            )
        out.append("")
    else:
        out += ["**Operands**: none.", ""]
    out += [f"**Footprint**: {_footprint_text(ins)}.", ""]
    actions = ", ".join(f"`{a}`" for a in ins.actions) if ins.actions else "none"
    out += [f"**Energy actions**: {actions}.", ""]
    out += ["**Encoding**", "", "```", encoding_diagram(spec, ins), "```", ""]
    return "\n".join(out)


def _intro(spec: IsaSpec) -> list[str]:
    out = [
        f"# The `{spec.name}` instruction set, version {spec.version}",
        "",
        f"<!-- DO NOT EDIT: generated from {SOURCE} by `python -m aimcsim.isa.codegen`. -->",
        "",
        "This is the reference manual of the instruction set that every tile of an aimcsim",
        "chip executes. It is generated from the spec, which is the single source of truth;",
        "see `isa/README.md` for how the spec, the generator and the tools fit together.",
        "",
        "## Machine model",
        "",
        spec.doc or "(the spec gives no machine model)",
        "",
        "## Registers and crossbars",
        "",
        f"* {N_REGS} scalar registers `r0` .. `r{N_REGS - 1}` of {REG_BITS} bits; `r0` reads "
        "as 0 and ignores writes. Buffer and memory addresses are always taken from a "
        "register; the footprint of an instruction is evaluated on the register values at "
        "issue.",
        f"* Crossbars are named `x0` .. `x{N_XBARS - 1}` within a tile. Each has a window "
        "(`xwin`) and a read configuration (`xcfg`) that persist; `xrows`/`xcols` in "
        "footprints are the window's size.",
        "",
        "## Operand kinds",
        "",
        "| kind | assembly syntax | meaning |",
        "|---|---|---|",
    ]
    for k in KINDS.values():
        name = "enum:NAME" if k.name == "enum" else k.name
        out.append(f"| `{name}` | {_cell(k.syntax)} | {_cell(k.doc)} |")
    out += [
        "",
        "Each operand's range is the one its bits allow, narrowed where the operand table",
        "says so (a length may not be 0, say).",
        "",
        "## Enumerations",
        "",
    ]
    for e in spec.enums:
        values = ", ".join(f"`{s}` = {c}" for s, c in e.values)
        out.append(f"* `enum:{e.name}`: {_cell(e.doc)} Values: {values}.")
    out += [
        "",
        "## Binary format",
        "",
        f"An instruction is one {spec.word_bits}-bit word. The opcode is in bits "
        f"[{spec.opcode_msb}:{spec.opcode_lsb}]; each operand sits in its field's bits "
        "(signed immediates in two's complement); every other bit is 0, and a decoder "
        "refuses a word with a nonzero bit outside its fields or with an unknown opcode.",
        "",
        "A program file (`.bin`) holds all tiles' streams, little-endian:",
        "",
        "```",
        f"header   magic {MAGIC!r} | format u16 (= {FORMAT_VERSION}) | ISA major u16 | "
        "minor u16 | patch u16",
        f"         | payload length u32 | CRC32 of the payload u32          ({HEADER_BYTES} bytes)",
        "payload  n_layers u32, then per named layer: id i32 | name length u16 | UTF-8 name",
        "         n_tiles u32, then per tile, by increasing tile id:",
        "           tile id u32 | n_instructions u32 | n_runs u32",
        "           | n_runs x (layer id i32 | run length u32)   (layer of each instruction)",
        "           | n_instructions x u64 instruction words",
        "```",
        "",
        "A loader refuses a program of another ISA major version (saying which version it",
        "is and which one it supports), a truncated file and a CRC mismatch.",
        "",
        "## Assembly syntax",
        "",
        "```",
        "# comment (also ';')",
        f"{'.isa ' + spec.version:<22}# optional; another major version is an error",
        '.layer 0 "conv1"      # name layer 0 (a JSON string) and make it the current layer',
        ".tile 0               # following instructions go to tile 0's stream",
        "        li    r1, 0x100",
        "loop:   mvm   x0, r1, r2, 0       # label: defines the index of the next instruction",
        ".layer -              # or '.layer none': back to no layer",
        "        bne   r1, r3, loop",
        "```",
        "",
        "* One instruction per line: `mnemonic op, op, ...`, operands in the order of the",
        "  operand table. Mnemonics are case-insensitive.",
        "* Operands: registers `r0`..`r15`, crossbars `x0`..`x15`, integers in decimal, hex",
        "  (`0x`), binary (`0b`) or octal (`0o`) with an optional sign, enumeration symbols,",
        "  flags `0`/`1`, and labels (or plain instruction indices) for branch targets.",
        "* `.tile N` selects a tile; every instruction must follow a `.tile` directive. A",
        "  later `.tile N` with the same N continues that stream. `.tile` resets the current",
        "  layer to none. Labels are local to a tile.",
        '* `.layer N` sets the layer of the following instructions; `.layer N "name"` also',
        "  names it. `.layer -` / `.layer none` returns to no layer.",
        "",
        "## Instructions by unit",
        "",
    ]
    for u in spec.units:
        members = sorted((i for i in spec.instructions if i.unit == u.name), key=lambda i: i.opcode)
        out += [f"### {u.title} (`{u.name}`)", "", _cell(u.doc), ""]
        if not members:
            out += ["No instructions.", ""]
            continue
        out += ["| mnemonic | opcode | summary |", "|---|---|---|"]
        for i in members:
            out.append(
                f"| [`{i.mnemonic}`]({_anchor(i.mnemonic)}) | `{i.opcode:#04x}` "
                f"| {_cell(i.summary)} |"
            )
        out.append("")
    return out


def render_manual(spec: IsaSpec) -> str:
    """The whole reference manual (Markdown)."""
    out = _intro(spec)
    out += ["## Instruction reference", ""]
    for u in spec.units:
        for ins in sorted(
            (i for i in spec.instructions if i.unit == u.name), key=lambda i: i.opcode
        ):
            out.append(render_instruction(spec, ins))
    text = "\n".join(out)
    return text.rstrip("\n") + "\n"
