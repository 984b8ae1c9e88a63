"""Assembler and disassembler: round trips, every error with file/line/col, fuzzing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.errors import IsaError
from aimcsim.isa import (
    NO_LAYER,
    SPEC,
    Instruction,
    Program,
    TileStream,
    assemble,
    disassemble,
    encode_program,
    load_program,
    save_program,
)

from .strategies import instructions, programs

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "isa" / "examples").glob("*.s"))


def _round_trip(p: Program) -> None:
    text = disassemble(p)
    q = assemble(text, "dis.s")
    assert q == p, text
    assert encode_program(q) == encode_program(p)
    assert disassemble(q) == text


@pytest.mark.parametrize("mnemonic", sorted(SPEC.by_mnemonic))
@FAST
@given(data=st.data())
def test_asm_round_trip_every_instruction(mnemonic: str, data: st.DataObject) -> None:
    ispec = SPEC.by_mnemonic[mnemonic]
    instrs = data.draw(
        st.lists(instructions(ispec, st.sampled_from([NO_LAYER, 0, 4])), min_size=1, max_size=4)
    )
    _round_trip(Program(SPEC.version, {3: TileStream(3, instrs)}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_asm_round_trip_random_programs(p: Program) -> None:
    _round_trip(p)


def test_syntax_features() -> None:
    text = """
    ; a comment
    .isa 2.0.0
    .layer 2 "a # b ; c"      # comment chars inside the name stay
    .tile 1
    start: li r1, -0x10       # label before an instruction
           addi r1, r1, 0b101
    LOOP:
           XCFG x3, pulse_width, 8, 1, 4, -3, 0o17
    .layer 2
           bne r1, r0, LOOP
           beq r1, r0, end
           jmp 0
    .layer none
    end:
    .tile 0
    start: halt               # labels are per tile
    .tile 1
           jmp start          # .tile 1 continues the stream
    """
    p = assemble(text, "f.s")
    s1 = p.streams[1].instructions
    assert s1[0] == Instruction("li", (1, -16))
    assert s1[1].operands == (1, 1, 5)
    assert s1[2] == Instruction("xcfg", (3, 1, 8, 1, 4, -3, 15))
    assert s1[3] == Instruction("bne", (1, 0, 2), 2)
    assert s1[4] == Instruction("beq", (1, 0, 6), 2)
    assert s1[6] == Instruction("jmp", (0,))
    assert s1[0].line == 6
    assert p.streams[0].instructions == [Instruction("halt", ())]
    assert p.layer_names == {2: "a # b ; c"}
    _round_trip(p)


def test_default_version_and_labels_beyond_stream() -> None:
    p = assemble(".tile 0\njmp 100\n")
    assert p.isa_version == SPEC.version
    assert "jmp      100" in disassemble(p)
    _round_trip(p)


BAD = [
    # (source, words in the message, line, col)
    (".tile 0\nmvn x0, r1, r2, 0", "unknown mnemonic 'mvn' (did you mean 'mvm'?)", 2, 1),
    (".tile 0\n  vadd r1, r2, r3", "vadd takes 4 operand(s) (rd, ra, rb, len), got 3", 2, 3),
    (".tile 0\nvadd r1, r2, r3, 0", "operand 'len': 0 is out of range (1..65535)", 2, 18),
    (".tile 0\nvadd r1, r16, r3, 1", "r16 is out of range (r0..r15)", 2, 10),
    (".tile 0\nvadd r1, x2, r3, 1", "expected r0..r15, got 'x2'", 2, 10),
    (".tile 0\nmvm r0, r1, r2, 0", "expected x0..x15", 2, 5),
    (".tile 0\nli r1, 0x100000000", "out of range (-2147483648..2147483647)", 2, 8),
    (".tile 0\nli r1, abc", "expected an integer, got 'abc'", 2, 8),
    (".tile 0\nld r1, r2, flash, 4", "expected one of sram, dram, got 'flash'", 2, 12),
    (".tile 0\nmvm x0, r1, r2, 2", "operand 'acc': 2 is out of range (0..1)", 2, 17),
    (".tile 0\nvadd r1, , r3, 1", "operand 'ra' is empty", 2, 9),
    (".tile 0\nli r1, 0\njmp nowhere", "undefined label 'nowhere' in tile 0", 3, 5),
    (".tile 0\na: nop\n.tile 1\njmp a", "undefined label 'a' in tile 1", 4, 5),
    (
        ".tile 0\nloop: nop\nloop: nop",
        "duplicate label 'loop' in tile 0 (first defined on line 2)",
        3,
        1,
    ),
    (".tile 0\n.tiles 1", "unknown directive '.tiles' (did you mean '.tile'?)", 2, 1),
    ("nop", "instruction 'nop' before any .tile directive", 1, 1),
    ("x: nop", "label 'x' before any .tile directive", 1, 1),
    (".isa 3.0.0", "ISA version 3.0.0 (major 3); this build supports ISA major version 2", 1, 6),
    (".isa 1.0", "'1.0' is not major.minor.patch", 1, 6),
    (".isa 2.0.0\n.isa 2.0.0", "duplicate .isa directive", 2, 1),
    (".tile 0\nnop\n.isa 2.0.0", ".isa must come before the first instruction", 3, 1),
    (".tile -1", "expected a tile id", 1, 7),
    (".tile", ".tile takes one argument", 1, 1),
    (".layer x", "expected a layer id", 1, 8),
    (".layer", ".layer takes a layer id", 1, 1),
    ('.layer 1 "a"\n.layer 1 "b"', "layer 1 is already named 'a' (line 1)", 2, 10),
    ('.layer 1 "a', "expected a double-quoted name", 1, 10),
    ('.layer 1 "\\q"', "bad string", 1, 10),
    ('.layer - "a"', ".layer -/none takes no name", 1, 10),
]


@pytest.mark.parametrize(("src", "words", "line", "col"), BAD, ids=[b[1][:40] for b in BAD])
def test_assembler_errors(src: str, words: str, line: int, col: int) -> None:
    with pytest.raises(IsaError) as info:
        assemble(src, "bad.s")
    err = info.value
    assert words in str(err)
    assert (err.file, err.line, err.col) == ("bad.s", line, col), str(err)
    assert str(err).startswith(f"bad.s:{line}:{col}: ")


def test_disassemble_refuses_invalid_instructions() -> None:
    p = Program(SPEC.version, {0: TileStream(0, [Instruction("vadd", (1, 2, 3, 0))])})
    with pytest.raises(IsaError, match="'len' = 0"):
        disassemble(p)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_assemble_and_round_trip(path: Path, tmp_path: Path) -> None:
    p = load_program(path)
    assert p.n_instructions > 0
    assert all(ins.mnemonic != "nop" for s in p.streams.values() for ins in s.instructions)
    _round_trip(p)
    save_program(p, tmp_path / "p.bin")
    assert load_program(tmp_path / "p.bin") == p
    save_program(p, tmp_path / "p.s")
    assert load_program(tmp_path / "p.s") == p


def test_examples_cover_the_brief() -> None:
    names = {p.name for p in EXAMPLES}
    assert {"single_mvm.s", "two_tile_pipeline.s", "loop_samples.s"} <= names
    pipe = load_program(EXAMPLES[[p.name for p in EXAMPLES].index("two_tile_pipeline.s")])
    assert sorted(pipe.streams) == [0, 1]


def test_load_program_errors(tmp_path: Path) -> None:
    with pytest.raises(IsaError, match="unknown program file suffix"):
        load_program(tmp_path / "p.txt")
    with pytest.raises(IsaError, match="cannot read"):
        load_program(tmp_path / "missing.s")
    (tmp_path / "latin.s").write_bytes(b"\xff\xfe")
    with pytest.raises(IsaError, match="not UTF-8"):
        load_program(tmp_path / "latin.s")


_TOKENS = st.sampled_from(
    [
        *SPEC.by_mnemonic,
        ".tile",
        ".layer",
        ".isa",
        ".bogus",
        "r1",
        "r99",
        "x0",
        "x16",
        "0",
        "-1",
        "0x10",
        "0b2",
        "99999999999999999999",
        "sram",
        "max",
        "bit_serial",
        "loop",
        "loop:",
        ",",
        ":",
        '"',
        '"n"',
        "#",
        ";",
        "-",
        "none",
        "1.0.0",
        "2.0.0",
        "\t",
        " ",
        "\\",
        "\n",
        "\u2028",
        "\r",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_TOKENS, max_size=30).map(" ".join)))
def test_fuzz_assembler_only_raises_isa_errors(text: str) -> None:
    try:
        p = assemble(text, "fuzz.s")
    except IsaError as err:
        assert err.file == "fuzz.s" and err.line is not None
        return
    _round_trip(p)
