"""Load architecture configs from defaults, presets, TOML files and dotted overrides.

Resolution order, later wins: the dataclass defaults, then a preset (``preset = "NAME"`` at
the top of a config file, or the ``preset`` argument), then the file's own tables, then
``--set key=value`` overrides. Every problem found (unknown key, wrong type, value out of
range, cross-field conflict) is collected and reported at once in one :class:`ConfigError`
that names the file and key at fault.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import functools
import math
import re
import tomllib
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from aimcsim.config.arch import ArchConfig, validate
from aimcsim.config.schema import FLOAT_LIMIT, LIST_LIMIT, ParamDoc, format_bound, param_doc
from aimcsim.errors import ConfigError
from aimcsim.inputs import read_toml

PRESET_PACKAGE = "aimcsim.config.presets"
_META_KEYS = ("source", "description", "preset")


@dataclass(frozen=True)
class PresetInfo:
    """A shipped preset: its name, what it models, and where its numbers come from."""

    name: str
    description: str
    source: str


def list_presets() -> list[PresetInfo]:
    """Every shipped preset, sorted by name."""
    return [
        PresetInfo(
            name=name,
            description=str(data.get("description", "")),
            source=str(data.get("source", "")),
        )
        for name, data in sorted(_shipped_presets().items())
    ]


@functools.cache
def _shipped_presets() -> dict[str, dict[str, Any]]:
    """The parsed TOML of every shipped preset by name, read once per process (they are
    package files; parsing them all cost a few ms per config resolved, e.g. per sweep
    point or :func:`aimcsim.evaluate` call)."""
    presets = {}
    for entry in resources.files(PRESET_PACKAGE).iterdir():
        if entry.name.endswith(".toml"):
            presets[entry.name.removesuffix(".toml")] = tomllib.loads(
                entry.read_text(encoding="utf-8")
            )
    return presets


def load_arch(
    preset: str | None = None,
    path: str | Path | None = None,
    overrides: Sequence[str] = (),
) -> ArchConfig:
    """Resolve an :class:`ArchConfig` from a preset, a TOML file and ``key=value`` overrides.

    Raises :class:`ConfigError` listing every problem found.
    """
    layers: list[tuple[str, Mapping[str, Any]]] = []
    file_data: dict[str, Any] = {}
    if path is not None:
        file_data = read_toml(path, what="config file")
        file_preset = file_data.pop("preset", None)
        if file_preset is not None and preset is None:
            preset = str(file_preset)
    if preset is not None:
        layers.append((f"preset '{preset}'", _preset_data(preset)))
    if path is not None:
        layers.append((str(path), _strip_meta(file_data)))
    layers.append(("--set", parse_overrides(overrides)))
    return build_arch(layers)


def build_arch(layers: Sequence[tuple[str, Mapping[str, Any]]]) -> ArchConfig:
    """Merge nested dicts (each labelled with where it came from) over the defaults."""
    problems: list[str] = []
    values: dict[str, tuple[Any, str]] = {}
    for origin, data in layers:
        for key, value in _flatten(data):
            values[key] = (value, origin)
    arch = _construct(ArchConfig, "", values, problems)
    for key, (_, origin) in sorted(values.items()):
        if not _known_key(key):
            problems.append(f"{origin}: unknown key '{key}'{_did_you_mean(key)}")
    if not problems:
        problems.extend(f"cross-field: {p}{_origins(p, values)}" for p in validate(arch))
    if problems:
        raise ConfigError("invalid architecture config:\n  " + "\n  ".join(problems))
    return arch


def _origins(problem: str, values: Mapping[str, tuple[Any, str]]) -> str:
    """Where each key a cross-field problem names was set, e.g. `` (tile.adc.bits: --set)``."""
    named = sorted(
        k for k in _all_keys() if re.search(rf"(?<![\w.]){re.escape(k)}(?![\w])", problem)
    )
    where = [f"{k}: {values[k][1] if k in values else 'default'}" for k in named]
    return f" ({'; '.join(where)})" if where else ""


def parse_overrides(overrides: Sequence[str]) -> dict[str, Any]:
    """Turn ``["tile.adc.bits=6", ...]`` into ``{"tile.adc.bits": 6, ...}``.

    Values are TOML literals; a value that is not one is taken as a string, so
    ``noise.model=pcm`` works without quotes.
    """
    flat: dict[str, Any] = {}
    for item in overrides:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, e.g. tile.adc.bits=6")
        flat[key] = parse_value(raw.strip())
    return flat


def parse_value(raw: str) -> Any:
    """A TOML literal (``6``, ``0.5``, ``true``, ``[1, 2]``, ``"x"``), else the raw string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def arch_to_dict(obj: Any) -> dict[str, Any]:
    """The config as nested plain dicts (tuples become lists), e.g. for ``run.json``."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            out[f.name] = arch_to_dict(value)
        elif isinstance(value, tuple):
            out[f.name] = list(value)
        else:
            out[f.name] = value
    return out


def iter_params(obj: Any, prefix: str = "") -> Iterator[tuple[str, Any, ParamDoc]]:
    """Yield ``(dotted key, value, doc)`` for every leaf field of a config tree."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        key = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(value):
            yield from iter_params(value, key + ".")
        else:
            doc = param_doc(f)
            yield key, value, doc if doc is not None else ParamDoc(doc="")


def get_key(arch: ArchConfig, key: str) -> Any:
    """The value at a dotted key, e.g. ``get_key(arch, "tile.adc.bits")``."""
    obj: Any = arch
    for part in key.split("."):
        obj = getattr(obj, part)
    return obj


