"""Command-line pieces of the ISA tools: ``asm``, ``disasm`` and ``isa`` subcommands.

The main CLI (``aimcsim/cli.py``) calls :func:`add_parsers` on its subparsers; each
subcommand sets ``func`` to a handler ``(args) -> int``. Handlers raise typed errors
(:class:`~aimcsim.errors.IsaError`), which the main CLI turns into exit code 2.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path
from typing import Any

from aimcsim.errors import IsaError
from aimcsim.isa.assembler import assemble
from aimcsim.isa.disassembler import disassemble
from aimcsim.isa.encoding import decode_program, encode_program
from aimcsim.isa.io import ASSEMBLY_FILE, PROGRAM_FILE
from aimcsim.isa.manual import render_instruction, render_manual
from aimcsim.isa.spec import builtin_spec
from aimcsim.output_path import write_output_file


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IsaError(f"cannot read: {exc.strerror}", str(path)) from None


def cmd_asm(args: argparse.Namespace) -> int:
    """Assemble ``args.input`` (.s) into ``args.output`` (.bin, default: input's stem)."""
    src = Path(args.input)
    out = Path(args.output) if args.output else src.with_suffix(".bin")
    try:
        text = _read(src).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IsaError(f"not UTF-8 text (byte offset {exc.start})", str(src)) from None
    program = assemble(text, str(src))
    write_output_file(out, encode_program(program), PROGRAM_FILE, [src])
    print(
        f"{out}: {program.n_instructions} instructions on {len(program.streams)} tile(s)",
        file=sys.stderr,
    )
    return 0


def cmd_disasm(args: argparse.Namespace) -> int:
    """Disassemble ``args.input`` (.bin) to ``args.output`` or stdout."""
    src = Path(args.input)
    text = disassemble(decode_program(_read(src), str(src)))
    if args.output:
        write_output_file(args.output, text, ASSEMBLY_FILE, [src])
    else:
        sys.stdout.write(text)
    return 0


def cmd_isa(args: argparse.Namespace) -> int:
    """Print the ISA manual, or the section of one instruction."""
    spec = builtin_spec()
    if args.mnemonic is None:
        sys.stdout.write(render_manual(spec))
        return 0
    name = args.mnemonic.lower()
    ins = spec.by_mnemonic.get(name)
    if ins is None:
        close = difflib.get_close_matches(name, list(spec.by_mnemonic), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise IsaError(f"unknown mnemonic {args.mnemonic!r}{hint}")
    sys.stdout.write(render_instruction(spec, ins))
    return 0


def add_parsers(subparsers: Any) -> None:
    """Register ``asm``, ``disasm`` and ``isa`` on ``subparsers`` (from
    ``ArgumentParser.add_subparsers``)."""
    p = subparsers.add_parser(
        "asm",
        help="assemble a .s file into a program binary",
        description="Assemble a .s file into a program binary (.bin).",
    )
    p.add_argument("input", help="assembly source (.s)")
    p.add_argument("-o", "--output", help="output binary (default: INPUT with suffix .bin)")
    p.set_defaults(func=cmd_asm)

    p = subparsers.add_parser(
        "disasm",
        help="disassemble a program binary",
        description="Disassemble a program binary (.bin) to assembly.",
    )
    p.add_argument("input", help="program binary (.bin)")
    p.add_argument("-o", "--output", help="output .s file (default: stdout)")
    p.set_defaults(func=cmd_disasm)

    p = subparsers.add_parser(
        "isa",
        help="print the ISA reference manual",
        description="Print the ISA reference manual (Markdown).",
    )
    p.add_argument("--mnemonic", "-m", help="print only this instruction's section")
    p.set_defaults(func=cmd_isa)
