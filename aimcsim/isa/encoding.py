"""Binary encoding of instructions (64-bit words) and of whole programs, driven by the spec.

Instruction word: the opcode sits in the spec's ``opcode_bits`` (bits [63:56]); each operand
in its field's bits; signed immediates are two's complement; every other bit is zero.
Decoding refuses unknown opcodes, nonzero bits outside every field, and operand values
outside their field's range.

Program file (all integers little-endian)::

    header   magic b"AIMC" | format u16 | isa major u16 | minor u16 | patch u16
             | payload length u32 | CRC32 of the payload u32              (20 bytes)
    payload  n_layers u32, then per named layer: id i32 | name length u16 | UTF-8 name
             n_tiles u32, then per tile, by increasing tile id:
               tile id u32 | n_instructions u32 | n_runs u32
               | n_runs x (layer id i32 | run length u32)   layer of each instruction, as runs
               | n_instructions x u64 words

A program of another ISA major version, a bad magic, a truncated file or a CRC mismatch is an
:class:`~aimcsim.errors.IsaError` that says so, with the byte offset where it applies; a bad
instruction word is named by its tile and index (``tile 3 word 17``). The decoder accepts only
the canonical encoding, the one :func:`encode_program` writes (layer names and tiles by
increasing id, adjacent runs of one layer merged, no stray bits), so decoding then encoding a
binary gives back the same bytes.
"""

from __future__ import annotations

import struct
import zlib

from aimcsim.errors import IsaError
from aimcsim.isa.program import NO_LAYER, Instruction, Program, TileStream
from aimcsim.isa.spec import FieldSpec, InstructionSpec, IsaSpec, builtin_spec, parse_version

MAGIC = b"AIMC"
"""First four bytes of every program binary."""

FORMAT_VERSION = 1
"""Version of the container layout (not of the ISA)."""

_HEADER = struct.Struct("<4sHHHHII")
HEADER_BYTES = _HEADER.size
"""Size of the fixed header in bytes."""

_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_I32 = struct.Struct("<i")
_RUN = struct.Struct("<iI")
_TILE = struct.Struct("<III")
_WORD = struct.Struct("<Q")

_MAX_U32 = 0xFFFFFFFF
_MAX_I32 = 0x7FFFFFFF


# ------------------------------------------------------------------------ single words
def range_text(f: FieldSpec, spec: IsaSpec) -> str:
    """Human-readable set of values field ``f`` allows, e.g. ``1..65535`` or an enum list."""
    if f.kind == "enum" and f.enum is not None:
        e = spec.enum(f.enum)
        return "one of " + ", ".join(f"{s} ({c})" for s, c in e.values)
    if f.kind == "reg":
        return f"r{f.min}..r{f.max}"
    if f.kind == "xbar":
        return f"x{f.min}..x{f.max}"
    return f"{f.min}..{f.max}"


def field_value_ok(f: FieldSpec, value: int, spec: IsaSpec) -> bool:
    """Whether ``value`` is a legal value of field ``f``."""
    if f.kind == "enum" and f.enum is not None:
        return spec.enum(f.enum).symbol(value) is not None
    return f.min <= value <= f.max


def check_instruction(
    instr: Instruction, spec: IsaSpec | None = None, file: str | None = None
) -> InstructionSpec:
    """Check that ``instr`` names a known mnemonic with the right number of in-range
    operands; return its spec. IsaError (with ``file`` and ``instr.line``) otherwise."""
    spec = spec or builtin_spec()
    ispec = spec.by_mnemonic.get(instr.mnemonic)
    if ispec is None:
        raise IsaError(f"unknown mnemonic {instr.mnemonic!r}", file, instr.line)
    if len(instr.operands) != len(ispec.fields):
        raise IsaError(
            f"{ispec.mnemonic} takes {len(ispec.fields)} operand(s) "
            f"({', '.join(ispec.operand_names) or 'none'}), got {len(instr.operands)}",
            file,
            instr.line,
        )
    for f, value in zip(ispec.fields, instr.operands, strict=True):
        if not isinstance(value, int) or not field_value_ok(f, value, spec):
            raise IsaError(
                f"{ispec.mnemonic}: operand {f.name!r} = {value!r} is out of range "
                f"({range_text(f, spec)})",
                file,
                instr.line,
            )
    return ispec