def known_keys() -> list[str]:
    """Every dotted leaf key an architecture config accepts."""
    return sorted(_all_keys())


# ----------------------------------------------------------------------------- internals


def _preset_data(name: str) -> dict[str, Any]:
    presets = _shipped_presets()
    if name not in presets:
        names = sorted(presets)
        hint = difflib.get_close_matches(name, names, n=1)
        did = f"; did you mean '{hint[0]}'?" if hint else ""
        raise ConfigError(f"unknown preset '{name}'{did} (presets: {', '.join(names)})")
    return _strip_meta(copy.deepcopy(presets[name]))


def _strip_meta(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _META_KEYS}


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and not _is_leaf(dotted):
            yield from _flatten(value, dotted + ".")
        else:
            yield dotted, value


@functools.cache
def _all_keys() -> frozenset[str]:
    return frozenset(k for k, _, _ in iter_params(ArchConfig()))


@functools.cache
def _all_sections() -> frozenset[str]:
    sections: set[str] = set()
    for key in _all_keys():
        parts = key.split(".")
        sections.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return frozenset(sections)


def _is_leaf(key: str) -> bool:
    return key in _all_keys()


def _known_key(key: str) -> bool:
    return key in _all_keys()


def _did_you_mean(key: str) -> str:
    if key in _all_sections():
        return f" (it is a section; set one of its fields, e.g. '{key}.<field>')"
    candidates = list(_all_keys()) + list(_all_sections())
    # Prefer a key with the same last component (e.g. 'adc.bits' -> 'tile.adc.bits').
    last = key.split(".")[-1]
    same_leaf = [k for k in _all_keys() if k.endswith("." + last) or k == last]
    hint = difflib.get_close_matches(key, same_leaf, n=1, cutoff=0.5) or difflib.get_close_matches(
        key, candidates, n=1, cutoff=0.6
    )
    return f"; did you mean '{hint[0]}'?" if hint else ""


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """The resolved field types of a config class (resolving them is slow; they never
    change)."""
    return typing.get_type_hints(cls)


def _construct(
    cls: type, prefix: str, values: Mapping[str, tuple[Any, str]], problems: list[str]
) -> Any:
    hints = _type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        key = f"{prefix}{f.name}"
        ftype = hints[f.name]
        if dataclasses.is_dataclass(ftype):
            kwargs[f.name] = _construct(ftype, key + ".", values, problems)  # type: ignore[arg-type]
            continue
        if key not in values:
            continue
        raw, origin = values[key]
        try:
            value = _coerce(raw, ftype)
        except TypeError as exc:
            problems.append(f"{origin}: key '{key}': {exc}")
            continue
        # A field declared without param() still gets the limits of every field of its type.
        err = _range_error(value, param_doc(f) or ParamDoc(doc=""))
        if err:
            problems.append(f"{origin}: key '{key}' = {_shown(value)}: {err}")
            continue
        kwargs[f.name] = value
    return cls(**kwargs)


def _coerce(raw: Any, ftype: Any) -> Any:
    """Check ``raw`` against the field type, converting where natural (an int to a float, an
    integral float such as ``6.0`` to an int). Non-finite numbers are refused for every
    numeric type, so ``nan`` never slips past a range check (``nan < min`` is false)."""
    if ftype is bool:
        if not isinstance(raw, bool):
            raise TypeError(f"expected true or false, got {_shown(raw)}")
        return raw
    if ftype is int:
        if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
            return int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError(f"expected an integer, got {_shown(raw)}")
        return raw
    if ftype is float:
        return _finite_float(raw, "a number")
    if ftype is str:
        if not isinstance(raw, str):
            raise TypeError(f"expected a string, got {_shown(raw)}")
        return raw
    if typing.get_origin(ftype) is tuple:
        if not isinstance(raw, list | tuple):
            raise TypeError(f"expected a list of numbers, got {_shown(raw)}")
        if len(raw) > LIST_LIMIT:
            raise TypeError(f"expected at most {LIST_LIMIT} numbers, got {len(raw)}")
        return tuple(_finite_float(v, "a list of numbers") for v in raw)
    raise TypeError(f"unsupported field type {ftype!r}")  # a bug in a config class


def _finite_float(raw: Any, expected: str) -> float:
    """``raw`` as a finite float within +-FLOAT_LIMIT; TypeError naming ``expected`` else."""
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise TypeError(f"expected {expected}, got {_shown(raw)}")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise TypeError(
            f"expected {expected}, got {_shown(raw)} (NaN and infinities are not accepted)"
        )
    if abs(raw) > FLOAT_LIMIT:  # also ints too large for a float
        raise TypeError(f"expected {expected} of magnitude <= {FLOAT_LIMIT:g}, got {_shown(raw)}")
    return float(raw)


def _range_error(value: Any, doc: ParamDoc) -> str:
    if doc.choices is not None:
        if value in doc.choices:
            return ""
        hint = ""
        if isinstance(value, str):
            close = difflib.get_close_matches(value, [str(c) for c in doc.choices], n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"must be {doc.describe_range()}{hint}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    low, high = doc.bounds(is_int=isinstance(value, int))
    if not low <= value <= high:
        unit = f" {doc.unit}" if doc.unit else ""
        return f"out of range, must be in [{format_bound(low)}, {format_bound(high)}]{unit}"
    return ""


def _shown(value: Any, width: int = 60) -> str:
    """``repr(value)`` cut to ``width`` characters for messages (a pasted 400-digit number or a
    long list stays readable)."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."
