"""Unit tests of the per-layer settings table: parse, merge, dump/load round trip, refusals."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aimcsim.compiler import CompileOptions
from aimcsim.compiler.layer_settings import (
    INPUT_ENCODINGS,
    KEYS,
    LayerSettings,
    LayerSettingsTable,
    dumps_layer_settings,
    load_layer_settings,
    loads_layer_settings,
    parse_layer_set,
)
from aimcsim.errors import CompileError, InputFileError

EXAMPLE = """
version = 1
[default]
input_bits = 6
[layer."fc1"]
input_encoding = "pulse_width"
bits_per_phase = 2
read_phases = 4
adc_gain = -1
adc_itime_cycles = 12
input_range = 2.5
copies = 3
[layer."/blocks.0/conv"]
input_bits = 8
"""


def test_load_reads_every_key(tmp_path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    table = load_layer_settings(path)
    assert table.default == LayerSettings(input_bits=6)
    assert table.layers["fc1"] == LayerSettings(
        input_encoding="pulse_width",
        bits_per_phase=2,
        read_phases=4,
        adc_gain=-1,
        adc_itime_cycles=12,
        input_range=2.5,
        copies=3,
    )
    assert table.layers["/blocks.0/conv"] == LayerSettings(input_bits=8)


def test_for_layer_falls_back_to_default_key_by_key() -> None:
    table = loads_layer_settings(EXAMPLE, source="t")
    assert table.for_layer("fc1").input_bits == 6  # from [default]
    assert table.for_layer("fc1").copies == 3
    assert table.for_layer("/blocks.0/conv").input_bits == 8
    assert table.for_layer("unlisted") == LayerSettings(input_bits=6)
    assert LayerSettingsTable().for_layer("x") == LayerSettings()


def test_parse_layer_set_applies_items_in_order_on_a_base() -> None:
    base = loads_layer_settings(EXAMPLE, source="t")
    table = parse_layer_set(
        [
            "fc1.copies=2",
            "*.read_phases=2",
            "/blocks.0/conv.input_encoding=pulse_width",
            "fc2.input_range=0.5",
            "fc1.copies=4",
        ],
        base,
    )
    assert table.layers["fc1"].copies == 4
    assert table.layers["fc1"].adc_gain == -1  # kept from the base
    assert table.default == LayerSettings(input_bits=6, read_phases=2)
    assert table.layers["/blocks.0/conv"].input_encoding == "pulse_width"
    assert table.layers["fc2"] == LayerSettings(input_range=0.5)
    assert base.layers["fc1"].copies == 3  # the base is not changed


def test_equal_tables_dump_identically_whatever_the_insertion_order() -> None:
    a = LayerSettingsTable(layers={"b": LayerSettings(copies=2), "a": LayerSettings(copies=1)})
    b = LayerSettingsTable(layers={"a": LayerSettings(copies=1), "b": LayerSettings(copies=2)})
    assert a == b
    assert dumps_layer_settings(a) == dumps_layer_settings(b)
    assert pickle.loads(pickle.dumps(a)) == a
    # where a table comes from is not part of its value: caches key on repr
    c = LayerSettingsTable(a.default, a.layers, source="elsewhere.toml")
    assert c == a and repr(c) == repr(a)


def test_compile_options_carry_a_table() -> None:
    table = parse_layer_set(["fc1.copies=2"])
    assert CompileOptions().layer_settings is None
    assert CompileOptions(layer_settings=table).layer_settings == table


NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
)
SETTINGS = st.builds(
    LayerSettings,
    input_encoding=st.none() | st.sampled_from(INPUT_ENCODINGS),
    input_bits=st.none() | st.integers(2, 16),
    bits_per_phase=st.none() | st.integers(1, 16),
    read_phases=st.none() | st.integers(1, 8),
    adc_gain=st.none() | st.integers(-32, 31),
    adc_itime_cycles=st.none() | st.integers(0, 255),
    input_range=st.none()
    | st.floats(min_value=1e-30, max_value=1e30, allow_nan=False, allow_infinity=False),
    copies=st.none() | st.integers(1, 64),
)
TABLES = st.builds(LayerSettingsTable, SETTINGS, st.dictionaries(NAMES, SETTINGS, max_size=4))


@settings(max_examples=60, deadline=None)
@given(table=TABLES)
def test_dumps_then_load_gives_the_same_table(tmp_path_factory, table: LayerSettingsTable) -> None:
    path = tmp_path_factory.mktemp("rt") / "settings.toml"
    path.write_text(dumps_layer_settings(table), encoding="utf-8")
    assert load_layer_settings(path) == table


ITEM_NAMES = NAMES.filter(lambda n: "=" not in n and n != "*")


@settings(max_examples=40, deadline=None)
@given(
    table=st.builds(LayerSettingsTable, SETTINGS, st.dictionaries(ITEM_NAMES, SETTINGS, max_size=4))
)
def test_parse_layer_set_rebuilds_a_table_from_its_items(table: LayerSettingsTable) -> None:
    names = {"*": table.default, **table.layers}
    items = [
        f"{name}.{key}={value!r}" if isinstance(value, str) else f"{name}.{key}={value}"
        for name, s in names.items()
        for key, value in s.set_keys().items()
    ]
    rebuilt = parse_layer_set(items)
    assert rebuilt.layers == {k: v for k, v in table.layers.items() if not v.is_empty}
    assert rebuilt.default == table.default


BAD_VALUES = [
    ("input_encoding", "thermometer"),
    ("input_encoding", 1),
    ("input_bits", 1),
    ("input_bits", 17),
    ("input_bits", 6.0),
    ("input_bits", True),
    ("bits_per_phase", 0),
    ("read_phases", 9),
    ("adc_gain", 32),
    ("adc_gain", -33),
    ("adc_itime_cycles", -1),
    ("adc_itime_cycles", 256),
    ("input_range", 0.0),
    ("input_range", -1.0),
    ("input_range", "1"),
    ("copies", 0),
    ("row_copies", 0),
    ("row_copies", 1.5),
    ("no_such_key", 1),
]


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return f'"{value}"' if isinstance(value, str) else repr(value)


@pytest.mark.parametrize(("key", "value"), BAD_VALUES)
def test_bad_value_in_a_file_names_file_layer_and_key(tmp_path, key: str, value: object) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f'version = 1\n[layer."fc1"]\n{key} = {_literal(value)}\n', encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        load_layer_settings(path)
    message = str(info.value)
    assert str(path) in message and "'fc1'" in message and key in message


@pytest.mark.parametrize(("key", "value"), BAD_VALUES)
def test_bad_value_in_an_item_names_layer_and_key(key: str, value: object) -> None:
    with pytest.raises(CompileError) as info:
        parse_layer_set([f"fc1.{key}={_literal(value)}"])
    assert "'fc1'" in str(info.value) and key in str(info.value)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[default]\ninput_bits = 4\n", "version"),
        ("version = 2\n", "version"),
        ('version = "1"\n', "version"),
        ("version = 1\nlayers = 3\n", "layers"),
        ("version = 1\ndefault = 3\n", "[default]"),
        ("version = 1\nlayer = 3\n", "layer"),
        ("version = 1\n[layer]\nfc1 = 3\n", "'fc1'"),
        ("version = 1\n[default\n", "not valid TOML"),
    ],
)
def test_bad_structure_is_refused_naming_the_file(tmp_path, text: str, named: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        load_layer_settings(path)
    assert str(path) in str(info.value) and named in str(info.value)


@pytest.mark.parametrize("item", ["fc1", "fc1=3", ".copies=2", "fc1.=2", "copies=2"])
def test_malformed_items_are_refused(item: str) -> None:
    with pytest.raises(CompileError, match="LAYER.key=value"):
        parse_layer_set([item])


def test_every_key_is_covered_by_the_bad_values() -> None:
    assert set(KEYS) <= {k for k, _ in BAD_VALUES}
