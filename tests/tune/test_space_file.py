"""The --space file: choices per knob, per layer; everything else refused with its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.errors import InputFileError
from aimcsim.tune.errors import TuneError
from aimcsim.tune.space_file import load_space_file


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "space.toml"
    p.write_text(text)
    return p


def test_reads_default_and_layer_tables(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "version = 1\n[default]\ninput_bits = [4, 6]\ncopies = []\n"
        '[layer."conv1"]\nadc_gain = [0, 1]\ninput_range = [1, 2.5]\n'
        'input_encoding = ["pulse_width"]\n',
    )
    assert load_space_file(p) == {
        "*": {"input_bits": [4, 6], "copies": []},
        "conv1": {"adc_gain": [0, 1], "input_range": [1.0, 2.5], "input_encoding": ["pulse_width"]},
    }


@pytest.mark.parametrize(
    "text,message",
    [
        ("[default]\ninput_bits = [4]\n", "key 'version'"),
        ("version = 2\n", "key 'version'"),
        ("version = 1\nlayers = 3\n", "unknown key 'layers' (did you mean 'layer'?)"),
        ("version = 1\n[default]\ninput_bit = [4]\n", "did you mean 'input_bits'"),
        ("version = 1\n[default]\ninput_bits = 4\n", "must be a list"),
        ("version = 1\n[default]\ninput_bits = [true]\n", "is not an integer"),
        ("version = 1\n[default]\ninput_bits = [4.5]\n", "is not an integer"),
        ("version = 1\n[default]\ninput_range = [0]\n", "finite number > 0"),
        ("version = 1\n[default]\ninput_range = [nan]\n", "finite number > 0"),
        ('version = 1\n[layer."fc"]\ncopies = "2"\n', "[layer.'fc']: key 'copies'"),
        ("version = 1\nlayer = 3\n", "key 'layer'"),
        ("version = 1\ndefault = 3\n", "key 'default'"),
    ],
)
def test_bad_files_name_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(TuneError) as info:
        load_space_file(p)
    assert str(p) in str(info.value) and message in str(info.value)


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="space.toml"):
        load_space_file(_write(tmp_path, "version = [\n"))
