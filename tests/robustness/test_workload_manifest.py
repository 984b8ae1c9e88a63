"""Edited manifests: every key of the manifest schema deleted, retyped and set out of range,
plus edits that keep the types but break the workload's consistency. Each is refused with
exit 2, no traceback, a message naming manifest.toml and the key, and no file touched."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.workload import schema
from aimcsim.workload.schema import Value, key_path

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .workload_edits import (
    WORKLOADS,
    copy_workload,
    edit_manifest,
    edit_tensors,
    parents_of,
    read_manifest,
)

BASES = ("mlp-digits", "bert-tiny", "roberta-tiny")
"""Shipped workloads edited: together they hold every table of the schema."""

DELETE = object()
"""Marker of an edit that deletes the key."""

WRONG_TYPE: dict[str, Any] = {
    "int": "7",
    "float": "0.5",
    "str": 7,
    "bool": "true",
    "shape": "64",
    "shapes": "64",
    "ints": 3,
    "strs": "x",
    "int_map": 3,
}
"""A value of another TOML type than each kind of key holds."""


def bad_values(spec: Value) -> list[tuple[str, Any]]:
    """Values the schema forbids for a key of ``spec``: ``(label, value)``."""
    out: list[tuple[str, Any]] = [("wrong-type", WRONG_TYPE[spec.kind])]
    if spec.required:
        out.append(("deleted", DELETE))
    if spec.kind in ("int", "float"):
        step = 1 if spec.kind == "int" else 0.5
        if spec.min is not None:
            out.append(("below-min", spec.min - step))
        if spec.max is not None and spec.max + step < 2**63:
            out.append(("above-max", spec.max + step))
        if spec.kind == "float":
            out.append(("nan", float("nan")))
    if spec.kind == "shape":
        out += [("zero-dim", [4, 0]), ("negative-dim", [-1]), ("float-dim", [1.5])]
    if spec.kind == "ints" and spec.min is not None:
        out.append(("element-below-min", [int(spec.min) - 1]))
    if spec.kind in ("strs", "shapes"):
        out.append(("element-type", [True]))
    if spec.choices is not None:
        out.append(("not-a-choice", "bogus"))
    return out


def _target(leaf: tuple[str, ...]) -> tuple[str, tuple[str | int, ...]]:
    """The base workload and concrete path of the table where ``leaf`` is edited (the first
    table that holds the key, else the first that may)."""
    fallback = None
    for base in BASES:
        tables = parents_of(read_manifest(WORKLOADS / base), leaf)
        for where, table in tables:
            if leaf[-1] in table:
                return base, where
        if tables and fallback is None:
            fallback = (base, tables[0][0])
    assert fallback is not None, f"no shipped manifest has a table for {leaf}"
    return fallback


CASES = [
    pytest.param(leaf, label, value, id=f"{'.'.join(leaf)}-{label}")
    for leaf in schema.leaves()
    if isinstance(spec := schema.spec_at(leaf), Value)
    for label, value in bad_values(spec)
]


def _set(doc: dict[str, Any], where: tuple[str | int, ...], key: str, value: Any) -> None:
    table: Any = doc
    for part in where:
        table = table[part]
    if value is DELETE:
        del table[key]
    else:
        table[key] = value


def _refuses(wl: Path, *names: str) -> None:
    """``aimcsim run wl`` is refused naming ``names`` and leaves ``wl`` and the cwd as they were."""
    before, cwd_before = snapshot(wl), snapshot(Path.cwd())
    outcome = run_cli(["run", str(wl), "--no-report", "--no-functional"])
    assert_refused(outcome, *names)
    assert_unchanged(wl, before)
    assert_unchanged(Path.cwd(), cwd_before)


@pytest.mark.parametrize(("leaf", "label", "value"), CASES)
def test_schema_violation_is_refused_naming_the_key(
    tmp_path: Path, leaf: tuple[str, ...], label: str, value: Any
) -> None:
    base, where = _target(leaf)
    wl = copy_workload(base, tmp_path / "wl")
    edit_manifest(wl, lambda doc: _set(doc, where, leaf[-1], value))
    _refuses(wl, "manifest.toml", key_path((*where, leaf[-1])))


def test_every_schema_key_is_fuzzed() -> None:
    """Each leaf of the schema yields at least a wrong type (the suite follows the schema)."""
    fuzzed = {case.values[0] for case in CASES}
    assert fuzzed == set(schema.leaves())
    assert len(CASES) > 150


def _edit_pair(doc: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    _set(doc, path[:-1], str(path[-1]), value)


CONSISTENCY = [
    # (base, edits of manifest keys, names the message must contain)
    ("mlp-digits", {("workload", "n_slots"): 1000}, ["workload.n_slots"]),
    (
        "mlp-digits",
        {("workload", "n_slots"): 1000, ("compiler", "n_slots"): 1000},
        ["inputs[0].addr", "dram_elements"],
    ),
    ("mlp-digits", {("workload", "n_slots"): 5, ("compiler", "n_slots"): 5}, ["overlaps"]),
    ("mlp-digits", {("workload", "dram_elements"): 100}, ["dram_elements"]),
    # a block that no longer tiles its matrix (found by the integer-edit generator in CI)
    ("mlp-digits", {("blocks", 0, "col0"): 1}, ["blocks[0].tensor", "tile its shape"]),
    ("mlp-digits", {("blocks", 0, "row1"): 32}, ["blocks[0].tensor", "tile its shape"]),
    ("mlp-digits", {("probes", 1, "pc"): 4000}, ["probes[1].pc", "past the end"]),
    ("mlp-digits", {("probes", 0, "tile"): 3}, ["probes[0].tile"]),
    ("mlp-digits", {("probes", 0, "layer"): 9}, ["probes[0].layer"]),
    ("mlp-digits", {("probes", 0, "layer"): 1}, ["probes[0].tensor", "'relu1'"]),
    ("mlp-digits", {("probes", 2, "addr"): 345}, ["probes[2].addr", "buffer"]),
    ("mlp-digits", {("probes", 0, "shape"): [65]}, ["probes[0].shape", "out_shape"]),
    ("mlp-digits", {("inputs", 0, "shape"): [65]}, ["inputs[0].size"]),
    ("mlp-digits", {("inputs", 0, "shape"): [8, 8]}, ["tensors.npz", "input.x", "(N, 8, 8)"]),
    ("mlp-digits", {("inputs", 0, "layout"): "nhwc"}, ["inputs[0].shape", "nhwc"]),
    ("mlp-digits", {("outputs", 0, "shape"): [11]}, ["outputs[0].size"]),
    ("mlp-digits", {("outputs", 0, "perm"): "perm.nope"}, ["outputs[0].perm", "perm.nope"]),
    ("mlp-digits", {("constants", 0, "length"): 127}, ["constants[0].length", "fc1.b.affine"]),
    ("mlp-digits", {("constants", 1, "tensor"): "fc2.b.afine"}, ["constants[1].tensor"]),
    ("mlp-digits", {("constants", 1, "addr"): 300}, ["constants[1].addr", "overlaps"]),
    ("mlp-digits", {("blocks", 1, "col1"): 11}, ["blocks[1].col1", "fc2.w"]),
    ("mlp-digits", {("blocks", 1, "row0"): 64}, ["blocks[1].row1"]),
    ("mlp-digits", {("blocks", 1, "id"): 0}, ["blocks[1].id", "twice"]),
    ("mlp-digits", {("blocks", 1, "id"): 5}, ["program.bin", "block 1"]),
    ("mlp-digits", {("blocks", 0, "tensor"): "fc1.ww"}, ["blocks[0].tensor", "'fc1.w'"]),
    ("mlp-digits", {("layers", 1, "id"): 0}, ["layers[1].id", "twice"]),
    ("mlp-digits", {("layers", 2, "id"): 7}, ["program.bin", "layer 2"]),
    ("mlp-digits", {("layers", 0, "name"): "fc9"}, ["program.bin", "'fc1'", "'fc9'"]),
    ("mlp-digits", {("tiles", 0, "id"): 1}, ["tiles[0].id"]),
    ("mlp-digits", {("workload", "isa_version"): "1.1.0"}, ["workload.isa_version"]),
    ("mlp-digits", {("workload", "program_crc32"): 1}, ["program.bin", "program_crc32"]),
    ("mlp-digits", {("compiler", "n_slots"): 2}, ["workload.n_slots", "compiler.n_slots"]),
    ("mlp-digits", {("probes", 0, "spce"): "sram"}, ["probes[0].spce", "'space'"]),
    ("bert-tiny", {("probes", 3, "space"): "dram"}, ["probes[3].addr", "dram_elements"]),
    ("bert-tiny", {("inputs", 0, "transform", "table"): "emb"}, ["transform.table"]),
    ("bert-tiny", {("inputs", 0, "shape"): [128, 64]}, ["inputs[0].size"]),
    ("bert-tiny", {("synthetic", "tensors", 0, "shape"): [128, 129]}, ["blocks[0]"]),
    (
        "bert-tiny",
        {("synthetic", "tensors", 0, "shape"): [1 << 20, 1 << 20]},
        ["synthetic.tensors[0].shape"],
    ),
]


def _delete_key(base: str, path: tuple[str | int, ...]) -> tuple[str, dict, list[str]]:
    return base, {path: DELETE}, [key_path(path)]


CONSISTENCY += [
    _delete_key("mlp-digits", ("probes", 0, "pc")),
    _delete_key("bert-tiny", ("probes", 0, "stride")),
    _delete_key("mlp-digits", ("workload",)),
    _delete_key("mlp-digits", ("tiles",)),
]


@pytest.mark.parametrize(
    ("base", "edits", "names"),
    CONSISTENCY,
    ids=[f"{b}-{'+'.join(key_path(p) for p in e)}" for b, e, _ in CONSISTENCY],
)
def test_inconsistent_manifest_is_refused(
    tmp_path: Path, base: str, edits: dict, names: list[str]
) -> None:
    wl = copy_workload(base, tmp_path / "wl")

    def apply(doc: dict[str, Any]) -> None:
        for path, value in edits.items():
            _edit_pair(doc, path, value)

    edit_manifest(wl, apply)
    _refuses(wl, *names)


def test_truncated_bias_constant_is_refused(tmp_path: Path) -> None:
    wl = copy_workload("mlp-digits", tmp_path / "wl")
    edit_tensors(wl, lambda a: a.update({"fc1.b.affine": a["fc1.b.affine"][:-3]}))
    _refuses(wl, "constants[0].length", "'fc1.b.affine'", "(125,)")


def test_swapped_program_is_refused(tmp_path: Path) -> None:
    wl = copy_workload("mlp-digits", tmp_path / "wl")
    shutil.copyfile(WORKLOADS / "cnn-digits" / "program.bin", wl / "program.bin")
    _refuses(wl, "program.bin", "program_crc32")


def test_manifest_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    wl = copy_workload("mlp-digits", tmp_path / "wl")
    (wl / "manifest.toml").write_bytes(b"\xff\xfe" + (wl / "manifest.toml").read_bytes())
    _refuses(wl, "manifest.toml", "UTF-8")


def test_manifest_that_is_not_toml_is_refused(tmp_path: Path) -> None:
    wl = copy_workload("mlp-digits", tmp_path / "wl")
    (wl / "manifest.toml").write_text("[workload\nname = 1\n", encoding="utf-8")
    _refuses(wl, "manifest.toml", "TOML")


INT_LEAVES = [
    leaf
    for leaf in schema.leaves()
    if isinstance(spec := schema.spec_at(leaf), Value) and spec.kind == "int"
]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    leaf=st.sampled_from(INT_LEAVES),
    pick=st.integers(0, 1000),
    value=st.sampled_from([0, 1, 2, 63, 64, 65, 1000, -1, (1 << 31) - 1, 1 << 31, 1 << 62]),
)
def test_any_integer_edit_runs_or_is_refused_cleanly(
    tmp_path: Path, leaf: tuple[str, ...], pick: int, value: int
) -> None:
    """Any integer key set to any value: the run either succeeds or is refused with one
    message (exit 2, no traceback), and the workload directory is left as it was."""
    tables = parents_of(read_manifest(WORKLOADS / "mlp-digits"), leaf)
    tables = [(w, t) for w, t in tables if leaf[-1] in t]
    if not tables:
        return
    where, _ = tables[pick % len(tables)]
    wl = tmp_path / f"wl-{'.'.join(leaf)}-{pick}-{value}"
    if wl.exists():
        shutil.rmtree(wl)
    copy_workload("mlp-digits", wl)
    edit_manifest(wl, lambda doc: _set(doc, where, leaf[-1], value))
    before = snapshot(wl)
    outcome = run_cli(["run", str(wl), "--no-report", "--samples", "8"])
    assert outcome.exception is None, f"escaped {outcome.exception!r}"
    assert "Traceback" not in outcome.err
    assert outcome.code in (0, 2), outcome.err
    if outcome.code == 2:
        assert outcome.err.count("aimcsim: error:") == 1, outcome.err
    assert_unchanged(wl, before)


def test_fewer_slots_than_the_program_loops_over(tmp_path: Path) -> None:
    """n_slots lowered in both tables: the memory map still fits, so the functional run is
    what finds that the program's loop disagrees (each probe reached more often)."""
    wl = copy_workload("mlp-digits", tmp_path / "wl")

    def lower(doc: dict[str, Any]) -> None:
        doc["workload"]["n_slots"] = doc["compiler"]["n_slots"] = 3

    edit_manifest(wl, lower)
    before = snapshot(wl)
    outcome = run_cli(["run", str(wl), "--no-report", "--samples", "8"])
    assert_refused(outcome, "manifest.toml", "workload.n_slots", "'h1'")
    assert_unchanged(wl, before)


@pytest.mark.parametrize("n", [541, 10**6])
def test_run_samples_beyond_the_workload(n: int) -> None:
    outcome = run_cli(["run", str(WORKLOADS / "mlp-digits"), "--no-report", "--samples", str(n)])
    assert_refused(outcome, f"--samples {n}", "540 samples", "mlp-digits")


@pytest.mark.parametrize("n", [0, -3])
def test_run_samples_below_one_is_refused_by_the_parser(n: int) -> None:
    outcome = run_cli(["run", str(WORKLOADS / "mlp-digits"), "--no-report", "--samples", str(n)])
    assert_refused(outcome, "argument --samples", f"got {n}")
