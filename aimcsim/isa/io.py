"""Reading and writing program files by suffix: ``.s`` (assembly) or ``.bin`` (binary)."""

from __future__ import annotations

from pathlib import Path

from aimcsim.errors import IsaError
from aimcsim.isa.assembler import assemble
from aimcsim.isa.disassembler import disassemble
from aimcsim.isa.encoding import MAGIC, decode_program, encode_program
from aimcsim.isa.program import Program
from aimcsim.output_path import FileKind, write_output_file

PROGRAM_FILE = FileKind("program binary", MAGIC)
ASSEMBLY_FILE = FileKind("assembly listing", b"# aimcsim program:")
"""What program files written by aimcsim start with (see :func:`save_program`)."""

ASM_SUFFIXES = (".s", ".asm")
BIN_SUFFIXES = (".bin",)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in ASM_SUFFIXES:
        return "asm"
    if suffix in BIN_SUFFIXES:
        return "bin"
    raise IsaError(
        f"unknown program file suffix {path.suffix!r} (use {', '.join(ASM_SUFFIXES)} for "
        f"assembly or {', '.join(BIN_SUFFIXES)} for binary)",
        str(path),
    )


def load_program(path: str | Path) -> Program:
    """Read a program: assemble a ``.s`` file or decode a ``.bin`` file."""
    p = Path(path)
    kind = _kind(p)
    try:
        if kind == "asm":
            return assemble(p.read_text(encoding="utf-8"), str(p))
        return decode_program(p.read_bytes(), str(p))
    except OSError as exc:
        raise IsaError(f"cannot read the program: {exc.strerror}", str(p)) from None
    except UnicodeDecodeError as exc:
        raise IsaError(f"not UTF-8 text (byte offset {exc.start})", str(p)) from None


def save_program(program: Program, path: str | Path) -> None:
    """Write ``program`` as assembly (``.s``) or binary (``.bin``), by the suffix of ``path``:
    a new path or an earlier program file (:func:`aimcsim.output_path.write_output_file`)."""
    if _kind(Path(path)) == "asm":
        write_output_file(path, disassemble(program), ASSEMBLY_FILE)
    else:
        write_output_file(path, encode_program(program), PROGRAM_FILE)