def encode_instruction(
    instr: Instruction, spec: IsaSpec | None = None, file: str | None = None
) -> int:
    """The instruction word of ``instr`` (an int below 2**64). IsaError naming the operand
    and its allowed range if an operand is out of range."""
    spec = spec or builtin_spec()
    ispec = check_instruction(instr, spec, file)
    word = ispec.opcode << spec.opcode_lsb
    for f, value in zip(ispec.fields, instr.operands, strict=True):
        word |= (value & ((1 << f.width) - 1)) << f.lsb
    return word


def decode_word(
    word: int,
    spec: IsaSpec | None = None,
    *,
    layer: int = NO_LAYER,
    file: str | None = None,
    offset: int | None = None,
) -> Instruction:
    """Decode one instruction word into an :class:`Instruction` of layer ``layer``.

    IsaError for an unknown opcode, nonzero bits outside every field or an operand out of
    range; ``file`` and the byte ``offset`` of the word (when given) are in the message.
    """
    spec = spec or builtin_spec()
    at = f" at byte offset {offset}" if offset is not None else ""
    if not 0 <= word < (1 << spec.word_bits):
        raise IsaError(f"word {word:#x}{at} does not fit in {spec.word_bits} bits", file)
    opcode = (word & spec.opcode_mask) >> spec.opcode_lsb
    ispec = spec.by_opcode.get(opcode)
    if ispec is None:
        raise IsaError(f"unknown opcode {opcode:#04x} in word {word:#018x}{at}", file)
    used = spec.opcode_mask
    operands: list[int] = []
    for f in ispec.fields:
        used |= f.mask
        raw = (word & f.mask) >> f.lsb
        if f.kind == "simm" and raw >> (f.width - 1):
            raw -= 1 << f.width
        if not field_value_ok(f, raw, spec):
            raise IsaError(
                f"{ispec.mnemonic} word {word:#018x}{at}: operand {f.name!r} = {raw} is out of "
                f"range ({range_text(f, spec)})",
                file,
            )
        operands.append(raw)
    stray = word & ~used
    if stray:
        raise IsaError(
            f"{ispec.mnemonic} word {word:#018x}{at} has nonzero bits outside its fields "
            f"(mask {stray:#018x})",
            file,
        )
    return Instruction(ispec.mnemonic, tuple(operands), layer)


