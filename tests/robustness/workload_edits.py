"""Copies of shipped workloads and the edits the robustness tests make to them."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import tomli_w

ROOT = Path(__file__).resolve().parents[2]
WORKLOADS = ROOT / "workloads"
LOADED_FILES = ("manifest.toml", "program.bin", "tensors.npz")
"""The files of a workload directory that loading reads."""


def copy_workload(name: str, dest: Path) -> Path:
    """A copy of shipped workload ``name`` (the files loading reads) in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in LOADED_FILES:
        shutil.copyfile(WORKLOADS / name / f, dest / f)
    return dest


def read_manifest(directory: Path) -> dict[str, Any]:
    with open(directory / "manifest.toml", "rb") as fh:
        return tomllib.load(fh)


def write_manifest(directory: Path, doc: dict[str, Any]) -> None:
    (directory / "manifest.toml").write_text(tomli_w.dumps(doc), encoding="utf-8")


def edit_manifest(directory: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """Apply ``edit`` to the parsed manifest of ``directory`` and write it back."""
    doc = read_manifest(directory)
    edit(doc)
    write_manifest(directory, doc)


def read_tensors(directory: Path) -> dict[str, np.ndarray]:
    with np.load(directory / "tensors.npz") as z:
        return {k: z[k] for k in z.files}


def write_tensors(directory: Path, arrays: dict[str, np.ndarray]) -> None:
    np.savez(directory / "tensors.npz", **arrays)  # type: ignore[arg-type]


def edit_tensors(directory: Path, edit: Callable[[dict[str, np.ndarray]], None]) -> None:
    """Apply ``edit`` to the arrays of ``tensors.npz`` of ``directory`` and write them back."""
    arrays = read_tensors(directory)
    edit(arrays)
    write_tensors(directory, arrays)


def parents_of(
    doc: dict[str, Any], path: tuple[str, ...]
) -> list[tuple[tuple[str | int, ...], dict]]:
    """Every table of ``doc`` that may hold the leaf ``path`` (arrays of tables expanded),
    with its concrete key path: ``("probes", "pc")`` -> ``[(("probes", 0), {...}), ...]``."""
    found: list[tuple[tuple[str | int, ...], dict]] = [((), doc)]
    for name in path[:-1]:
        nxt: list[tuple[tuple[str | int, ...], dict]] = []
        for where, table in found:
            value = table.get(name)
            if isinstance(value, dict):
                nxt.append(((*where, name), value))
            elif isinstance(value, list):
                nxt.extend(
                    ((*where, name, i), v) for i, v in enumerate(value) if isinstance(v, dict)
                )
        found = nxt
    return found
