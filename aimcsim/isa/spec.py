"""The ISA spec: loading ``isa/aimc.isa.toml`` into frozen dataclasses, and checking it.

The spec is the single source of truth of the instruction set. Every tool (encoder, decoder,
assembler, disassembler, manual generator, footprint evaluation) is driven by the
:class:`IsaSpec` built here; none of them has code for a particular instruction.

Two ways in:

* :func:`load_spec` reads a TOML file (the source, used by the code generator and tests);
* :func:`spec_from_dict` builds the spec from plain data, which is what the generated table
  ``aimcsim/isa/_generated_table.py`` holds, so the installed package needs no TOML file.

Both run every check and raise :class:`~aimcsim.errors.IsaError` naming the spec file, the
instruction or key at fault and, when reading TOML, the line.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aimcsim.errors import IsaError

N_REGS = 16
"""Number of scalar registers (r0..r15); r0 reads as 0."""

N_XBARS = 16
"""Number of crossbar names an operand can hold (x0..x15)."""

REG_BITS = 32
"""Width of a scalar register in bits."""


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What an operand kind means, for checks, the assembler and the manual."""

    name: str
    syntax: str
    doc: str


KINDS: dict[str, KindInfo] = {
    k.name: k
    for k in (
        KindInfo("reg", "r0 .. r15", "scalar register (32 bits; r0 reads as 0)"),
        KindInfo("xbar", "x0 .. x15", "crossbar of the tile"),
        KindInfo("uimm", "123, 0x7b, 0b1111011", "unsigned immediate"),
        KindInfo("simm", "-5, +7, -0x10", "two's-complement signed immediate"),
        KindInfo("tile", "integer", "tile id (destination or source of a message)"),
        KindInfo("label", "name or integer", "branch target: absolute instruction index"),
        KindInfo("flag", "0 or 1", "one-bit switch"),
        KindInfo("enum", "symbol name", "`enum:NAME`: one of the symbols of enumeration NAME"),
    )
}
"""Operand kinds known to the tools (``enum`` is written ``enum:NAME`` in the spec)."""

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_MNEMONIC = re.compile(r"^[a-z][a-z0-9_.]*$")
_ACTION = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$")


# ------------------------------------------------------------------------------ dataclasses
@dataclass(frozen=True, slots=True)
class EnumSpec:
    """An enumeration usable as operand kind ``enum:NAME``: symbols and their codes."""

    name: str
    doc: str
    values: tuple[tuple[str, int], ...]
    """(symbol, code) pairs in increasing code order."""

    def code(self, symbol: str) -> int | None:
        """The code of ``symbol``, or None if the enumeration has no such symbol."""
        for s, c in self.values:
            if s == symbol:
                return c
        return None

    def symbol(self, code: int) -> str | None:
        """The symbol of ``code``, or None if no symbol has that code."""
        for s, c in self.values:
            if c == code:
                return s
        return None


@dataclass(frozen=True, slots=True)
class UnitSpec:
    """A unit of the tile that executes instructions (crossbar, DPU, NoC, memory, control)."""

    name: str
    title: str
    doc: str


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One operand field of an instruction word.

    ``msb``/``lsb`` are inclusive bit positions in the word. ``min``/``max`` is the range of
    values the operand may take: what the bits and the kind allow, narrowed by the spec's
    ``min``/``max`` when given. For ``enum`` fields it spans the enumeration's codes.
    """

    name: str
    kind: str
    """Base kind: one of :data:`KINDS` (``enum`` for ``enum:NAME``)."""
    msb: int
    lsb: int
    doc: str
    min: int
    max: int
    enum: str | None = None
    """Enumeration name for ``enum`` fields, None otherwise."""

    @property
    def width(self) -> int:
        """Number of bits of the field."""
        return self.msb - self.lsb + 1

    @property
    def mask(self) -> int:
        """Mask of the field's bits in the word (already shifted)."""
        return ((1 << self.width) - 1) << self.lsb

    @property
    def kind_name(self) -> str:
        """The kind as written in the spec (``enum:NAME`` for enumerations)."""
        return f"enum:{self.enum}" if self.kind == "enum" else self.kind