# ---------------------------------------------------------------------------- programs
def _layer_runs(instrs: list[Instruction]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for ins in instrs:
        if runs and runs[-1][0] == ins.layer:
            runs[-1] = (ins.layer, runs[-1][1] + 1)
        else:
            runs.append((ins.layer, 1))
    return runs


def encode_program(program: Program, spec: IsaSpec | None = None) -> bytes:
    """The binary file of ``program`` (see the module docstring for the layout).

    Deterministic: tiles and layer names are written in increasing id order, so equal
    programs give identical bytes. IsaError if the program cannot be encoded (bad operand,
    other ISA major version, id out of range).
    """
    spec = spec or builtin_spec()
    where = "<program>"
    try:
        major, minor, patch = parse_version(program.isa_version)
    except (ValueError, TypeError):
        raise IsaError(
            f"bad ISA version {program.isa_version!r} (need major.minor.patch)", where
        ) from None
    if major != spec.major:
        raise IsaError(
            f"program is for ISA version {program.isa_version} (major {major}); this build "
            f"encodes ISA {spec.version} (major {spec.major})",
            where,
        )
    if max(major, minor, patch) > 0xFFFF:
        raise IsaError(f"ISA version {program.isa_version} has a part above 65535", where)
    out = bytearray()
    out += _U32.pack(len(program.layer_names))
    for lid in sorted(program.layer_names):
        name = program.layer_names[lid]
        if not 0 <= lid <= _MAX_I32:
            raise IsaError(f"layer id {lid} is outside 0..{_MAX_I32}", where)
        try:
            raw = name.encode("utf-8")
        except UnicodeEncodeError:
            raise IsaError(f"layer {lid} name {name!r} is not encodable as UTF-8", where) from None
        if len(raw) > 0xFFFF:
            raise IsaError(f"layer {lid} name is longer than 65535 bytes", where)
        out += _I32.pack(lid) + _U16.pack(len(raw)) + raw
    out += _U32.pack(len(program.streams))
    for tid in sorted(program.streams):
        stream = program.streams[tid]
        if not 0 <= tid <= _MAX_U32:
            raise IsaError(f"tile id {tid} is outside 0..{_MAX_U32}", where)
        if stream.tile != tid:
            raise IsaError(f"stream under key {tid} says it is tile {stream.tile}", where)
        runs = _layer_runs(stream.instructions)
        out += _TILE.pack(tid, len(stream.instructions), len(runs))
        for lid, count in runs:
            if not NO_LAYER <= lid <= _MAX_I32:
                raise IsaError(f"tile {tid}: layer id {lid} is outside -1..{_MAX_I32}", where)
            out += _RUN.pack(lid, count)
        for ins in stream.instructions:
            out += _WORD.pack(encode_instruction(ins, spec, where))
    payload = bytes(out)
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, major, minor, patch, len(payload), zlib.crc32(payload)
    )
    return header + payload


