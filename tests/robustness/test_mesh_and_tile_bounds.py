"""Bad input at the size limits: a mesh beyond 64 x 64 tiles, an assembly tile id or message
tag beyond the ISA's fields. Each is refused with exit 2, naming the key or the line, and
nothing is written."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_unchanged, snapshot


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(["chip.mesh_rows", "chip.mesh_cols"]),
    value=st.one_of(st.integers(65, 10_000), st.integers(-100, 0)),
)
def test_mesh_size_out_of_range_is_refused(refused, tmp_path: Path, key: str, value: int) -> None:
    before = snapshot(tmp_path)
    refused(["config", "show", "--preset", "hermes", "--set", f"{key}={value}"], key)
    assert_unchanged(tmp_path, before)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(["tile", "tag"]),
    value=st.integers(1 << 16, 1 << 40),
    mnemonic=st.sampled_from(["send", "recv"]),
)
def test_tile_or_tag_beyond_the_isa_fields_is_refused(
    refused, tmp_path: Path, field: str, value: int, mnemonic: str
) -> None:
    tile, tag = (value, 1) if field == "tile" else (1, value)
    src = tmp_path / "prog.s"
    src.write_text(f".tile 0\n    li r1, 0\n    {mnemonic} r1, {tile}, {tag}, 4\n    halt\n")
    out = tmp_path / "prog.bin"
    before = snapshot(tmp_path)
    refused(["asm", str(src), "-o", str(out)], "prog.s", ":3")
    assert not out.exists()
    assert_unchanged(tmp_path, before)


def test_tile_id_4096_is_refused_and_4095_accepted(refused, tmp_path: Path) -> None:
    from aimcsim.isa import assemble

    assemble(".tile 4095\n send r0, 0, 1, 1\n halt\n", "ok.s")  # the 64 x 64 corner
    src = tmp_path / "far.s"
    src.write_text(".tile 0\n send r0, 4096, 1, 1\n halt\n")
    refused(["asm", str(src), "-o", str(tmp_path / "far.bin")], "far.s", "4096")
