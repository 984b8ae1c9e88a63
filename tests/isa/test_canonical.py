"""The decoder accepts only canonical binaries: decode then encode gives back the same bytes."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given, settings
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

from .strategies import programs


def _binary(payload: bytes) -> bytes:
    """A program binary around ``payload`` with a valid header and CRC."""
    major, minor, patch = SPEC.version_tuple
    return (
        struct.pack("<4sHHHHII", MAGIC, 1, major, minor, patch, len(payload), zlib.crc32(payload))
        + payload
    )


HALT = encode_instruction(Instruction("halt", ()))
NOP = encode_instruction(Instruction("nop", ()))


def _layers(*entries: tuple[int, str]) -> bytes:
    out = struct.pack("<I", len(entries))
    for lid, name in entries:
        raw = name.encode()
        out += struct.pack("<iH", lid, len(raw)) + raw
    return out


def _tile(tid: int, runs: list[tuple[int, int]], words: list[int]) -> bytes:
    out = struct.pack("<III", tid, len(words), len(runs))
    out += b"".join(struct.pack("<iI", lid, n) for lid, n in runs)
    return out + b"".join(struct.pack("<Q", w) for w in words)


def test_canonical_hand_built_binary_round_trips() -> None:
    data = _binary(
        _layers((0, "a"), (3, "b"))
        + struct.pack("<I", 2)
        + _tile(0, [(0, 1), (NO_LAYER, 1)], [NOP, HALT])
        + _tile(4, [(3, 1)], [HALT])
    )
    assert encode_program(decode_program(data)) == data


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (
            _layers((3, "b"), (0, "a")) + struct.pack("<I", 1) + _tile(0, [(0, 1)], [HALT]),
            "layer 0 at byte offset",
        ),
        (
            _layers()
            + struct.pack("<I", 2)
            + _tile(5, [(NO_LAYER, 1)], [HALT])
            + _tile(1, [(NO_LAYER, 1)], [HALT]),
            "tile 1 section",
        ),
        (
            _layers() + struct.pack("<I", 1) + _tile(0, [(2, 1), (2, 1)], [NOP, HALT]),
            "continues the previous run of layer 2",
        ),
    ],
    ids=["layers-out-of-order", "tiles-out-of-order", "split-layer-run"],
)
def test_non_canonical_layouts_are_refused(payload: bytes, words: str) -> None:
    with pytest.raises(IsaError, match="non-canonical binary") as info:
        decode_program(_binary(payload), file="p.bin")
    assert str(info.value).startswith("p.bin: ") and words in str(info.value)


def test_a_bad_word_is_named_by_tile_and_index() -> None:
    stray = HALT | 1  # a bit outside every field of halt
    payload = _layers() + struct.pack("<I", 1) + _tile(7, [(NO_LAYER, 3)], [NOP, NOP, stray])
    with pytest.raises(IsaError, match=r"^p\.bin: tile 7 word 2: halt word .* nonzero bits"):
        decode_program(_binary(payload), file="p.bin")


@settings(max_examples=300, deadline=None)
@given(st.integers(0, (1 << 64) - 1))
def test_every_decodable_word_encodes_back_to_itself(word: int) -> None:
    try:
        ins = decode_word(word)
    except IsaError:
        return
    assert encode_instruction(ins) == word


@settings(max_examples=50, deadline=None)
@given(programs())
def test_encoded_programs_decode_and_encode_to_the_same_bytes(p: Program) -> None:
    data = encode_program(p)
    assert encode_program(decode_program(data)) == data


@settings(max_examples=150, deadline=None)
@given(programs(), st.data())
def test_mutated_binaries_are_refused_or_canonical(p: Program, data: st.DataObject) -> None:
    """Any payload edit (CRC fixed up, so the structure is what is tested) either is refused
    or decodes to a program that encodes back to exactly the edited bytes."""
    payload = bytearray(encode_program(p)[HEADER_BYTES:])
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        pos = data.draw(st.integers(0, len(payload) - 1), label="offset")
        payload[pos] = data.draw(st.integers(0, 255), label="byte")
    blob = _binary(bytes(payload))
    try:
        decoded = decode_program(blob)
    except IsaError:
        return
    assert encode_program(decoded) == blob


def test_program_with_two_tiles_in_order_is_canonical() -> None:
    p = Program(SPEC.version)
    p.streams[2] = TileStream(2, [Instruction("halt", ())])
    p.streams[0] = TileStream(0, [Instruction("nop", (), 1), Instruction("halt", ())])
    data = encode_program(p)
    assert encode_program(decode_program(data)) == data