class _Reader:
    """Reads little-endian values from a byte string; IsaError on running past its end."""

    def __init__(self, data: bytes, pos: int, file: str) -> None:
        self.data = data
        self.pos = pos
        self.file = file

    def take(self, st: struct.Struct, what: str) -> tuple[int, ...]:
        end = self.pos + st.size
        if end > len(self.data):
            raise IsaError(
                f"truncated binary: {what} at byte offset {self.pos} needs {st.size} bytes, "
                f"only {len(self.data) - self.pos} left",
                self.file,
            )
        values = st.unpack_from(self.data, self.pos)
        self.pos = end
        return values

    def raw(self, n: int, what: str) -> bytes:
        if self.pos + n > len(self.data):
            raise IsaError(
                f"truncated binary: {what} at byte offset {self.pos} needs {n} bytes, "
                f"only {len(self.data) - self.pos} left",
                self.file,
            )
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def decode_program(data: bytes, file: str = "<bytes>", spec: IsaSpec | None = None) -> Program:
    """Decode a program binary. IsaError (naming ``file`` and, where it applies, the byte
    offset) if it is not a program, is of another ISA major version, is truncated or
    corrupted, or holds an invalid instruction."""
    spec = spec or builtin_spec()
    data = bytes(data)
    if len(data) < HEADER_BYTES:
        raise IsaError(
            f"truncated binary: {len(data)} bytes, shorter than the {HEADER_BYTES}-byte header",
            file,
        )
    magic, fmt, major, minor, patch, length, crc = _HEADER.unpack_from(data, 0)
    if magic != MAGIC:
        raise IsaError(f"not an aimcsim program binary (magic {magic!r}, expected {MAGIC!r})", file)
    if fmt != FORMAT_VERSION:
        raise IsaError(
            f"program binary format version {fmt} is not supported (this build reads "
            f"version {FORMAT_VERSION})",
            file,
        )
    version = f"{major}.{minor}.{patch}"
    if major != spec.major:
        raise IsaError(
            f"program is for ISA version {version} (major {major}); this build supports ISA "
            f"major version {spec.major} ({spec.version})",
            file,
        )
    end = HEADER_BYTES + length
    if len(data) < end:
        raise IsaError(
            f"truncated binary: header announces {length} payload bytes ending at byte offset "
            f"{end}, but the file has {len(data)} bytes",
            file,
        )
    if len(data) > end:
        raise IsaError(
            f"corrupted binary: {len(data) - end} extra bytes after byte offset {end}", file
        )
    payload = data[HEADER_BYTES:]
    if zlib.crc32(payload) != crc:
        raise IsaError(
            f"corrupted binary: CRC32 of the payload (bytes {HEADER_BYTES}..{end}) is "
            f"{zlib.crc32(payload):#010x}, header says {crc:#010x}",
            file,
        )
    r = _Reader(data, HEADER_BYTES, file)
    program = Program(version)
    (n_layers,) = r.take(_U32, "layer count")
    for _ in range(n_layers):
        at = r.pos
        (lid,) = r.take(_I32, "layer id")
        (n,) = r.take(_U16, "layer name length")
        raw = r.raw(n, "layer name")
        if lid < 0:
            raise IsaError(f"corrupted binary: layer id {lid} at byte offset {at}", file)
        if lid in program.layer_names:
            raise IsaError(f"corrupted binary: layer {lid} named twice (byte offset {at})", file)
        if program.layer_names and lid < max(program.layer_names):
            raise IsaError(
                f"non-canonical binary: layer {lid} at byte offset {at} follows layer "
                f"{max(program.layer_names)} (layer names are stored by increasing id)",
                file,
            )
        try:
            program.layer_names[lid] = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise IsaError(
                f"corrupted binary: layer {lid} name at byte offset {at + 6} is not UTF-8", file
            ) from None
    (n_tiles,) = r.take(_U32, "tile count")
    for _ in range(n_tiles):
        at = r.pos
        tid, n_instr, n_runs = r.take(_TILE, "tile section header")
        if tid in program.streams:
            raise IsaError(f"corrupted binary: tile {tid} appears twice (byte offset {at})", file)
        if program.streams and tid < max(program.streams):
            raise IsaError(
                f"non-canonical binary: tile {tid} section at byte offset {at} follows tile "
                f"{max(program.streams)} (tiles are stored by increasing id)",
                file,
            )
        need = n_runs * _RUN.size + n_instr * _WORD.size
        if need > len(data) - r.pos:
            raise IsaError(
                f"truncated binary: tile {tid} section at byte offset {at} announces "
                f"{n_instr} instructions in {n_runs} layer runs ({need} bytes), only "
                f"{len(data) - r.pos} bytes left",
                file,
            )
        layers: list[int] = []
        for _ in range(n_runs):
            run_at = r.pos
            lid, count = r.take(_RUN, f"tile {tid} layer run")
            if lid < NO_LAYER or count == 0 or len(layers) + count > n_instr:
                raise IsaError(
                    f"corrupted binary: tile {tid} layer run (layer {lid}, {count} "
                    f"instructions) at byte offset {run_at} is invalid",
                    file,
                )
            if layers and layers[-1] == lid:
                raise IsaError(
                    f"non-canonical binary: tile {tid} layer run at byte offset {run_at} "
                    f"continues the previous run of layer {lid} (runs of one layer are merged)",
                    file,
                )
            layers.extend([lid] * count)
        if len(layers) != n_instr:
            raise IsaError(
                f"corrupted binary: tile {tid} layer runs cover {len(layers)} of {n_instr} "
                f"instructions (section at byte offset {at})",
                file,
            )
        stream = TileStream(tid)
        for i in range(n_instr):
            word_at = r.pos
            (word,) = r.take(_WORD, f"tile {tid} instruction {i}")
            try:
                ins = decode_word(word, spec, layer=layers[i], offset=word_at)
            except IsaError as exc:
                raise IsaError(f"tile {tid} word {i}: {exc.bare_message}", file) from None
            stream.instructions.append(ins)
        program.streams[tid] = stream
    if r.pos != len(data):
        raise IsaError(
            f"corrupted binary: {len(data) - r.pos} unused bytes at byte offset {r.pos}", file
        )
    return program
