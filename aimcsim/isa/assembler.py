"""Assembler: text -> :class:`Program`, driven by the spec's fields and operand kinds.

Syntax (see also the "Assembly syntax" section of ``isa/ISA.md``)::

    # comment, or ; comment
    .isa 1.0.0              optional; another major version than this build's is an error
    .layer 3 "fc1"          following instructions belong to layer 3, named "fc1"
    .layer -                (or .layer none) following instructions belong to no layer
    .tile 0                 following instructions go to tile 0 (and the layer resets to none)
    loop:                   label = index of the next instruction of the current tile
    lbl: mvm x0, r1, r2, 0  a label may precede an instruction on its line
            bne r1, r3, loop

Every instruction must follow a ``.tile`` directive (there is no implicit default tile, so a
forgotten directive cannot silently put code on tile 0). Labels are local to a tile; a
branch target may also be a plain instruction index. Layer names are JSON strings.

Every error is an :class:`~aimcsim.errors.IsaError` with the file, line and column.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field

from aimcsim.errors import IsaError
from aimcsim.isa.encoding import field_value_ok, range_text
from aimcsim.isa.program import NO_LAYER, Instruction, Program
from aimcsim.isa.spec import FieldSpec, InstructionSpec, IsaSpec, builtin_spec, parse_version

_LABEL_DEF = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_.$]*)\s*:")
_LABEL_REF = re.compile(r"^[A-Za-z_][A-Za-z0-9_.$]*$")
_INT = re.compile(r"^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[0-9]+)$")
_REG = re.compile(r"^[rR]([0-9]+)$")
_XBAR = re.compile(r"^[xX]([0-9]+)$")
_WORD = re.compile(r"\S+")
_MAX_DIGITS = 40

MAX_TILE_ID = 0xFFFFFFFF
"""Largest tile id of a ``.tile`` directive (the binary format stores tile ids as u32)."""

MAX_LAYER_ID = 0x7FFFFFFF
"""Largest layer id of a ``.layer`` directive (the binary format stores layer ids as i32)."""


def parse_int(token: str) -> int | None:
    """Value of an integer literal (decimal, 0x hex, 0b binary, 0o octal, optional sign),
    or None if ``token`` is not one."""
    m = _INT.match(token)
    if m is None or len(token) > _MAX_DIGITS:
        return None
    sign, digits = m.groups()
    base = {"x": 16, "b": 2, "o": 8}.get(digits[1:2].lower(), 10) if len(digits) > 1 else 10
    value = int(digits[2:], base) if base != 10 else int(digits, 10)
    return -value if sign == "-" else value


def _strip_comment(line: str) -> str:
    """``line`` without its ``#``/``;`` comment; comment characters inside strings stay."""
    in_str = False
    escaped = False
    for i, ch in enumerate(line):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "#;":
            return line[:i]
    return line


@dataclass
class _Pending:
    """An instruction being assembled (label operands not yet resolved)."""

    ispec: InstructionSpec
    operands: list[int]
    layer: int
    line: int
    fixups: list[tuple[int, str, int]] = field(default_factory=list)
    """(operand index, label name, column) to resolve once all labels are known."""


