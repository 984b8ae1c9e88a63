"""The shape of ``manifest.toml``, declared once: types, ranges and required keys per table.

:data:`MANIFEST` describes every table and key a workload manifest may hold; :func:`check`
walks a parsed document against it and raises a :class:`~aimcsim.errors.WorkloadError` that
names the file and the TOML key path at fault (``probes[2].pc``). Consistency *between* keys,
the program and the tensors is checked afterwards by :mod:`aimcsim.workload.validate`, which
can then trust every type and range declared here. Tests derive their edited manifests from
:func:`leaves`, so a key added here is fuzzed without further work.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from aimcsim.errors import WorkloadError

ADDRESS_LIMIT = (1 << 31) - 1
"""Largest global-memory address or length in elements (the ISA's registers are signed 32-bit)."""

BUFFER_LIMIT = 1 << 30
"""Largest tile buffer in elements (the bound of ``tile.buffer.size_elements``)."""

SLOTS_LIMIT = 1 << 20
"""Largest number of sample slots a program loop may have."""

LAYOUTS = ("flat", "nhwc", "flat_t")
"""Storage orders of a tensor (see :func:`aimcsim.compiler.graph.to_physical`)."""

MEMORY_SPACES = ("sram", "dram")
"""Global memory spaces a probe may read."""


@dataclass(frozen=True)
class Value:
    """A leaf key: its ``kind``, whether it is required, and the values it accepts.

    Kinds: ``int``, ``float`` (an int is accepted), ``str``, ``bool``, ``shape`` (a list of
    positive ints), ``shapes`` (a list of shapes), ``ints`` (a list of ints within
    ``min``..``max``), ``strs`` (a list of strings), ``int_map`` (a table of ints within
    ``min``..``max``). ``min``/``max`` are inclusive bounds of numbers (of list elements for
    ``ints``/``int_map``); ``choices`` lists the accepted values.
    """

    kind: str
    required: bool = True
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class Table:
    """A table (``many=False``) or an array of tables (``many=True``) and its keys.

    ``open`` tables accept keys not listed (free-form notes, keys of newer compilers);
    closed ones refuse them, so a misspelt key is never silently ignored.
    """

    keys: dict[str, Node] = field(default_factory=dict)
    required: bool = True
    many: bool = False
    open: bool = False


Node = Value | Table


def _int(lo: int, hi: int, required: bool = True) -> Value:
    return Value("int", required, lo, hi)


def _str(required: bool = True, choices: tuple[str, ...] | None = None) -> Value:
    return Value("str", required, choices=choices)


_ADDR = _int(0, ADDRESS_LIMIT)
_LENGTH = _int(1, ADDRESS_LIMIT)
_ID = _int(0, ADDRESS_LIMIT)
_LAYOUT = _str(choices=LAYOUTS)

MANIFEST = Table(
    {
        "workload": Table(
            {
                "name": _str(),
                "format": _int(1, 1),
                "isa_version": _str(),
                "n_slots": _int(1, SLOTS_LIMIT),
                "dram_elements": _int(0, ADDRESS_LIMIT),
                "program_crc32": _int(0, (1 << 32) - 1),
                "source_model": _str(required=False),
                "preset": _str(required=False),
                "overrides": Value("strs", required=False),
                "crossbar_rows": _int(1, BUFFER_LIMIT, required=False),
                "crossbar_cols": _int(1, BUFFER_LIMIT, required=False),
            },
            open=True,
        ),
        "compiler": Table(
            {
                "n_slots": _int(1, SLOTS_LIMIT, required=False),
                "digital": Value("strs", required=False),
                "pin": Value("int_map", required=False, min=0, max=ADDRESS_LIMIT),
                "duplicate": Value("bool", required=False),
                "synthetic_weights": Value("bool", required=False),
                "seed": _int(0, (1 << 63) - 1, required=False),
                "calibrate_input_range": _str(required=False),
                "chip_input_range": Value("float", required=False, min=0.0),
                "stream_budget_elements": _int(1, BUFFER_LIMIT, required=False),
                "layer_settings": _str(required=False),
            },
            required=False,
            open=True,
        ),
        "inputs": Table(
            {
                "name": _str(),
                "shape": Value("shape"),
                "layout": _LAYOUT,
                "space": _str(required=False, choices=("dram",)),
                "addr": _ADDR,
                "size": _LENGTH,
                "transform": Table(
                    {"kind": _str(choices=("embedding",)), "table": _str(), "source": _str()},
                    required=False,
                ),
            },
            many=True,
        ),
        "outputs": Table(
            {
                "name": _str(),
                "shape": Value("shape"),
                "layout": _LAYOUT,
                "space": _str(required=False, choices=("dram",)),
                "addr": _ADDR,
                "size": _LENGTH,
                "perm": _str(required=False),
            },
            many=True,
        ),
        "constants": Table(
            {
                "tensor": _str(),
                "space": _str(required=False, choices=("dram",)),
                "addr": _ADDR,
                "length": _LENGTH,
            },
            required=False,
            many=True,
        ),
        "tiles": Table({"id": _ID, "buffer_elements": _int(1, BUFFER_LIMIT)}, many=True),
        "layers": Table(
            {
                "id": _ID,
                "name": _str(),
                "kind": _str(),
                "source_op": _str(required=False),
                "analog": Value("bool", required=False),
                "inputs": Value("strs", required=False),
                "in_shapes": Value("shapes", required=False),
                "output": _str(required=False),
                "out_shape": Value("shape", required=False),
                "layout": _str(required=False, choices=LAYOUTS),
                "tiles": Value("ints", required=False, min=0, max=ADDRESS_LIMIT),
                "crossbars": _int(0, ADDRESS_LIMIT, required=False),
                "replicas": _int(0, ADDRESS_LIMIT, required=False),
                "matrix": Value("ints", required=False, min=1, max=ADDRESS_LIMIT),
                "mvms_per_sample": _int(0, ADDRESS_LIMIT, required=False),
                "row_copies": _int(1, ADDRESS_LIMIT, required=False),
                "utilisation": Value("float", required=False, min=0.0, max=1.0),
                "input_range": Value("float", required=False, min=0.0),
            },
            many=True,
            open=True,
        ),
        "blocks": Table(
            {
                "id": _ID,
                "tensor": _str(),
                "row0": _ADDR,
                "row1": _LENGTH,
                "col0": _ADDR,
                "col1": _LENGTH,
                "layer": _str(required=False),
                "tile": _int(0, ADDRESS_LIMIT, required=False),
                "xb": _int(0, ADDRESS_LIMIT, required=False),
                "replica": _int(0, ADDRESS_LIMIT, required=False),
            },
            required=False,
            many=True,
        ),
        "probes": Table(
            {
                "layer": _ID,
                "tensor": _str(),
                "tile": _ID,
                "addr": _ADDR,
                "length": _LENGTH,
                "shape": Value("shape"),
                "layout": _LAYOUT,
                "perm": _str(required=False),
                "space": _str(required=False, choices=MEMORY_SPACES),
                "pc": _int(0, ADDRESS_LIMIT, required=False),
                "stride": _int(0, ADDRESS_LIMIT, required=False),
            },
            required=False,
            many=True,
        ),
        "prelude": Table(
            {
                "inputs": Table(
                    {
                        "name": _str(),
                        "shape": Value("shape"),
                        "batch_axis": _int(0, 64),
                        "dtype": _str(),
                    },
                    many=True,
                ),
                "nodes": Table(
                    {
                        "name": _str(),
                        "op": _str(),
                        "inputs": Value("strs"),
                        "outputs": Value("strs"),
                        "attrs": Value(
                            "int_map", required=False, min=-(1 << 31), max=(1 << 31) - 1
                        ),
                    },
                    many=True,
                ),
            },
            required=False,
        ),
        "synthetic": Table(
            {
                "seed": _int(0, (1 << 63) - 1),
                "tensors": Table({"name": _str(), "shape": Value("shape")}, many=True),
            },
            required=False,
        ),
    },
    open=True,
)
"""Every table and key of ``manifest.toml`` (see :class:`aimcsim.workload.Workload`)."""


def did_you_mean(word: str, choices: Any) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices`` to ``word`` (ignoring case),
    or ``""``."""
    by_folded = {str(c).casefold(): str(c) for c in choices}
    close = difflib.get_close_matches(word.casefold(), list(by_folded), n=1)
    return f" (did you mean {by_folded[close[0]]!r}?)" if close else ""


def key_path(path: tuple[str | int, ...]) -> str:
    """TOML key path text of ``path``: ``("probes", 2, "pc")`` -> ``probes[2].pc``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def leaves(table: Table = MANIFEST, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every key path of ``table`` (arrays of tables without an index), with its leaf spec
    reachable through :func:`spec_at`; e.g. ``("probes", "pc")``."""
    for name, node in table.keys.items():
        if isinstance(node, Table):
            yield from leaves(node, (*prefix, name))
        else:
            yield (*prefix, name)


def spec_at(path: tuple[str, ...], table: Table = MANIFEST) -> Node:
    """The schema node at ``path`` (as :func:`leaves` gives it)."""
    node: Node = table
    for name in path:
        assert isinstance(node, Table)
        node = node.keys[name]
    return node


def check(doc: dict[str, Any], file: str, table: Table = MANIFEST) -> None:
    """Check ``doc`` (a parsed manifest) against ``table``; WorkloadError naming ``file`` and
    the key path of the first violation."""
    _check_table(doc, table, (), file)


def _fail(file: str, path: tuple[str | int, ...], problem: str) -> WorkloadError:
    return WorkloadError(f"{file}: {key_path(path)}: {problem}")


def _check_table(doc: Any, table: Table, path: tuple[str | int, ...], file: str) -> None:
    if not isinstance(doc, dict):
        raise _fail(file, path, f"expected a table, got {_type_name(doc)}")
    for name, node in table.keys.items():
        where = (*path, name)
        if name not in doc:
            if node.required:
                raise _fail(file, where, "required key is missing")
            continue
        value = doc[name]
        if isinstance(node, Value):
            _check_value(value, node, where, file)
        elif node.many:
            if not isinstance(value, list):
                raise _fail(file, where, f"expected an array of tables, got {_type_name(value)}")
            for i, entry in enumerate(value):
                _check_table(entry, node, (*where, i), file)
        else:
            _check_table(value, node, where, file)
    if not table.open:
        unknown = sorted(set(doc) - set(table.keys))
        if unknown:
            raise _fail(
                file,
                (*path, unknown[0]),
                f"unknown key{did_you_mean(unknown[0], table.keys)} "
                f"(known: {', '.join(table.keys)})",
            )


def _check_value(value: Any, spec: Value, path: tuple[str | int, ...], file: str) -> None:
    kind = spec.kind
    if kind in ("int", "float"):
        _check_number(value, spec, path, file)
    elif kind == "str" and not isinstance(value, str):
        raise _fail(file, path, f"expected a string, got {_type_name(value)}")
    elif kind == "bool" and not isinstance(value, bool):
        raise _fail(file, path, f"expected true or false, got {_type_name(value)}")
    elif kind in ("shape", "ints", "strs", "shapes"):
        if not isinstance(value, list):
            raise _fail(file, path, f"expected an array, got {_type_name(value)}")
        for i, item in enumerate(value):
            _check_item(item, spec, (*path, i), file)
    elif kind == "int_map":
        if not isinstance(value, dict):
            raise _fail(file, path, f"expected a table, got {_type_name(value)}")
        for name, item in value.items():
            _check_number(item, Value("int", min=spec.min, max=spec.max), (*path, name), file)
    if spec.choices is not None and value not in spec.choices:
        allowed = ", ".join(repr(c) for c in spec.choices)
        raise _fail(file, path, f"{value!r} is not one of {allowed}")


def _check_item(item: Any, spec: Value, path: tuple[str | int, ...], file: str) -> None:
    if spec.kind == "strs":
        if not isinstance(item, str):
            raise _fail(file, path, f"expected a string, got {_type_name(item)}")
    elif spec.kind == "shapes":
        _check_value(item, Value("shape"), path, file)
    elif spec.kind == "shape":
        _check_number(item, Value("int", min=1, max=ADDRESS_LIMIT), path, file)
    else:
        _check_number(item, Value("int", min=spec.min, max=spec.max), path, file)


def _check_number(value: Any, spec: Value, path: tuple[str | int, ...], file: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(
            file,
            path,
            f"expected {'an integer' if spec.kind == 'int' else 'a number'}"
            f", got {_type_name(value)}",
        )
    if spec.kind == "int" and not isinstance(value, int):
        raise _fail(file, path, f"expected an integer, got {value!r}")
    if not math.isfinite(value):
        raise _fail(file, path, f"expected a finite number, got {value!r}")
    lo = -math.inf if spec.min is None else spec.min
    hi = math.inf if spec.max is None else spec.max
    if not lo <= value <= hi:
        bounds = f"{_num(spec.min)}..{_num(spec.max)}"
        raise _fail(file, path, f"{value!r} is out of range ({bounds})")


def _num(bound: float | None) -> str:
    if bound is None:
        return ""
    return str(int(bound)) if float(bound).is_integer() else f"{bound:g}"


def _type_name(value: Any) -> str:
    """TOML name of the type of ``value`` (as a user wrote it)."""
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a float ({value!r})"
    if isinstance(value, str):
        return f"a string ({value!r})"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__
