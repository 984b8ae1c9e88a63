"""Footprints, the public API and the CLI subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

import aimcsim.isa as isa
from aimcsim.commands.isa import add_parsers
from aimcsim.errors import IsaError, ProgramError
from aimcsim.isa import Instruction, assemble, footprint


def test_public_api() -> None:
    assert isa.ISA_VERSION == "2.1.0"
    assert isa.SPEC is isa.builtin_spec()
    for name in isa.__all__:
        assert getattr(isa, name) is not None


def test_footprints() -> None:
    regs = [0, 100, 200, 300] + [7] * 12
    r, w = footprint(Instruction("mvm", (0, 1, 2, 0)), regs, (64, 32))
    assert (r, w) == ([(100, 64)], [(200, 32)])
    r, w = footprint(Instruction("vpool", (3, 1, 0, 2, 3, 50, 8)), regs)
    assert r == [(100, (3 - 1) * 50 + 2 * 8)] and w == [(300, 8)]
    r, w = footprint(Instruction("vaffine", (0, 1, 2, 10)), regs)
    assert r == [(100, 10), (200, 20)] and w == [(0, 10)]  # r0 reads as 0
    assert footprint(Instruction("li", (1, 5)), regs) == ([], [])
    with pytest.raises(ProgramError, match="crossbar window"):
        footprint(Instruction("mvm", (0, 1, 2, 0)), regs)
    with pytest.raises(IsaError, match="unknown mnemonic"):
        footprint(Instruction("zz", ()), regs)


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="aimcsim")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def test_cli_asm_disasm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "p.s"
    src.write_text(".tile 0\n  li r1, 5\n  halt\n")
    assert _run(["asm", str(src), "-o", str(tmp_path / "p.bin")]) == 0
    assert _run(["disasm", str(tmp_path / "p.bin")]) == 0
    out = capsys.readouterr().out
    assert assemble(out) == assemble(src.read_text())
    assert _run(["asm", str(src)]) == 0  # default output: p.bin next to the source
    assert _run(["disasm", str(tmp_path / "p.bin"), "-o", str(tmp_path / "q.s")]) == 0
    assert assemble((tmp_path / "q.s").read_text()) == assemble(src.read_text())


def test_cli_errors_are_typed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.s"
    bad.write_text(".tile 0\nfoo r1\n")
    with pytest.raises(IsaError, match="bad.s:2:1: unknown mnemonic"):
        _run(["asm", str(bad)])
    with pytest.raises(IsaError, match="cannot read"):
        _run(["disasm", str(tmp_path / "none.bin")])
    (tmp_path / "junk.bin").write_bytes(b"junk")
    with pytest.raises(IsaError, match="junk.bin: truncated"):
        _run(["disasm", str(tmp_path / "junk.bin")])
    with pytest.raises(IsaError, match="did you mean 'mvm'"):
        _run(["isa", "--mnemonic", "mvn"])


def test_cli_isa(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    assert _run(["isa"]) == 0
    assert capsys.readouterr().out == (repo / "isa" / "ISA.md").read_text(encoding="utf-8")
    assert _run(["isa", "--mnemonic", "MVM"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### mvm\n") and "### xwin" not in out
