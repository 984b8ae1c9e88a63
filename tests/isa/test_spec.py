"""Spec loading and every spec check, on small bad specs written to tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.errors import IsaError
from aimcsim.isa import SPEC, load_spec
from aimcsim.isa.spec import compile_expr, spec_from_dict

BASE = """\
# Machine model
#   * one tile

[isa]
name = "t"
version = "1.0.0"
word_bits = 64
opcode_bits = [63, 56]

[enums.pool]
doc = "reduction"
values = { max = 0, avg = 1 }

[units.ctrl]
title = "Controller"
doc = "control"

[[instructions]]
mnemonic = "aa"
opcode = 0x01
unit = "ctrl"
summary = "s"
semantics = "s"
fields = [
  { name = "rd", kind = "reg", bits = [55, 52], doc = "d" },
  { name = "len", kind = "uimm", bits = [15, 0], doc = "d", min = 1 },
]
reads = ["rd:len"]
writes = []
actions = ["dpu.op"]

[[instructions]]
mnemonic = "bb"
opcode = 0x02
unit = "ctrl"
summary = "s"
semantics = "s"
fields = [
  { name = "op", kind = "enum:pool", bits = [47, 47], doc = "d" },
]
reads = []
writes = []
actions = []
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.isa.toml"
    path.write_text(text)
    return path


def test_repo_spec_loads_and_matches_the_generated_table(repo: Path) -> None:
    spec = load_spec(repo / "isa" / "aimc.isa.toml")
    assert spec == SPEC
    assert spec_from_dict(spec.to_dict()) == spec
    assert spec.version == "2.1.0" and spec.major == 2
    assert "Machine model" not in spec.doc and "mesh of tiles" in spec.doc


def test_base_spec_is_valid(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, BASE))
    assert [i.mnemonic for i in spec.instructions] == ["aa", "bb"]
    assert spec.by_opcode[2].fields[0].enum == "pool"
    assert spec.doc == "* one tile"


BAD = [
    # (what, old, new, expected words in the message, line of the fault)
    ("duplicate opcode", "opcode = 0x02", "opcode = 0x01", "duplicate opcode", 34),
    ("duplicate mnemonic", 'mnemonic = "bb"', 'mnemonic = "aa"', "duplicate mnemonic", 33),
    ("overlapping fields", "bits = [15, 0]", "bits = [52, 40]", "overlap 'rd'", 26),
    ("field over opcode", "bits = [55, 52]", "bits = [57, 52]", "overlap 'opcode'", 25),
    ("field outside word", "bits = [15, 0]", "bits = [64, 60]", "outside the 64-bit word", 26),
    ("msb below lsb", "bits = [15, 0]", "bits = [0, 15]", "msb is below lsb", 26),
    ("unknown kind", 'kind = "uimm"', 'kind = "unsigned"', "unknown operand kind", 26),
    ("unknown enum", '"enum:pool"', '"enum:pol"', "unknown enumeration 'pol'", 39),
    ("enum does not fit", "avg = 1 }", "avg = 2 }", "does not fit in 1 bit", 39),
    ("min out of bits", "min = 1 }", "min = 70000 }", "outside what 16 bit(s)", 26),
    ("min above max", "min = 1 }", "min = 9, max = 8 }", "min 9 is above max 8", 26),
    ("reg too narrow", "bits = [55, 52]", "bits = [55, 54]", "needs at least 4 bits", 25),
    ("opcode too wide", "opcode = 0x02", "opcode = 0x100", "does not fit in 8 opcode bits", 34),
    (
        "undeclared unit",
        'unit = "ctrl"\nsummary = "s"\nsemantics = "s"\nfields = [\n  { name = "op"',
        'unit = "ctl"\nsummary = "s"\nsemantics = "s"\nfields = [\n  { name = "op"',
        "unit 'ctl' is not declared",
        35,
    ),
    (
        "footprint not a reg",
        'reads = ["rd:len"]',
        'reads = ["len:len"]',
        "not a reg-kind field",
        28,
    ),
    ("footprint unknown name", 'reads = ["rd:len"]', 'reads = ["rd:n*2"]', "unknown name 'n'", 28),
    ("footprint bad operator", 'reads = ["rd:len"]', 'reads = ["rd:len/2"]', "'/' not allowed", 28),
    ("footprint syntax", 'reads = ["rd:len"]', 'reads = ["rd:(len+1"]', "missing ')'", 28),
    ("footprint shape", 'reads = ["rd:len"]', 'reads = ["rd"]', "is not 'REG:EXPR'", 28),
    (
        "unknown key",
        'summary = "s"\nsemantics = "s"\nfields = [\n  { name = "rd"',
        'sumary = "s"\nsemantics = "s"\nfields = [\n  { name = "rd"',
        "did you mean 'summary'",
        22,
    ),
    ("bad version", 'version = "1.0.0"', 'version = "1.0"', "major.minor.patch", 6),
    ("bad action", 'actions = ["dpu.op"]', 'actions = ["dpu op"]', "dotted name", 30),
    ("invalid toml", 'name = "t"', 'name = "t', "invalid TOML", 5),
]


@pytest.mark.parametrize(("what", "old", "new", "words", "line"), BAD, ids=[b[0] for b in BAD])
def test_each_check_triggers(
    tmp_path: Path, what: str, old: str, new: str, words: str, line: int
) -> None:
    assert old in BASE, what
    path = write(tmp_path, BASE.replace(old, new, 1))
    with pytest.raises(IsaError) as info:
        load_spec(path)
    err = info.value
    assert words in str(err)
    assert err.file == str(path)
    assert err.line == line, str(err)
    assert str(err).startswith(f"{path}:{line}")


def test_errors_name_the_instruction(tmp_path: Path) -> None:
    with pytest.raises(IsaError, match="instruction 'bb': duplicate opcode 0x01"):
        load_spec(write(tmp_path, BASE.replace("opcode = 0x02", "opcode = 0x01")))


def test_missing_spec_file(tmp_path: Path) -> None:
    with pytest.raises(IsaError, match="cannot read"):
        load_spec(tmp_path / "nope.toml")


def test_expression_grammar() -> None:
    fn, used = compile_expr("(kh-1)*rstride+kw*len", {"kh", "rstride", "kw", "len"})
    assert fn({"kh": 3, "rstride": 10, "kw": 2, "len": 4}) == 28
    assert used == {"kh", "rstride", "kw", "len"}
    fn, _ = compile_expr("-2 * (a + 1) - 3", {"a"})
    assert fn({"a": 4}) == -13
    for bad in ("", "a +", "a b", "(a", "a)", "2 ** a"):
        with pytest.raises(ValueError):
            compile_expr(bad, {"a"})


def test_every_repo_footprint_evaluates() -> None:
    for ins in SPEC.instructions:
        env = {f.name: max(f.min, 1) for f in ins.fields} | {"xrows": 4, "xcols": 3}
        for fp in (*ins.reads, *ins.writes):
            assert fp.evaluate(env) > 0, (ins.mnemonic, fp.text)