@dataclass(frozen=True, slots=True)
class FootprintSpec:
    """A buffer footprint ``REG:EXPR``: ``EXPR`` elements from the address held in ``REG``.

    ``reg`` is the name of a ``reg`` field; ``expr`` an integer expression over field names,
    ``xrows`` and ``xcols``, integers, ``+ - *`` and parentheses.
    """

    reg: str
    expr: str
    evaluate: Callable[[Mapping[str, int]], int] = field(compare=False, repr=False)
    """Compiled ``expr``: maps a name -> value environment to the length in elements."""
    names: frozenset[str] = field(compare=False, repr=False)
    """Names ``expr`` refers to."""

    @property
    def text(self) -> str:
        """The footprint as written in the spec."""
        return f"{self.reg}:{self.expr}"


@dataclass(frozen=True, slots=True)
class InstructionSpec:
    """One instruction: opcode, unit, documentation, operand fields and footprints."""

    mnemonic: str
    opcode: int
    unit: str
    summary: str
    semantics: str
    fields: tuple[FieldSpec, ...]
    """Operand fields in assembly (and ``Instruction.operands``) order."""
    reads: tuple[FootprintSpec, ...]
    writes: tuple[FootprintSpec, ...]
    actions: tuple[str, ...]
    """Energy actions counted when the instruction executes."""

    @property
    def operand_names(self) -> tuple[str, ...]:
        """Names of the operand fields in order."""
        return tuple(f.name for f in self.fields)

    @property
    def syntax(self) -> str:
        """Assembly syntax, e.g. ``mvm xb, rin, rout, acc``."""
        ops = ", ".join(self.operand_names)
        return f"{self.mnemonic} {ops}" if ops else self.mnemonic

    def field(self, name: str) -> FieldSpec:
        """The field called ``name`` (KeyError if none)."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class IsaSpec:
    """The whole instruction set.

    ``doc`` is the machine model text (from the ``[isa] doc`` key, or else the "Machine
    model" comment block at the head of the TOML file). Look-ups by mnemonic and opcode are
    :attr:`by_mnemonic` and :attr:`by_opcode`.
    """

    name: str
    version: str
    word_bits: int
    opcode_msb: int
    opcode_lsb: int
    doc: str
    enums: tuple[EnumSpec, ...]
    units: tuple[UnitSpec, ...]
    instructions: tuple[InstructionSpec, ...]
    by_mnemonic: dict[str, InstructionSpec] = field(
        init=False, repr=False, compare=False, hash=False
    )
    by_opcode: dict[int, InstructionSpec] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_mnemonic", {i.mnemonic: i for i in self.instructions})
        object.__setattr__(self, "by_opcode", {i.opcode: i for i in self.instructions})

    @property
    def version_tuple(self) -> tuple[int, int, int]:
        """(major, minor, patch) of :attr:`version`."""
        return parse_version(self.version)

    @property
    def major(self) -> int:
        """Major version: programs of another major version are refused."""
        return self.version_tuple[0]

    @property
    def opcode_mask(self) -> int:
        """Mask of the opcode bits in the word."""
        return ((1 << (self.opcode_msb - self.opcode_lsb + 1)) - 1) << self.opcode_lsb

    @property
    def max_tile(self) -> int:
        """Largest tile id an operand of kind ``tile`` can name (65535 if no such field)."""
        maxima = [f.max for i in self.instructions for f in i.fields if f.kind == "tile"]
        return max(maxima) if maxima else 0xFFFF

    def enum(self, name: str) -> EnumSpec:
        """The enumeration called ``name`` (KeyError if none)."""
        for e in self.enums:
            if e.name == name:
                return e
        raise KeyError(name)

    def unit(self, name: str) -> UnitSpec:
        """The unit called ``name`` (KeyError if none)."""
        for u in self.units:
            if u.name == name:
                return u
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dicts, lists, str, int) from which :func:`spec_from_dict` rebuilds
        an equal spec; the generated table stores exactly this."""
        return {
            "isa": {
                "name": self.name,
                "version": self.version,
                "word_bits": self.word_bits,
                "opcode_bits": [self.opcode_msb, self.opcode_lsb],
                "doc": self.doc,
            },
            "enums": {e.name: {"doc": e.doc, "values": dict(e.values)} for e in self.enums},
            "units": {u.name: {"title": u.title, "doc": u.doc} for u in self.units},
            "instructions": [_instruction_to_dict(i) for i in self.instructions],
        }


def _instruction_to_dict(ins: InstructionSpec) -> dict[str, Any]:
    fields = []
    for f in ins.fields:
        d: dict[str, Any] = {"name": f.name, "kind": f.kind_name, "bits": [f.msb, f.lsb]}
        d["doc"] = f.doc
        lo, hi = natural_range(f.kind, f.width)
        if f.kind != "enum":
            if f.min != lo:
                d["min"] = f.min
            if f.max != hi:
                d["max"] = f.max
        fields.append(d)
    return {
        "mnemonic": ins.mnemonic,
        "opcode": ins.opcode,
        "unit": ins.unit,
        "summary": ins.summary,
        "semantics": ins.semantics,
        "fields": fields,
        "reads": [fp.text for fp in ins.reads],
        "writes": [fp.text for fp in ins.writes],
        "actions": list(ins.actions),
    }


# ------------------------------------------------------------------------------ helpers
def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> (1, 2, 3); ValueError if ``text`` is not ``major.minor.patch``."""
    m = _VERSION.match(text)
    if m is None:
        raise ValueError(f"version {text!r} is not major.minor.patch")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def natural_range(kind: str, width: int) -> tuple[int, int]:
    """Values a field of ``kind`` and ``width`` bits can hold before spec narrowing."""
    if kind in ("reg", "xbar"):
        return 0, min((1 << width) - 1, (N_REGS if kind == "reg" else N_XBARS) - 1)
    if kind == "simm":
        return -(1 << (width - 1)), (1 << (width - 1)) - 1
    if kind == "flag":
        return 0, 1
    return 0, (1 << width) - 1


# ------------------------------------------------------------------------- expressions
_TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*)|(.))")


def compile_expr(
    text: str, names: frozenset[str] | set[str]
) -> tuple[Callable[[Mapping[str, int]], int], set[str]]:
    """Compile a footprint length expression.

    Grammar: ``expr := term (('+'|'-') term)*``, ``term := unary ('*' unary)*``,
    ``unary := '-' unary | atom``, ``atom := INT | NAME | '(' expr ')'``. Returns the
    evaluator (environment mapping -> int) and the set of names used. ValueError with a
    reason if ``text`` does not parse or uses a name outside ``names``.
    """
    tokens: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(text):
        num, ident, other = m.groups()
        if num is not None:
            tokens.append(("int", num))
        elif ident is not None:
            if ident not in names:
                raise ValueError(f"unknown name {ident!r} (allowed: {', '.join(sorted(names))})")
            tokens.append(("name", ident))
        elif other is not None and not other.isspace():
            if other not in "+-*()":
                raise ValueError(f"character {other!r} not allowed (only + - * and parentheses)")
            tokens.append(("op", other))
    used: set[str] = {t for k, t in tokens if k == "name"}
    pos = 0

    def peek() -> str | None:
        return tokens[pos][1] if pos < len(tokens) else None

    def expr() -> Callable[[Mapping[str, int]], int]:
        nonlocal pos
        left = term()
        while peek() in ("+", "-"):
            op = tokens[pos][1]
            pos += 1
            right = term()
            left = _binop(op, left, right)
        return left

    def term() -> Callable[[Mapping[str, int]], int]:
        nonlocal pos
        left = unary()
        while peek() == "*":
            pos += 1
            right = unary()
            left = _binop("*", left, right)
        return left

    def unary() -> Callable[[Mapping[str, int]], int]:
        nonlocal pos
        if peek() == "-":
            pos += 1
            inner = unary()
            return lambda env: -inner(env)
        return atom()

    def atom() -> Callable[[Mapping[str, int]], int]:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError("expression ends too early")
        kind, tok = tokens[pos]
        pos += 1
        if kind == "int":
            value = int(tok)
            return lambda env: value
        if kind == "name":
            return lambda env: env[tok]
        if tok == "(":
            inner = expr()
            if peek() != ")":
                raise ValueError("missing ')'")
            pos += 1
            return inner
        raise ValueError(f"unexpected {tok!r}")

    if not tokens:
        raise ValueError("empty expression")
    fn = expr()
    if pos != len(tokens):
        raise ValueError(f"unexpected {tokens[pos][1]!r}")
    return fn, used


def _binop(
    op: str, a: Callable[[Mapping[str, int]], int], b: Callable[[Mapping[str, int]], int]
) -> Callable[[Mapping[str, int]], int]:
    if op == "+":
        return lambda env: a(env) + b(env)
    if op == "-":
        return lambda env: a(env) - b(env)
    return lambda env: a(env) * b(env)


# ------------------------------------------------------------------------------ locating
class _Locator:
    """Finds the line of a key in the TOML source, to put it in error messages."""

    def __init__(self, text: str | None) -> None:
        self.lines = text.splitlines() if text is not None else []
        self.blocks: list[int] = [
            i for i, ln in enumerate(self.lines) if re.match(r"^\s*\[\[instructions\]\]", ln)
        ]

    def _find(self, pattern: str, start: int, stop: int | None = None) -> int | None:
        rx = re.compile(pattern)
        end = len(self.lines) if stop is None else stop
        for i in range(start, end):
            if rx.search(self.lines[i]):
                return i + 1
        return None

    def _block(self, index: int) -> tuple[int, int]:
        if index >= len(self.blocks):
            return 0, 0
        start = self.blocks[index]
        stop = self.blocks[index + 1] if index + 1 < len(self.blocks) else len(self.lines)
        return start, stop

    def instruction(
        self, index: int, key: str | None = None, name: str | None = None
    ) -> int | None:
        """Line of instruction ``index``: of its ``key`` or of its field ``name`` if given."""
        if not self.lines:
            return None
        start, stop = self._block(index)
        if stop == 0:
            return None
        found = None
        if name is not None:
            found = self._find(rf"name\s*=\s*[\"']{re.escape(name)}[\"']", start, stop)
        elif key is not None:
            found = self._find(rf"^\s*{re.escape(key)}\s*=", start, stop)
        return found if found is not None else start + 1

    def table(self, header: str, key: str | None = None) -> int | None:
        """Line of table ``[header]`` (or of ``key`` inside it)."""
        if not self.lines:
            return None
        line = self._find(rf"^\s*\[\s*{re.escape(header)}\s*\]", 0)
        if line is None:
            return self._find(rf"^\s*{re.escape(header.split('.')[-1])}\s*=", 0)
        if key is not None:
            stop = self._find(r"^\s*\[", line) or len(self.lines) + 1
            found = self._find(rf"^\s*{re.escape(key)}\s*=", line, stop - 1)
            if found is not None:
                return found
        return line


def _suggest(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _machine_model_from_comments(text: str) -> str:
    """The "Machine model" comment block at the head of the TOML file, uncommented."""
    lines = text.splitlines()
    out: list[str] = []
    inside = False
    for ln in lines:
        stripped = ln.strip()
        if not stripped.startswith("#"):
            if inside:
                break
            continue
        body = stripped[1:]
        if not inside:
            if body.strip().lower().startswith("machine model"):
                inside = True
            continue
        if not body.strip():
            break
        out.append(body[1:] if body.startswith(" ") else body)
    if not out:
        return ""
    indent = min(len(s) - len(s.lstrip()) for s in out if s.strip())
    return "\n".join(s[indent:].rstrip() for s in out)


# ------------------------------------------------------------------------------ building
_TOP_KEYS = ("isa", "enums", "units", "instructions")
_ISA_KEYS = ("name", "version", "word_bits", "opcode_bits", "doc")
_INSTR_KEYS = (
    "mnemonic",
    "opcode",
    "unit",
    "summary",
    "semantics",
    "fields",
    "reads",
    "writes",
    "actions",
)
_FIELD_KEYS = ("name", "kind", "bits", "doc", "min", "max")


class _Builder:
    """Builds an :class:`IsaSpec` from plain data, checking as it goes."""

    def __init__(self, data: Mapping[str, Any], file: str, text: str | None) -> None:
        self.data = data
        self.file = file
        self.loc = _Locator(text)
        self.text = text

    def fail(self, message: str, line: int | None = None) -> IsaError:
        return IsaError(message, self.file, line)

    def unknown_keys(
        self, table: Mapping[str, Any], allowed: Sequence[str], where: str, line: int | None
    ) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(f"{where}: unknown key {key!r}{_suggest(key, allowed)}", line)

    def need(
        self,
        table: Mapping[str, Any],
        key: str,
        typ: type | tuple[type, ...],
        where: str,
        line: int | None,
    ) -> Any:
        if key not in table:
            raise self.fail(f"{where}: missing key {key!r}", line)
        value = table[key]
        if not isinstance(value, typ) or (isinstance(value, bool) and typ is int):
            raise self.fail(f"{where}: {key!r} has the wrong type ({type(value).__name__})", line)
        return value

    def build(self) -> IsaSpec:
        data = self.data
        if not isinstance(data, Mapping):
            raise self.fail("the spec is not a table")
        self.unknown_keys(data, _TOP_KEYS, "spec", None)
        isa = self.need(data, "isa", dict, "spec", None)
        where = "[isa]"
        line = self.loc.table("isa")
        self.unknown_keys(isa, _ISA_KEYS, where, line)
        name = self.need(isa, "name", str, where, self.loc.table("isa", "name"))
        version = self.need(isa, "version", str, where, self.loc.table("isa", "version"))
        try:
            parse_version(version)
        except ValueError as exc:
            raise self.fail(f"[isa] version: {exc}", self.loc.table("isa", "version")) from None
        word_bits = self.need(isa, "word_bits", int, where, self.loc.table("isa", "word_bits"))
        if not 8 <= word_bits <= 64:
            raise self.fail(
                f"[isa] word_bits = {word_bits} is outside 8..64",
                self.loc.table("isa", "word_bits"),
            )
        op_line = self.loc.table("isa", "opcode_bits")
        opcode_msb, opcode_lsb = self.bits(
            isa.get("opcode_bits"), word_bits, "[isa] opcode_bits", op_line
        )
        doc = isa.get("doc")
        if doc is None:
            doc = _machine_model_from_comments(self.text) if self.text is not None else ""
        if not isinstance(doc, str):
            raise self.fail("[isa] doc must be a string", self.loc.table("isa", "doc"))

        enums = self.build_enums(data.get("enums", {}))
        units = self.build_units(data.get("units", {}))
        raw_instrs = data.get("instructions", [])
        if not isinstance(raw_instrs, list):
            raise self.fail("'instructions' must be an array of tables")
        instrs: list[InstructionSpec] = []
        seen_mn: dict[str, int] = {}
        seen_op: dict[int, str] = {}
        for index, raw in enumerate(raw_instrs):
            ins = self.build_instruction(
                index, raw, enums, units, word_bits, (opcode_msb, opcode_lsb)
            )
            line = self.loc.instruction(index, "mnemonic")
            if ins.mnemonic in seen_mn:
                raise self.fail(f"instruction {ins.mnemonic!r}: duplicate mnemonic", line)
            if ins.opcode in seen_op:
                raise self.fail(
                    f"instruction {ins.mnemonic!r}: duplicate opcode {ins.opcode:#04x} "
                    f"(already used by {seen_op[ins.opcode]!r})",
                    self.loc.instruction(index, "opcode"),
                )
            seen_mn[ins.mnemonic] = index
            seen_op[ins.opcode] = ins.mnemonic
            instrs.append(ins)
        return IsaSpec(
            name=name,
            version=version,
            word_bits=word_bits,
            opcode_msb=opcode_msb,
            opcode_lsb=opcode_lsb,
            doc=doc.strip(),
            enums=tuple(enums.values()),
            units=tuple(units.values()),
            instructions=tuple(instrs),
        )

    def bits(self, raw: Any, word_bits: int, where: str, line: int | None) -> tuple[int, int]:
        if (
            not isinstance(raw, list)
            or len(raw) != 2
            or not all(isinstance(b, int) and not isinstance(b, bool) for b in raw)
        ):
            raise self.fail(f"{where} must be [msb, lsb] (two integers)", line)
        msb, lsb = raw
        if msb < lsb:
            raise self.fail(f"{where} = [{msb}, {lsb}]: msb is below lsb", line)
        if lsb < 0 or msb >= word_bits:
            raise self.fail(
                f"{where} = [{msb}, {lsb}] lies outside the {word_bits}-bit word "
                f"(bits {word_bits - 1}..0)",
                line,
            )
        return msb, lsb

    def build_enums(self, raw: Any) -> dict[str, EnumSpec]:
        if not isinstance(raw, dict):
            raise self.fail("'enums' must be a table")
        out: dict[str, EnumSpec] = {}
        for name, table in raw.items():
            where = f"[enums.{name}]"
            line = self.loc.table(f"enums.{name}")
            if not isinstance(table, dict):
                raise self.fail(f"{where} must be a table", line)
            if not _IDENT.match(name):
                raise self.fail(f"{where}: bad enumeration name", line)
            self.unknown_keys(table, ("doc", "values"), where, line)
            doc = self.need(table, "doc", str, where, line)
            values = self.need(
                table, "values", dict, where, self.loc.table(f"enums.{name}", "values")
            )
            if not values:
                raise self.fail(f"{where}: no values", line)
            pairs: list[tuple[str, int]] = []
            codes: dict[int, str] = {}
            for sym, code in values.items():
                if not _IDENT.match(sym):
                    raise self.fail(f"{where}: bad symbol {sym!r}", line)
                if not isinstance(code, int) or isinstance(code, bool) or code < 0:
                    raise self.fail(f"{where}: code of {sym!r} must be an integer >= 0", line)
                if code in codes:
                    raise self.fail(
                        f"{where}: symbols {codes[code]!r} and {sym!r} share code {code}", line
                    )
                codes[code] = sym
                pairs.append((sym, code))
            out[name] = EnumSpec(name, doc.strip(), tuple(sorted(pairs, key=lambda p: p[1])))
        return out

    def build_units(self, raw: Any) -> dict[str, UnitSpec]:
        if not isinstance(raw, dict):
            raise self.fail("'units' must be a table")
        out: dict[str, UnitSpec] = {}
        for name, table in raw.items():
            where = f"[units.{name}]"
            line = self.loc.table(f"units.{name}")
            if not isinstance(table, dict):
                raise self.fail(f"{where} must be a table", line)
            self.unknown_keys(table, ("title", "doc"), where, line)
            out[name] = UnitSpec(
                name,
                self.need(table, "title", str, where, line).strip(),
                self.need(table, "doc", str, where, line).strip(),
            )
        return out

    def build_instruction(
        self,
        index: int,
        raw: Any,
        enums: Mapping[str, EnumSpec],
        units: Mapping[str, UnitSpec],
        word_bits: int,
        opcode_bits: tuple[int, int],
    ) -> InstructionSpec:
        loc = self.loc
        if not isinstance(raw, dict):
            raise self.fail(f"instruction #{index} must be a table", loc.instruction(index))
        mnemonic = raw.get("mnemonic")
        if not isinstance(mnemonic, str) or not _MNEMONIC.match(mnemonic):
            raise self.fail(
                f"instruction #{index}: 'mnemonic' must be a lower-case name, got {mnemonic!r}",
                loc.instruction(index, "mnemonic"),
            )
        where = f"instruction {mnemonic!r}"
        for key in raw:
            if key not in _INSTR_KEYS:
                self.unknown_keys({key: None}, _INSTR_KEYS, where, loc.instruction(index, key))
        opcode = self.need(raw, "opcode", int, where, loc.instruction(index, "opcode"))
        op_msb, op_lsb = opcode_bits
        op_width = op_msb - op_lsb + 1
        if not 0 <= opcode < (1 << op_width):
            raise self.fail(
                f"{where}: opcode {opcode:#x} does not fit in {op_width} opcode bits",
                loc.instruction(index, "opcode"),
            )
        unit = self.need(raw, "unit", str, where, loc.instruction(index, "unit"))
        if unit not in units:
            raise self.fail(
                f"{where}: unit {unit!r} is not declared in [units]{_suggest(unit, list(units))}",
                loc.instruction(index, "unit"),
            )
        summary = self.need(raw, "summary", str, where, loc.instruction(index, "summary"))
        semantics = self.need(raw, "semantics", str, where, loc.instruction(index, "semantics"))
        raw_fields = self.need(raw, "fields", list, where, loc.instruction(index, "fields"))
        fields: list[FieldSpec] = []
        taken: list[tuple[str, int, int]] = [("opcode", op_msb, op_lsb)]
        for raw_field in raw_fields:
            fields.append(self.build_field(index, where, raw_field, enums, word_bits, taken))
        names = {f.name for f in fields}
        footprints: dict[str, tuple[FootprintSpec, ...]] = {}
        for key in ("reads", "writes"):
            line = loc.instruction(index, key)
            items = self.need(raw, key, list, where, line)
            fps = []
            for item in items:
                if not isinstance(item, str):
                    raise self.fail(f"{where}: {key} entries must be strings 'REG:EXPR'", line)
                fps.append(self.footprint(item, fields, names, f"{where}: {key}", line))
            footprints[key] = tuple(fps)
        line = loc.instruction(index, "actions")
        actions = self.need(raw, "actions", list, where, line)
        for action in actions:
            if not isinstance(action, str) or not _ACTION.match(action):
                raise self.fail(
                    f"{where}: action {action!r} is not a dotted name like 'adc.convert'", line
                )
        return InstructionSpec(
            mnemonic=mnemonic,
            opcode=opcode,
            unit=unit,
            summary=summary.strip(),
            semantics=semantics.strip(),
            fields=tuple(fields),
            reads=footprints["reads"],
            writes=footprints["writes"],
            actions=tuple(actions),
        )

    def build_field(
        self,
        index: int,
        where: str,
        raw: Any,
        enums: Mapping[str, EnumSpec],
        word_bits: int,
        taken: list[tuple[str, int, int]],
    ) -> FieldSpec:
        loc = self.loc
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise self.fail(
                f"{where}: every field needs a 'name'", loc.instruction(index, "fields")
            )
        name = raw["name"]
        line = loc.instruction(index, name=name)
        fwhere = f"{where}: field {name!r}"
        if not _IDENT.match(name) or name in ("xrows", "xcols"):
            raise self.fail(f"{fwhere}: bad field name", line)
        if any(t[0] == name for t in taken):
            raise self.fail(f"{fwhere}: duplicate field name", line)
        self.unknown_keys(raw, _FIELD_KEYS, fwhere, line)
        kind_text = self.need(raw, "kind", str, fwhere, line)
        kind, _, enum_name = kind_text.partition(":")
        if kind not in KINDS or (kind == "enum") != bool(enum_name):
            raise self.fail(
                f"{fwhere}: unknown operand kind {kind_text!r}{_suggest(kind_text, list(KINDS))}"
                f" (known: {', '.join(k if k != 'enum' else 'enum:NAME' for k in KINDS)})",
                line,
            )
        msb, lsb = self.bits(raw.get("bits"), word_bits, f"{fwhere}: bits", line)
        for other, omsb, olsb in taken:
            if lsb <= omsb and olsb <= msb:
                raise self.fail(
                    f"{fwhere}: bits [{msb}, {lsb}] overlap {other!r} bits [{omsb}, {olsb}]", line
                )
        taken.append((name, msb, lsb))
        doc = self.need(raw, "doc", str, fwhere, line)
        width = msb - lsb + 1
        lo, hi = natural_range(kind, width)
        if kind == "enum":
            if enum_name not in enums:
                raise self.fail(
                    f"{fwhere}: unknown enumeration {enum_name!r}"
                    f"{_suggest(enum_name, list(enums))}",
                    line,
                )
            if "min" in raw or "max" in raw:
                raise self.fail(f"{fwhere}: enum fields take no min/max", line)
            codes = [c for _, c in enums[enum_name].values]
            if max(codes) >= (1 << width):
                raise self.fail(
                    f"{fwhere}: enumeration {enum_name!r} has code {max(codes)}, which does not "
                    f"fit in {width} bit(s)",
                    line,
                )
            return FieldSpec(name, kind, msb, lsb, doc.strip(), min(codes), max(codes), enum_name)
        if kind in ("reg", "xbar") and width < 4:
            raise self.fail(f"{fwhere}: a {kind} field needs at least 4 bits, has {width}", line)
        fmin, fmax = lo, hi
        for key in ("min", "max"):
            if key in raw:
                value = raw[key]
                if not isinstance(value, int) or isinstance(value, bool):
                    raise self.fail(f"{fwhere}: {key} must be an integer", line)
                if not lo <= value <= hi:
                    raise self.fail(
                        f"{fwhere}: {key} = {value} is outside what {width} bit(s) of kind "
                        f"{kind!r} allow ({lo}..{hi})",
                        line,
                    )
                if key == "min":
                    fmin = value
                else:
                    fmax = value
        if fmin > fmax:
            raise self.fail(f"{fwhere}: min {fmin} is above max {fmax}", line)
        return FieldSpec(name, kind, msb, lsb, doc.strip(), fmin, fmax)

    def footprint(
        self,
        text: str,
        fields: Sequence[FieldSpec],
        names: set[str],
        where: str,
        line: int | None,
    ) -> FootprintSpec:
        reg, sep, expr = text.partition(":")
        reg, expr = reg.strip(), expr.strip()
        if not sep or not reg or not expr:
            raise self.fail(f"{where}: {text!r} is not 'REG:EXPR'", line)
        regs = [f.name for f in fields if f.kind == "reg"]
        if reg not in regs:
            raise self.fail(
                f"{where}: {text!r}: {reg!r} is not a reg-kind field of the instruction"
                f"{_suggest(reg, regs)}",
                line,
            )
        allowed = frozenset(names | {"xrows", "xcols"})
        try:
            fn, used = compile_expr(expr, allowed)
        except ValueError as exc:
            raise self.fail(f"{where}: {text!r}: {exc}", line) from None
        return FootprintSpec(reg, expr, fn, frozenset(used))


def spec_from_dict(
    data: Mapping[str, Any], file: str = "<spec>", text: str | None = None
) -> IsaSpec:
    """Build and check an :class:`IsaSpec` from plain data (a parsed TOML document or the
    generated table). ``file`` names the source in errors; ``text``, the TOML source, gives
    line numbers and the machine model comment block."""
    return _Builder(data, file, text).build()


def load_spec(path: str | Path) -> IsaSpec:
    """Read, build and check the ISA spec in the TOML file ``path``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise IsaError(f"cannot read the ISA spec: {exc.strerror}", str(path)) from None
    except UnicodeDecodeError:
        raise IsaError("the ISA spec is not UTF-8 text", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise IsaError(f"invalid TOML: {exc}", str(path), line, col) from None
    return spec_from_dict(data, str(path), text)


GENERATED_TABLE_FILE = "aimcsim/isa/_generated_table.py"
"""Where the generated table lives, relative to the repository root (for messages)."""


@functools.cache
def builtin_spec() -> IsaSpec:
    """The spec of this build, from the generated table (no TOML needed); built once."""
    from aimcsim.isa._generated_table import TABLE

    return spec_from_dict(TABLE, GENERATED_TABLE_FILE)
