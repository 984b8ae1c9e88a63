"""Instruction words and program binaries: round trips, range checks, corrupt input."""

from __future__ import annotations

import contextlib
import struct
import zlib

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
    decode_program,
    decode_word,
    encode_instruction,
    encode_program,
)
from aimcsim.isa.encoding import HEADER_BYTES, MAGIC

from .strategies import instructions, programs

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("mnemonic", sorted(SPEC.by_mnemonic))
@FAST
@given(data=st.data())
def test_encode_decode_every_instruction(mnemonic: str, data: st.DataObject) -> None:
    ispec = SPEC.by_mnemonic[mnemonic]
    ins = data.draw(instructions(ispec))
    word = encode_instruction(ins)
    assert 0 <= word < 1 << 64
    assert word >> 56 == ispec.opcode
    assert decode_word(word) == ins


def test_signed_immediates_are_twos_complement() -> None:
    word = encode_instruction(Instruction("li", (1, -1)))
    assert word & 0xFFFFFFFF == 0xFFFFFFFF
    assert decode_word(word).operands == (1, -1)
    lo = SPEC.by_mnemonic["li"].field("imm").min
    assert decode_word(encode_instruction(Instruction("li", (2, lo)))).operands == (2, lo)


@pytest.mark.parametrize(
    ("ins", "words"),
    [
        (Instruction("vadd", (1, 2, 3, 0)), "'len' = 0 is out of range (1..65535)"),
        (Instruction("vadd", (16, 2, 3, 1)), "'rd' = 16 is out of range (r0..r15)"),
        (Instruction("li", (1, 1 << 31)), "'imm' = 2147483648 is out of range"),
        (Instruction("ld", (1, 2, 2, 1)), "one of sram (0), dram (1)"),
        (Instruction("mvm", (0, 1, 2, 2)), "'acc' = 2 is out of range (0..1)"),
        (Instruction("vadd", (1, 2, 3)), "vadd takes 4 operand(s) (rd, ra, rb, len), got 3"),
        (Instruction("frob", ()), "unknown mnemonic 'frob'"),
    ],
)
def test_encode_range_errors(ins: Instruction, words: str) -> None:
    with pytest.raises(IsaError) as info:
        encode_instruction(ins)
    assert words in str(info.value)


def test_decode_word_errors() -> None:
    with pytest.raises(IsaError, match="unknown opcode 0xff"):
        decode_word(0xFF << 56)
    halt = encode_instruction(Instruction("halt", ()))
    with pytest.raises(IsaError, match="nonzero bits outside its fields"):
        decode_word(halt | 1)
    xwin = encode_instruction(Instruction("xwin", (0, 0, 1, 0, 1)))
    nrows_zero = xwin & ~(((1 << 12) - 1) << 29)
    with pytest.raises(IsaError, match="'nrows' = 0 is out of range"):
        decode_word(nrows_zero, offset=28, file="p.bin")
    with pytest.raises(IsaError, match="p.bin: .*byte offset 28"):
        decode_word(nrows_zero, offset=28, file="p.bin")


def _sample_program() -> Program:
    p = Program(SPEC.version, layer_names={0: "conv1", 3: "fc ü"})
    p.streams[0] = TileStream(
        0,
        [
            Instruction("li", (1, 16)),
            Instruction("mvm", (0, 1, 2, 0), 0),
            Instruction("vrelu", (2, 2, 8), 0),
            Instruction("send", (2, 5, 9, 8), 3),
            Instruction("halt", ()),
        ],
    )
    p.streams[5] = TileStream(5, [Instruction("recv", (1, 0, 9, 8), 3), Instruction("halt", ())])
    p.streams[2] = TileStream(2, [])
    return p


def test_program_round_trip_several_tiles_and_layers() -> None:
    p = _sample_program()
    data = encode_program(p)
    assert data[:4] == MAGIC
    q = decode_program(data)
    assert q == p
    assert encode_program(q) == data
    assert [s.tile for s in q.streams.values()] == [0, 2, 5]


