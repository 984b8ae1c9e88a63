"""Per-layer crossbar settings: how each weight layer's crossbars are read, and its copies.

A :class:`LayerSettingsTable` says, per analog weight layer (named as in ``layers.csv`` and the
compiler's layer names), the read configuration of its crossbars -- what the compiler emits as
one ``xcfg`` per crossbar -- its input range, its number of weight copies (replicas) and its
row copies. The TOML form::

    version = 1
    [default]                      # optional: every analog weight layer not listed below
    input_bits = 6
    [layer."fc1"]
    input_encoding = "bit_serial"  # or "pulse_width"              (xcfg enc)
    input_bits = 6                 # DAC bits, sign included        (xcfg in_bits)
    bits_per_phase = 1             # bit-serial bits per phase      (xcfg bpp)
    read_phases = 1                # read phases per input phase    (xcfg phases)
    adc_gain = 0                   # ADC full scale x 2^-adc_gain   (xcfg gain)
    adc_itime_cycles = 0           # ADC integration time, 0 = the architecture's (xcfg itime)
    input_range = 1.0              # input range in the layer's input units
    copies = 1                     # weight copies of the layer (replicas sharing its MVMs)
    row_copies = 1                 # its weight rows stacked k times, noise averaged

Every key is optional; an absent key means the architecture's or the compiler's default.
Values are checked here against what the ISA can encode; whether a chip can honour them (and
whether the named layers exist) is checked by the compiler, which knows both.

Sources, in order of precedence: a model's ONNX metadata (key :data:`ONNX_METADATA_KEY`), a
settings file (replaces it), ``LAYER.key=value`` items (applied on top, ``*.key=value`` sets
the default).
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from aimcsim.errors import CompileError, InputFileError
from aimcsim.inputs import read_text_file

FORMAT_VERSION = 1
"""Value of the ``version`` key that this module reads and writes."""

ONNX_METADATA_KEY = "aimcsim.layer_settings"
"""ONNX ``metadata_props`` key whose value is a settings table's TOML text."""

DEFAULT_KEY = "*"
"""Layer name of ``parse_layer_set`` items that set the table's default."""

INPUT_ENCODINGS = ("bit_serial", "pulse_width")
"""Values of ``input_encoding`` (the ISA's ``enum:encoding`` symbols, in code order)."""

MIN_INPUT_BITS = 2
"""Fewest DAC bits a layer may use: a sign and one magnitude bit (the functional model's
floor; the ISA field itself starts at 1)."""


@dataclass(frozen=True)
class LayerSettings:
    """Settings of one weight layer; ``None`` everywhere means the default of the
    architecture (DAC, ADC, crossbar read) or of the compiler (input range, copies, row
    copies)."""

    input_encoding: str | None = None
    """``bit_serial`` or ``pulse_width`` (``xcfg enc``)."""
    input_bits: int | None = None
    """DAC precision in bits, sign included (``xcfg in_bits``)."""
    bits_per_phase: int | None = None
    """Input bits applied per bit-serial phase (``xcfg bpp``)."""
    read_phases: int | None = None
    """Analog read phases per input phase, averaged digitally (``xcfg phases``)."""
    adc_gain: int | None = None
    """Signed ADC range exponent: full scale x ``2^-adc_gain`` (``xcfg gain``)."""
    adc_itime_cycles: int | None = None
    """ADC integration time in cycles; 0 = the architecture's window (``xcfg itime``)."""
    input_range: float | None = None
    """Input range of the layer, in its input units (values beyond it are clipped)."""
    copies: int | None = None
    """Weight copies (replicas) of the layer; its MVMs are split between them."""
    row_copies: int | None = None
    """Row replication: the layer's weight rows stacked this many times, its input repeated
    as often, the column sums divided by it (see :mod:`aimcsim.compiler.row_copies`)."""

    def set_keys(self) -> dict[str, Any]:
        """The keys that are set (not ``None``), in field order."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is not None
        }

    def over(self, base: LayerSettings) -> LayerSettings:
        """These settings, with ``base``'s value for every key not set here."""
        return dataclasses.replace(base, **self.set_keys())

    @property
    def is_empty(self) -> bool:
        """True when no key is set."""
        return not self.set_keys()


KEYS = tuple(f.name for f in dataclasses.fields(LayerSettings))
"""The settings keys, in field (and TOML) order."""


