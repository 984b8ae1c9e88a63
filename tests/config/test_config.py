"""Unit tests of the architecture config: defaults, presets, overrides, validation errors."""

from __future__ import annotations

import pytest

from aimcsim.config import ArchConfig, get_key, iter_params, known_keys, list_presets, load_arch
from aimcsim.config.loader import _range_error
from aimcsim.errors import ConfigError, InputFileError


def test_every_leaf_field_is_documented() -> None:
    for key, _, doc in iter_params(ArchConfig()):
        assert doc.doc, f"{key} has no docstring"


def test_defaults_are_valid_and_within_declared_ranges() -> None:
    assert load_arch() == ArchConfig()
    for key, value, doc in iter_params(ArchConfig()):
        assert _range_error(value, doc) == "", key


@pytest.mark.parametrize("name", [p.name for p in list_presets()])
def test_every_preset_loads_and_cites_a_source(name: str) -> None:
    arch = load_arch(name)
    info = {p.name: p for p in list_presets()}[name]
    assert info.source.strip(), f"preset {name} has no source"
    assert info.description.strip()
    assert arch.chip.n_tiles >= 1


def test_required_presets_exist() -> None:
    names = {p.name for p in list_presets()}
    assert {"hermes", "puma", "yu2025-rram", "tiny"} <= names


def test_hermes_preset_matches_published_shape() -> None:
    arch = load_arch("hermes")
    assert arch.chip.n_tiles == 64
    assert (arch.tile.crossbar.rows, arch.tile.crossbar.cols) == (256, 256)
    assert arch.tile.adc.count == 256
    assert arch.tile.dac.bits == 8 and arch.tile.adc.bits == 8


def test_dotted_overrides_apply_with_types() -> None:
    arch = load_arch(
        "tiny", overrides=["tile.adc.bits=6", "chip.clock_mhz=500", "noise.model=ideal"]
    )
    assert arch.tile.adc.bits == 6
    assert arch.chip.clock_mhz == 500.0 and isinstance(arch.chip.clock_mhz, float)
    assert arch.noise.model == "ideal"
    assert get_key(arch, "tile.adc.bits") == 6


def test_config_file_with_preset_and_overrides(tmp_path) -> None:
    path = tmp_path / "chip.toml"
    path.write_text('preset = "hermes"\n[tile.adc]\nbits = 6\n')
    arch = load_arch(path=path, overrides=["tile.adc.bits=5"])
    assert arch.chip.n_tiles == 64
    assert arch.tile.adc.bits == 5
    assert load_arch(path=path).tile.adc.bits == 6


def test_unknown_key_gets_did_you_mean() -> None:
    with pytest.raises(
        ConfigError, match=r"unknown key 'tile.adc.bitz'; did you mean 'tile.adc.bits'"
    ):
        load_arch("tiny", overrides=["tile.adc.bitz=6"])


def test_unknown_key_in_file_names_the_file(tmp_path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[tile.adc]\nbitts = 6\n")
    with pytest.raises(ConfigError, match=r"bad.toml: unknown key 'tile.adc.bitts'"):
        load_arch(path=path)


def test_all_violations_reported_at_once() -> None:
    with pytest.raises(ConfigError) as info:
        load_arch(
            "tiny",
            overrides=["tile.adc.bits=99", "chip.mesh_rows=0", "noise.model=pcn", "chip.name=3"],
        )
    message = str(info.value)
    assert "tile.adc.bits' = 99: out of range, must be in [1, 16] bits" in message
    assert "chip.mesh_rows' = 0: out of range" in message
    assert "did you mean 'pcm'" in message
    assert "chip.name': expected a string" in message


def test_cross_field_validation() -> None:
    with pytest.raises(ConfigError, match="not a multiple of tile.adc.count"):
        load_arch("tiny", overrides=["tile.adc.count=48"])


def test_wrong_types_rejected() -> None:
    with pytest.raises(ConfigError, match="expected an integer"):
        load_arch(overrides=["tile.crossbar.rows=2.5"])
    with pytest.raises(ConfigError, match="expected true or false"):
        load_arch(overrides=["io.is_perfect=1"])


def test_unknown_preset_and_bad_files(tmp_path) -> None:
    with pytest.raises(ConfigError, match="unknown preset 'hermez'; did you mean 'hermes'"):
        load_arch("hermez")
    with pytest.raises(InputFileError, match="missing.toml: config file not found"):
        load_arch(path=tmp_path / "missing.toml")
    bad = tmp_path / "broken.toml"
    bad.write_text("[tile\n")
    with pytest.raises(InputFileError, match="broken.toml: config file is not valid TOML"):
        load_arch(path=bad)
    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        load_arch(overrides=["tile.adc.bits"])


def test_known_keys_are_dotted_leaves() -> None:
    keys = known_keys()
    assert "tile.adc.bits" in keys and "noise.model" in keys
    assert "tile" not in keys


def test_every_config_field_is_read_by_some_model() -> None:
    """No knob that does nothing: every leaf field's name is used outside aimcsim/config."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "aimcsim"
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in package.rglob("*.py")
        if "config" not in p.relative_to(package).parts[:1]
    )
    unused = [
        key
        for key, _, _ in iter_params(ArchConfig())
        if not re.search(rf"\.{key.rsplit('.', 1)[1]}\b", sources)
    ]
    assert unused == []
