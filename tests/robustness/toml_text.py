"""Writing arbitrary (also invalid) values as TOML text, for bad-input generators.

``tomllib`` only reads; these helpers write the few shapes the robustness tests need: scalars
(NaN and infinities included, as TOML spells them), lists, inline tables and documents of
nested tables.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


def literal(value: Any) -> str:
    """``value`` as a TOML literal: ``nan``, ``-inf``, ``true``, ``"text"``, ``[1, 2]``,
    ``{a = 1}``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)} = {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML literal for {value!r}")


def document(flat: Mapping[str, Any]) -> str:
    """A TOML document setting each dotted key of ``flat`` (``"tile.adc.bits": 6`` becomes
    ``[tile.adc]`` / ``bits = 6``); top-level keys come first."""
    tables: dict[str, list[str]] = {}
    for dotted, value in flat.items():
        head, _, leaf = dotted.rpartition(".")
        tables.setdefault(head, []).append(f"{_key(leaf)} = {literal(value)}")
    lines = list(tables.pop("", []))
    for head, body in tables.items():
        lines.append(f"[{'.'.join(_key(part) for part in head.split('.'))}]")
        lines.extend(body)
    return "\n".join(lines) + "\n"


def nested_document(data: Mapping[str, Any]) -> str:
    """A TOML document of ``data``: top-level scalars, then one ``[table.sub]`` per mapping of
    mappings (two levels, as energy tables have), then ``[[array]]`` tables."""
    lines: list[str] = []
    for key, value in data.items():
        if not isinstance(value, Mapping) and not _is_table_array(value):
            lines.append(f"{_key(key)} = {literal(value)}")
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines.append(f"[{_key(key)}]")
            for sub, entry in value.items():
                if not isinstance(entry, Mapping):
                    lines.append(f"{_key(sub)} = {literal(entry)}")
            for sub, entry in value.items():
                if isinstance(entry, Mapping):
                    lines.append(f"[{_key(key)}.{_key(sub)}]")
                    lines.extend(f"{_key(k)} = {literal(v)}" for k, v in entry.items())
        elif _is_table_array(value):
            for entry in value:
                lines.append(f"[[{_key(key)}]]")
                lines.extend(f"{_key(k)} = {literal(v)}" for k, v in entry.items())
    return "\n".join(lines) + "\n"


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(key: str) -> str:
    bare = key.replace("_", "").replace("-", "").isalnum() and key.isascii()
    return key if bare else _string(key)