@FAST
@given(programs())
def test_random_program_round_trip(p: Program) -> None:
    data = encode_program(p)
    assert decode_program(data) == p
    assert encode_program(decode_program(data)) == data


def _patch_header(data: bytes, **fields: int) -> bytes:
    names = ("magic", "fmt", "major", "minor", "patch", "length", "crc")
    values = dict(zip(names, struct.unpack_from("<4sHHHHII", data), strict=True))
    values.update(fields)
    return struct.pack("<4sHHHHII", *values.values()) + data[HEADER_BYTES:]


def test_other_major_version_is_refused() -> None:
    data = _patch_header(encode_program(_sample_program()), major=3)
    with pytest.raises(IsaError) as info:
        decode_program(data, file="old.bin")
    msg = str(info.value)
    assert msg.startswith("old.bin: ") and "ISA version 3.1.0" in msg and "major version 2" in msg


def test_minor_version_is_kept() -> None:
    data = _patch_header(encode_program(_sample_program()), minor=3)
    assert decode_program(data).isa_version == "2.3.0"


def test_bad_magic_and_format() -> None:
    data = encode_program(_sample_program())
    with pytest.raises(IsaError, match="not an aimcsim program binary"):
        decode_program(b"ELF!" + data[4:])
    with pytest.raises(IsaError, match="format version 9"):
        decode_program(_patch_header(data, fmt=9))


def test_every_truncation_is_an_isa_error() -> None:
    data = encode_program(_sample_program())
    for n in range(len(data)):
        with pytest.raises(IsaError, match="truncated") as info:
            decode_program(data[:n], file="t.bin")
        assert str(info.value).startswith("t.bin: ")


def test_corruption_is_detected() -> None:
    data = bytearray(encode_program(_sample_program()))
    for pos in range(HEADER_BYTES, len(data)):
        bad = bytearray(data)
        bad[pos] ^= 0x40
        with pytest.raises(IsaError, match="CRC32"):
            decode_program(bytes(bad))
    with pytest.raises(IsaError, match="extra bytes"):
        decode_program(bytes(data) + b"\0")


def _with_payload(payload: bytes) -> bytes:
    major, minor, patch = SPEC.version_tuple
    header = struct.pack(
        "<4sHHHHII", MAGIC, 1, major, minor, patch, len(payload), zlib.crc32(payload)
    )
    return header + payload


def test_inconsistent_payload_with_valid_crc() -> None:
    # one tile with 2 instructions but layer runs covering 1
    payload = struct.pack("<I", 0) + struct.pack("<I", 1) + struct.pack("<III", 0, 2, 1)
    payload += struct.pack("<iI", NO_LAYER, 1) + struct.pack("<QQ", 1 << 56, 1 << 56)
    with pytest.raises(IsaError, match="layer runs cover 1 of 2"):
        decode_program(_with_payload(payload))
    # a huge instruction count is reported as truncation, not attempted
    payload = struct.pack("<I", 0) + struct.pack("<I", 1) + struct.pack("<III", 0, 1 << 30, 1)
    with pytest.raises(IsaError, match="truncated binary: tile 0 section at byte offset 28"):
        decode_program(_with_payload(payload))


def test_encode_program_errors() -> None:
    p = _sample_program()
    p.isa_version = "3.0.0"
    with pytest.raises(IsaError, match="this build encodes ISA 2"):
        encode_program(p)
    p = _sample_program()
    p.streams[0].instructions.append(Instruction("vadd", (1, 2, 3, 0)))
    with pytest.raises(IsaError, match="'len' = 0"):
        encode_program(p)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_random_bytes(data: bytes) -> None:
    for blob in (data, MAGIC + data, _with_payload(data)):
        with contextlib.suppress(IsaError):
            decode_program(blob)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzz_mutated_binaries(data: st.DataObject) -> None:
    good = encode_program(_sample_program())
    payload = bytearray(good[HEADER_BYTES:])
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(payload) - 1))
        payload[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(payload)))
    with contextlib.suppress(IsaError):
        decode_program(_with_payload(bytes(payload[:cut])))