@dataclass(frozen=True)
class LayerSettingsTable:
    """Settings of every layer: ``default`` for layers not in ``layers``, and per-layer
    settings (which fall back to ``default`` key by key). ``layers`` is stored sorted by name
    (equal tables compare and dump identically); do not mutate it."""

    default: LayerSettings = field(default_factory=LayerSettings)
    layers: Mapping[str, LayerSettings] = field(default_factory=dict)
    source: str = field(default="", compare=False, repr=False)
    """Where the table comes from (a file, a model's metadata, ``--layer-set``), for the
    messages of the compiler's checks; not part of the table's value (nor of its repr, which
    caches key on)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "layers", {k: self.layers[k] for k in sorted(self.layers)})

    def for_layer(self, name: str) -> LayerSettings:
        """The effective settings of layer ``name``: its own keys over the default."""
        own = self.layers.get(name)
        return own.over(self.default) if own is not None else self.default

    @property
    def is_empty(self) -> bool:
        """True when the table sets nothing (every layer gets every default)."""
        return self.default.is_empty and all(s.is_empty for s in self.layers.values())


def _field_range(key: str) -> tuple[int, int]:
    """Inclusive ``(min, max)`` the ISA can encode for integer key ``key``."""
    from aimcsim.isa import SPEC

    operand = {
        "input_bits": "in_bits",
        "bits_per_phase": "bpp",
        "read_phases": "phases",
        "adc_gain": "gain",
        "adc_itime_cycles": "itime",
    }[key]
    spec = SPEC.by_mnemonic["xcfg"].field(operand)
    assert spec.min is not None and spec.max is not None
    low = max(spec.min, MIN_INPUT_BITS) if key == "input_bits" else spec.min
    return low, spec.max


def check_value(key: str, value: Any) -> Any:
    """``value`` of settings key ``key``, checked (type and range); raises ``ValueError``
    with a message that the caller locates (file, layer, key)."""
    if key not in KEYS:
        raise ValueError(f"unknown key {key!r}; expected one of {', '.join(KEYS)}")
    if key == "input_encoding":
        if value not in INPUT_ENCODINGS:
            raise ValueError(f"{value!r} is not one of {', '.join(INPUT_ENCODINGS)}")
        return value
    if key == "input_range":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number, got {value!r}")
        if not math.isfinite(value) or value <= 0:
            raise ValueError(f"must be a finite number > 0, got {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    if key in ("copies", "row_copies"):
        if value < 1:
            raise ValueError(f"must be >= 1, got {value}")
        return value
    low, high = _field_range(key)
    if not low <= value <= high:
        raise ValueError(f"must be in [{low}, {high}], got {value}")
    return value


def _settings(data: Any, where: str, source: str) -> LayerSettings:
    """A :class:`LayerSettings` from the TOML table ``data`` at ``where`` (``[default]`` or a
    layer); InputFileError naming ``source``, the table and the key."""
    if not isinstance(data, dict):
        raise InputFileError(f"{where} must be a table, got {data!r}", file=source)
    values: dict[str, Any] = {}
    for key, value in data.items():
        try:
            values[key] = check_value(key, value)
        except ValueError as exc:
            raise InputFileError(f"{where} key {key!r}: {exc}", file=source) from None
    return LayerSettings(**values)


def loads_layer_settings(text: str, *, source: str) -> LayerSettingsTable:
    """The table in TOML ``text``; ``source`` names where the text comes from (a file, a
    model's metadata) in every InputFileError."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputFileError(f"layer settings are not valid TOML: {exc}", file=source) from None
    unknown = sorted(set(doc) - {"version", "default", "layer"})
    if unknown:
        raise InputFileError(
            f"unknown top-level key(s) {unknown}; expected version, [default], [layer.NAME]",
            file=source,
        )
    version = doc.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise InputFileError(
            f"key 'version' must be {FORMAT_VERSION}, got {version!r}"
            if version is not None
            else f"key 'version' is missing (expected version = {FORMAT_VERSION})",
            file=source,
        )
    default = _settings(doc.get("default", {}), "[default]", source)
    layers_doc = doc.get("layer", {})
    if not isinstance(layers_doc, dict):
        raise InputFileError(f"'layer' must hold one table per layer, got {layers_doc!r}", source)
    layers = {name: _settings(body, f"layer {name!r}", source) for name, body in layers_doc.items()}
    return LayerSettingsTable(default, layers, source)


def load_layer_settings(path: str | Path) -> LayerSettingsTable:
    """The table in the TOML file ``path``; InputFileError naming the file (and the layer and
    key at fault)."""
    text = read_text_file(path, what="layer settings file")
    return loads_layer_settings(text, source=str(path))


def metadata_layer_settings(metadata: Mapping[str, str], source: str) -> LayerSettingsTable | None:
    """The table a model carries in its metadata (key :data:`ONNX_METADATA_KEY`), or None;
    ``source`` names the model file in errors."""
    text = metadata.get(ONNX_METADATA_KEY)
    if text is None:
        return None
    return loads_layer_settings(text, source=f"{source} (metadata {ONNX_METADATA_KEY!r})")


def model_layer_settings(model: str | Path) -> LayerSettingsTable | None:
    """The table in the metadata of the model file ``model`` (an ``.onnx``; other formats
    carry none), without loading its weights."""
    path = Path(model)
    if path.suffix != ".onnx" or not path.is_file():
        return None
    import onnx

    try:
        proto = onnx.load(str(path), load_external_data=False)
    except Exception as exc:
        raise CompileError(
            f"{path}: not a readable ONNX model ({type(exc).__name__}: {exc})"
        ) from None
    return metadata_layer_settings({p.key: p.value for p in proto.metadata_props}, str(path))


def resolve_layer_settings(
    model: str | Path | None,
    settings: LayerSettingsTable | str | Path | None = None,
    items: Sequence[str] = (),
) -> LayerSettingsTable | None:
    """The table to compile ``model`` with: ``settings`` (a table or a settings file) if
    given, else the model's own metadata table, with ``items`` on top; None when there is
    none of the three (the compiler then reads the model's metadata itself)."""
    if isinstance(settings, LayerSettingsTable):
        base: LayerSettingsTable | None = settings
    elif settings is not None:
        base = load_layer_settings(settings)
    elif items and model is not None:
        base = model_layer_settings(model)
    else:
        base = None
    return parse_layer_set(items, base) if items else base


def dumps_layer_settings(table: LayerSettingsTable) -> str:
    """``table`` as TOML text that :func:`loads_layer_settings` reads back equal."""
    doc: dict[str, Any] = {"version": FORMAT_VERSION}
    if not table.default.is_empty:
        doc["default"] = table.default.set_keys()
    if table.layers:
        doc["layer"] = {name: s.set_keys() for name, s in table.layers.items()}
    return tomli_w.dumps(doc)


def _item_value(text: str) -> Any:
    """The value of a ``key=value`` item: a TOML literal (``6``, ``1.5``, ``"x"``), else the
    bare text (so ``input_encoding=pulse_width`` needs no quotes)."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text.strip()


def parse_layer_set(
    items: Sequence[str], base: LayerSettingsTable | None = None
) -> LayerSettingsTable:
    """``base`` (or an empty table) with ``LAYER.key=value`` items applied in order;
    ``*.key=value`` sets the default. The key is the text after the last dot before the
    first ``=`` (layer names may contain dots, not ``=``; they are taken verbatim).
    CompileError naming the item, layer and key."""
    table = base or LayerSettingsTable()
    default = table.default
    layers = dict(table.layers)
    for item in items:
        lhs, eq, raw = item.partition("=")
        layer, dot, key = lhs.rpartition(".")
        key = key.strip()
        if not eq or not dot or not layer or not key:
            raise CompileError(
                f"--layer-set {item!r}: expected LAYER.key=value (or *.key=value for the default)"
            )
        try:
            value = check_value(key, _item_value(raw))
        except ValueError as exc:
            where = "the default" if layer == DEFAULT_KEY else f"layer {layer!r}"
            raise CompileError(f"--layer-set {item!r}: {where} key {key!r}: {exc}") from None
        if layer == DEFAULT_KEY:
            default = dataclasses.replace(default, **{key: value})
        else:
            own = layers.get(layer, LayerSettings())
            layers[layer] = dataclasses.replace(own, **{key: value})
    source = f"{table.source} + --layer-set" if table.source else "--layer-set"
    return LayerSettingsTable(default, layers, source if items else table.source)


__all__ = [
    "DEFAULT_KEY",
    "INPUT_ENCODINGS",
    "KEYS",
    "ONNX_METADATA_KEY",
    "LayerSettings",
    "LayerSettingsTable",
    "check_value",
    "dumps_layer_settings",
    "load_layer_settings",
    "loads_layer_settings",
    "metadata_layer_settings",
    "model_layer_settings",
    "parse_layer_set",
    "resolve_layer_settings",
]
