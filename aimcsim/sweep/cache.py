"""The sweep's cache of finished simulations: ``OUT/cache/<key>.json``, one file per
(simulated configuration, seed).

The key (:func:`simulation_key`) is a sha256 of everything the result depends on: the content
of what is evaluated (:func:`content_digest` of the program, tensors, samples and labels, or
model and compiler options), the resolved config, the seed, the evaluator and its options and
the aimcsim version. Changing any of them misses the cache, so a resumed sweep never returns
results of other inputs. An entry names its own key; one that cannot be read, is not a JSON
object of the expected shape or names another key is ignored (the point is recomputed and
overwritten) with a :class:`SweepWarning`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.sweep.errors import SweepError

CACHE_DIR = "cache"
FORMAT = 1
"""Version of the entry layout; entries of another layout are recomputed."""

Warn = Callable[[str], None]

_REQUIRED_NUMBERS = ("total_cycles", "latency_ns")
_OPTIONAL_NUMBERS = (
    "inference_cycles",
    "inference_ns",
    "energy_pj",
    "inference_energy_pj",
    "mean_rel_error",
    "top1",
    "cycle_ns",
    "crossbars",
)


def content_digest(files: Sequence[Path], extra: str = "") -> str:
    """sha256 over the content of ``files`` (in order) and ``extra``: the arrays of an
    ``.npz`` (names, dtypes, shapes, values: not the archive's timestamps), the bytes of any
    other file. SweepError or InputFileError naming a file that cannot be read."""
    from aimcsim.inputs import load_npz

    h = hashlib.sha256()
    for path in files:
        h.update(f"{path.name}\0".encode())
        if path.suffix == ".npz":
            _hash_value(h, load_npz(path))
            continue
        try:
            with open(path, "rb") as fh:
                h.update(f"{os.fstat(fh.fileno()).st_size}:".encode())
                while block := fh.read(1 << 20):
                    h.update(block)
        except OSError as exc:
            raise SweepError(f"{path}: cannot read: {exc.strerror}") from None
    h.update(extra.encode("utf-8"))
    return h.hexdigest()


def value_digest(value: Any, extra: str = "") -> str:
    """sha256 of an in-memory structure by content (dataclasses, dicts, sequences, numpy
    arrays and scalars), and ``extra``: e.g. a loaded model graph with all its weights,
    wherever the frontend read them from."""
    h = hashlib.sha256()
    _hash_value(h, value)
    h.update(extra.encode("utf-8"))
    return h.hexdigest()


def _hash_value(h: Any, value: Any) -> None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        h.update(f"<{type(value).__name__}>".encode())
        for f in dataclasses.fields(value):
            h.update(f"{f.name}=".encode())
            _hash_value(h, getattr(value, f.name))
    elif isinstance(value, dict):
        h.update(f"{{{len(value)}:".encode())
        for key in sorted(value, key=repr):
            _hash_value(h, key)
            _hash_value(h, value[key])
    elif isinstance(value, list | tuple):
        h.update(f"[{len(value)}:".encode())
        for item in value:
            _hash_value(h, item)
    elif isinstance(value, np.ndarray) and value.dtype != object:
        a = np.ascontiguousarray(value)
        h.update(f"<{a.dtype.str}{a.shape}>".encode())
        h.update(a.tobytes())
    elif isinstance(value, np.ndarray):
        _hash_value(h, value.tolist())
    elif isinstance(value, np.generic):
        _hash_value(h, value.item())
    else:
        h.update(f"{type(value).__name__}:{value!r};".encode())


def run_digest(content: str, evaluator_id: str) -> str:
    """sha256 of what every point of one sweep shares: the evaluated content, the evaluator
    and its options, and the aimcsim version (a new version never reuses an old cache)."""
    from aimcsim import __version__

    blob = json.dumps([content, evaluator_id, __version__], separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def simulation_key(run: str, config: dict[str, Any], seed: int) -> str:
    """Cache key of one simulation: :func:`run_digest`, the resolved config (as
    :func:`aimcsim.config.loader.arch_to_dict`) and the root seed of its noise."""
    blob = json.dumps(
        {"run": run, "config": config, "seed": int(seed)}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def entry_path(out_dir: Path, key: str) -> Path:
    return out_dir / CACHE_DIR / f"{key}.json"


def load_entry(out_dir: Path, key: str, warn: Warn) -> dict[str, Any] | None:
    """The cached result of ``key``, or None when absent or unusable (then ``warn`` says why)."""
    path = entry_path(out_dir, key)
    if not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        warn(f"{path}: unreadable cache entry ({exc}); recomputing it")
        return None
    problem = _entry_problem(entry, key)
    if problem:
        warn(f"{path}: bad cache entry ({problem}); recomputing it")
        return None
    result: dict[str, Any] = entry["result"]
    return result


def save_entry(out_dir: Path, key: str, result: dict[str, Any]) -> None:
    """Write the entry of ``key`` atomically (a reader sees the old file or the new one)."""
    path = entry_path(out_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"format": FORMAT, "key": key, "result": jsonable(result)}, fh, sort_keys=True)
    os.replace(tmp, path)


def _entry_problem(entry: Any, key: str) -> str:
    if not isinstance(entry, dict):
        return "not a JSON object"
    if entry.get("format") != FORMAT:
        return f"format {entry.get('format')!r}, expected {FORMAT}"
    if entry.get("key") != key:
        return "it is the entry of another simulation"
    return result_problem(entry.get("result"))


def result_problem(result: Any) -> str:
    """Why ``result`` is not a usable evaluation result (empty when it is): a JSON object
    with a non-empty ``error`` message, or the metrics of :mod:`aimcsim.sweep.evaluate`."""
    if not isinstance(result, dict):
        return "the result is not an object"
    if "error" in result:
        error = result["error"]
        ok = isinstance(error, str) and error != ""
        return "" if ok else f"'error' must be a non-empty message, got {error!r}"
    for name in _REQUIRED_NUMBERS:
        if name not in result:
            return f"no '{name}'"
    for name in (*_REQUIRED_NUMBERS, *_OPTIONAL_NUMBERS):
        value = result.get(name)
        if value is None and name not in _REQUIRED_NUMBERS:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"'{name}' is not a number ({value!r})"
        if name in _REQUIRED_NUMBERS and not (math.isfinite(value) and value >= 0):
            return f"'{name}' = {value!r}, expected a finite number >= 0"
    ledger = result.get("ledger")
    if ledger is not None and not _is_ledger(ledger):
        return "'ledger' is not a list of ledger records"
    return ""


def _is_ledger(ledger: Any) -> bool:
    from aimcsim.sweep.costing import LEDGER_COLUMNS

    if not isinstance(ledger, list):
        return False
    for rec in ledger:
        if not isinstance(rec, dict) or any(c not in rec for c in LEDGER_COLUMNS):
            return False
        count = rec["count"]
        if isinstance(count, bool) or not isinstance(count, int | float) or count < 0:
            return False
    return True


def jsonable(value: Any) -> Any:
    """``value`` with numpy scalars as Python numbers and non-finite floats as None."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