class _Assembler:
    def __init__(self, text: str, file: str, spec: IsaSpec) -> None:
        self.text = text
        self.file = file
        self.spec = spec
        self.version: str | None = None
        self.tile: int | None = None
        self.layer = NO_LAYER
        self.tiles: dict[int, list[_Pending]] = {}
        self.labels: dict[int, dict[str, tuple[int, int]]] = {}
        self.layer_names: dict[int, tuple[str, int]] = {}
        self.lineno = 0

    def error(self, message: str, col: int | None = None) -> IsaError:
        return IsaError(message, self.file, self.lineno, col)

    # ------------------------------------------------------------------ driver
    def run(self) -> Program:
        for lineno, raw in enumerate(self.text.split("\n"), start=1):
            self.lineno = lineno
            self.line(raw.rstrip("\r"))
        program = Program(self.version or self.spec.version)
        for tile, pendings in self.tiles.items():
            stream = program.stream(tile)
            labels = self.labels.get(tile, {})
            for p in pendings:
                for index, name, col in p.fixups:
                    if name not in labels:
                        self.lineno = p.line
                        close = difflib.get_close_matches(name, list(labels), n=1)
                        hint = f" (did you mean {close[0]!r}?)" if close else ""
                        raise self.error(f"undefined label {name!r} in tile {tile}{hint}", col)
                    target = labels[name][0]
                    f = p.ispec.fields[index]
                    if not field_value_ok(f, target, self.spec):
                        self.lineno = p.line
                        raise self.error(
                            f"label {name!r} = {target} is out of range for operand {f.name!r} "
                            f"({range_text(f, self.spec)})",
                            col,
                        )
                    p.operands[index] = target
                stream.instructions.append(
                    Instruction(p.ispec.mnemonic, tuple(p.operands), p.layer, p.line)
                )
        program.layer_names = {lid: name for lid, (name, _) in sorted(self.layer_names.items())}
        return program

    def line(self, raw: str) -> None:
        text = _strip_comment(raw)
        pos = 0
        while True:
            m = _LABEL_DEF.match(text, pos)
            if m is None:
                break
            self.define_label(m.group(1), m.start(1) + 1)
            pos = m.end()
        rest = text[pos:]
        stripped = rest.strip()
        if not stripped:
            return
        col = pos + len(rest) - len(rest.lstrip()) + 1
        if stripped.startswith("."):
            self.directive(stripped, col)
        else:
            self.instruction(stripped, col)

    # ------------------------------------------------------------------ labels
    def define_label(self, name: str, col: int) -> None:
        if self.tile is None:
            raise self.error(f"label {name!r} before any .tile directive", col)
        labels = self.labels.setdefault(self.tile, {})
        if name in labels:
            raise self.error(
                f"duplicate label {name!r} in tile {self.tile} (first defined on line "
                f"{labels[name][1]})",
                col,
            )
        labels[name] = (len(self.tiles[self.tile]), self.lineno)

    # ------------------------------------------------------------------ directives
    def directive(self, text: str, col: int) -> None:
        words = [(m.group(0), m.start() + col) for m in _WORD.finditer(text)]
        name, _ = words[0]
        args = words[1:]
        if name == ".isa":
            self.dir_isa(args, col)
        elif name == ".tile":
            self.dir_tile(args, col)
        elif name == ".layer":
            self.dir_layer(text, col)
        else:
            close = difflib.get_close_matches(name, [".isa", ".tile", ".layer"], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise self.error(f"unknown directive {name!r}{hint}", col)

    def dir_isa(self, args: list[tuple[str, int]], col: int) -> None:
        if len(args) != 1:
            raise self.error(".isa takes one argument: major.minor.patch", col)
        text, acol = args[0]
        try:
            major, minor, patch = parse_version(text)
        except ValueError:
            raise self.error(f".isa: {text!r} is not major.minor.patch", acol) from None
        if self.version is not None:
            raise self.error("duplicate .isa directive", col)
        if any(self.tiles.values()):
            raise self.error(".isa must come before the first instruction", col)
        if major != self.spec.major:
            raise self.error(
                f"program is for ISA version {text} (major {major}); this build supports ISA "
                f"major version {self.spec.major} ({self.spec.version})",
                acol,
            )
        if max(minor, patch) > 0xFFFF:
            raise self.error(f".isa: {text!r} has a part above 65535", acol)
        self.version = f"{major}.{minor}.{patch}"

    def dir_tile(self, args: list[tuple[str, int]], col: int) -> None:
        if len(args) != 1:
            raise self.error(".tile takes one argument: the tile id", col)
        text, acol = args[0]
        value = parse_int(text)
        if value is None or not 0 <= value <= MAX_TILE_ID:
            raise self.error(f".tile: expected a tile id 0..{MAX_TILE_ID}, got {text!r}", acol)
        self.tile = value
        self.layer = NO_LAYER
        self.tiles.setdefault(value, [])

    def dir_layer(self, text: str, col: int) -> None:
        body = text[len(".layer") :]
        m = re.match(r"\s+(\S+)", body)
        if m is None:
            raise self.error('.layer takes a layer id (or - / none) and an optional "name"', col)
        arg = m.group(1)
        acol = col + len(".layer") + m.start(1)
        rest_raw = body[m.end() :]
        rest = rest_raw.strip()
        rcol = col + len(".layer") + m.end() + len(rest_raw) - len(rest_raw.lstrip())
        if arg.startswith('"'):
            raise self.error(".layer: the layer id comes before the name", acol)
        if arg in ("-", "none"):
            if rest:
                raise self.error(".layer -/none takes no name", rcol)
            self.layer = NO_LAYER
            return
        value = parse_int(arg)
        if value is None or not 0 <= value <= MAX_LAYER_ID:
            raise self.error(
                f".layer: expected a layer id 0..{MAX_LAYER_ID}, '-' or 'none', got {arg!r}", acol
            )
        if rest:
            name = self.string(rest, rcol)
            known = self.layer_names.get(value)
            if known is not None and known[0] != name:
                raise self.error(
                    f"layer {value} is already named {known[0]!r} (line {known[1]})", rcol
                )
            if known is None:
                self.layer_names[value] = (name, self.lineno)
        self.layer = value

    def string(self, text: str, col: int) -> str:
        if not (len(text) >= 2 and text.startswith('"') and text.endswith('"')):
            raise self.error(f"expected a double-quoted name, got {text!r}", col)
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, str):
            raise self.error(f"bad string {text}", col)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.error(f"string {text} is not valid Unicode", col) from None
        return value

    # ------------------------------------------------------------------ instructions
    def instruction(self, text: str, col: int) -> None:
        m = _WORD.match(text)
        assert m is not None
        word = m.group(0)
        mnemonic = word.lower()
        ispec = self.spec.by_mnemonic.get(mnemonic)
        if ispec is None:
            close = difflib.get_close_matches(mnemonic, list(self.spec.by_mnemonic), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise self.error(f"unknown mnemonic {word!r}{hint}", col)
        if self.tile is None:
            raise self.error(
                f"instruction {mnemonic!r} before any .tile directive (say which tile it "
                "belongs to with '.tile N')",
                col,
            )
        body = text[m.end() :]
        ops: list[tuple[str, int]] = []
        if body.strip():
            start = m.end()
            for piece in body.split(","):
                stripped = piece.strip()
                pcol = col + start + (len(piece) - len(piece.lstrip()) if stripped else 0)
                ops.append((stripped, pcol))
                start += len(piece) + 1
        if len(ops) != len(ispec.fields):
            names = ", ".join(ispec.operand_names) or "none"
            raise self.error(
                f"{mnemonic} takes {len(ispec.fields)} operand(s) ({names}), got {len(ops)}",
                col,
            )
        pending = _Pending(ispec, [0] * len(ops), self.layer, self.lineno)
        for index, (f, (tok, tcol)) in enumerate(zip(ispec.fields, ops, strict=True)):
            if not tok:
                raise self.error(f"{mnemonic}: operand {f.name!r} is empty", tcol)
            value = self.operand(ispec, f, tok, tcol)
            if value is None:
                pending.fixups.append((index, tok, tcol))
            else:
                pending.operands[index] = value
        self.tiles[self.tile].append(pending)

    def operand(self, ispec: InstructionSpec, f: FieldSpec, tok: str, col: int) -> int | None:
        """Value of operand ``tok`` for field ``f``; None for a label to resolve later."""
        where = f"{ispec.mnemonic}: operand {f.name!r}"
        value: int | None
        if f.kind == "reg" or f.kind == "xbar":
            m = (_REG if f.kind == "reg" else _XBAR).match(tok)
            value = int(m.group(1)) if m is not None and len(tok) <= _MAX_DIGITS else None
            if value is None:
                raise self.error(f"{where}: expected {range_text(f, self.spec)}, got {tok!r}", col)
        elif f.kind == "enum" and f.enum is not None:
            enum = self.spec.enum(f.enum)
            value = enum.code(tok)
            if value is None:
                symbols = [s for s, _ in enum.values]
                close = difflib.get_close_matches(tok, symbols, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise self.error(
                    f"{where}: expected one of {', '.join(symbols)}, got {tok!r}{hint}", col
                )
        else:
            value = parse_int(tok)
            if value is None:
                if f.kind == "label" and _LABEL_REF.match(tok):
                    return None
                expected = "a label or an integer" if f.kind == "label" else "an integer"
                raise self.error(f"{where}: expected {expected}, got {tok!r}", col)
        if not field_value_ok(f, value, self.spec):
            raise self.error(f"{where}: {tok} is out of range ({range_text(f, self.spec)})", col)
        return value


def assemble(text: str, file: str = "<string>", spec: IsaSpec | None = None) -> Program:
    """Assemble ``text`` into a :class:`Program`; ``file`` names the source in errors.

    IsaError (with file, line and column) on any error: unknown mnemonic or directive, wrong
    operand count, operand out of range, undefined or duplicate label, instruction before
    ``.tile``, another ISA major version.
    """
    return _Assembler(text, file, spec or builtin_spec()).run()
