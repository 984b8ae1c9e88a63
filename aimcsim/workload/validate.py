"""Consistency of a workload: manifest against program, tensors and samples.

Runs after :func:`aimcsim.workload.schema.check`, so every key has its declared type and
range. What it checks, each error naming the file and the key path or array:

* the program: its CRC32 against ``workload.program_crc32`` (a program.bin of another
  workload), its ISA version, at least one instruction;
* sizes: ``compiler.n_slots`` equals ``workload.n_slots``; every DRAM area (inputs and
  outputs over ``n_slots`` slots, constants, DRAM probes) lies inside ``dram_elements``,
  and inputs, outputs and constants do not overlap;
* tables: unique ids and names; every layer of the program listed, with the same name;
  ``tiles`` lists exactly the program's tiles;
* probes: a known layer whose output (tensor, shape, layout) they read; buffer probes on a
  tile of the program, ``pc`` within its stream, the range within the tile's buffer; memory
  probes with a ``stride``;
* tensors: every array the manifest references present, with the shape and dtype its use
  needs (weight matrices covered exactly by their blocks, constants of their ``length``,
  permutations of the tensor's size, embedding tables); no array the manifest does not
  account for; finite weights and constants;
* the host prelude (``[prelude]``): see :func:`aimcsim.workload.prelude.from_manifest`;
  inputs made of its results of the size it computes (embedding indices integers), its
  integer inputs of one shape wherever they are listed;
* samples and labels: see :mod:`aimcsim.workload.samples`; the prelude runs on the shipped
  samples and the indices it computes lie within their tables.
"""

from __future__ import annotations

import itertools
import math
import zlib
from typing import Any

import numpy as np

from aimcsim.errors import WorkloadError
from aimcsim.isa.program import NO_LAYER, Program
from aimcsim.workload.prelude import Prelude, host_values, input_key, key_shape
from aimcsim.workload.prelude import from_manifest as prelude_from_manifest
from aimcsim.workload.samples import (
    LABELS,
    InputSignature,
    check_samples,
    n_classes_of,
    signatures,
)
from aimcsim.workload.schema import did_you_mean, key_path

SAMPLE_PREFIX = "input."
"""Prefix of the sample arrays of a workload's ``tensors.npz``."""

PERM_PREFIX = "perm."
"""Prefix of the permutation arrays (``perm.<tensor>``) of a workload's ``tensors.npz``."""

KeyPath = tuple[str | int, ...]
"""A TOML key path as parts: ``("probes", 2, "pc")`` is ``probes[2].pc``."""


class Checker:
    """Cross-checks of one loaded workload; ``man_file``/``bin_file``/``npz_file`` name its
    files in messages."""

    def __init__(
        self,
        manifest: dict[str, Any],
        program: Program,
        tensors: dict[str, np.ndarray],
        man_file: str,
        bin_file: str,
        npz_file: str,
    ) -> None:
        self.man = manifest
        self.program = program
        self.tensors = tensors
        self.man_file = man_file
        self.bin_file = bin_file
        self.npz_file = npz_file
        self.n_slots = int(manifest["workload"]["n_slots"])
        self.finite: set[str] = set()  # arrays already checked for NaN and infinities
        self.prelude: Prelude | None = None

    # ------------------------------------------------------------------ helpers
    def fail(self, path: KeyPath, problem: str) -> WorkloadError:
        """An error at manifest key ``path``."""
        return WorkloadError(f"{self.man_file}: {key_path(path)}: {problem}")

    def rows(self, table: str) -> list[tuple[KeyPath, dict[str, Any]]]:
        """``(key path, entry)`` of each entry of array of tables ``table``."""
        return [((table, i), e) for i, e in enumerate(self.man.get(table, []))]

    def tensor(self, path: KeyPath, name: str) -> np.ndarray:
        """The array ``name`` referenced at ``path``; error with a did-you-mean if absent."""
        if name not in self.tensors:
            raise self.fail(
                path,
                f"array {name!r} is not in {self.npz_file}{did_you_mean(name, self.tensors)}",
            )
        return self.tensors[name]

    # ------------------------------------------------------------------ checks
    def run(self, program_bytes: bytes) -> None:
        """Every check, in an order where each can trust the ones before."""
        self.check_program(program_bytes)
        self.check_layers()
        self.check_tiles()
        self.check_memory_map()
        self.check_ios()
        self.check_prelude()
        self.check_blocks()
        self.check_constants()
        self.check_probes()
        self.check_unreferenced()
        self.check_samples()

    def check_program(self, data: bytes) -> None:
        w = self.man["workload"]
        crc = zlib.crc32(data)
        if crc != w["program_crc32"]:
            raise WorkloadError(
                f"{self.bin_file}: CRC32 {crc:#010x} differs from {self.man_file} "
                f"workload.program_crc32 = {w['program_crc32']:#010x}: this program.bin is not "
                "the program the manifest was written for (replaced or edited?)"
            )
        if w["isa_version"] != self.program.isa_version:
            raise self.fail(
                ("workload", "isa_version"),
                f"{w['isa_version']!r}, but {self.bin_file} is ISA {self.program.isa_version}",
            )
        if self.program.n_instructions == 0:
            raise WorkloadError(f"{self.bin_file}: the program has no instructions")
        compiler_slots = self.man.get("compiler", {}).get("n_slots")
        if compiler_slots is not None and compiler_slots != self.n_slots:
            raise self.fail(
                ("workload", "n_slots"),
                f"{self.n_slots}, but compiler.n_slots = {compiler_slots} (the program loops "
                f"over the compiler's slots)",
            )

    def check_layers(self) -> None:
        ids: dict[int, str] = {}
        names: set[str] = set()
        for path, la in self.rows("layers"):
            if la["id"] in ids:
                raise self.fail((*path, "id"), f"layer id {la['id']} is used twice")
            if la["name"] in names:
                raise self.fail((*path, "name"), f"layer name {la['name']!r} is used twice")
            ids[la["id"]] = la["name"]
            names.add(la["name"])
        used = sorted(
            {i.layer for s in self.program.streams.values() for i in s.instructions} - {NO_LAYER}
        )
        for lid in used:
            if lid not in ids:
                raise WorkloadError(
                    f"{self.bin_file}: instructions of layer {lid}, which {self.man_file} "
                    "[[layers]] does not list"
                )
        for lid, name in sorted(self.program.layer_names.items()):
            if lid in ids and ids[lid] != name:
                raise WorkloadError(
                    f"{self.bin_file}: layer {lid} is named {name!r}, {self.man_file} "
                    f"[[layers]] names it {ids[lid]!r}"
                )

    def check_tiles(self) -> None:
        seen: set[int] = set()
        for path, t in self.rows("tiles"):
            if t["id"] in seen:
                raise self.fail((*path, "id"), f"tile {t['id']} is listed twice")
            if t["id"] not in self.program.streams:
                raise self.fail(
                    (*path, "id"), f"{t['id']}: {self.bin_file} has no code for tile {t['id']}"
                )
            seen.add(t["id"])
        for tid in sorted(set(self.program.streams) - seen):
            raise self.fail(("tiles",), f"no entry for tile {tid}, which runs code")

    def check_memory_map(self) -> None:
        """DRAM areas inside ``dram_elements``; inputs, outputs, constants disjoint."""
        top = int(self.man["workload"]["dram_elements"])
        areas: list[tuple[int, int, KeyPath]] = []
        for table in ("inputs", "outputs"):
            for path, e in self.rows(table):
                areas.append((e["addr"], e["addr"] + self.n_slots * e["size"], (*path, "addr")))
        for path, c in self.rows("constants"):
            areas.append((c["addr"], c["addr"] + c["length"], (*path, "addr")))
        for lo, hi, path in areas:
            if hi > top:
                raise self.fail(
                    path,
                    f"area [{lo}, {hi}) ends past workload.dram_elements = {top} "
                    f"(workload.n_slots = {self.n_slots})",
                )
        ordered = sorted(areas, key=lambda a: (a[0], a[1]))
        for (lo_a, hi_a, path_a), (lo_b, _, path_b) in itertools.pairwise(ordered):
            if lo_b < hi_a:
                raise self.fail(
                    path_b,
                    f"area starting at {lo_b} overlaps the area [{lo_a}, {hi_a}) of "
                    f"{key_path(path_a)} (workload.n_slots = {self.n_slots})",
                )
        for path, p in self.rows("probes"):
            if p.get("space") is None:
                continue
            if "stride" not in p:
                raise self.fail((*path, "stride"), "required key of a memory probe is missing")
            if self.n_slots > 1 and p["stride"] < p["length"]:
                raise self.fail(
                    (*path, "stride"), f"{p['stride']} is below length {p['length']}: slots overlap"
                )
            end = p["addr"] + (self.n_slots - 1) * p["stride"] + p["length"]
            limit = top if p["space"] == "dram" else None
            if limit is not None and end > limit:
                raise self.fail(
                    (*path, "addr"),
                    f"area [{p['addr']}, {end}) ends past workload.dram_elements = {top}",
                )

    def check_ios(self) -> None:
        for table in ("inputs", "outputs"):
            names: set[str] = set()
            for path, e in self.rows(table):
                if e["name"] in names:
                    raise self.fail((*path, "name"), f"{e['name']!r} is listed twice")
                names.add(e["name"])
                self.check_extent(path, e, "size")
                self.check_perm(path, e, e["size"])
        for path, e in self.rows("inputs"):
            tr = e.get("transform")
            if tr:
                emb = self.tensor((*path, "transform", "table"), tr["table"])
                if emb.ndim != 2 or emb.dtype.kind != "f" or emb.shape[1] != e["shape"][-1]:
                    raise self.fail(
                        (*path, "transform", "table"),
                        f"array {tr['table']!r} has shape {emb.shape} and dtype {emb.dtype}; "
                        f"an embedding table must be float (vocab, {e['shape'][-1]})",
                    )
                self.check_finite((*path, "transform", "table"), tr["table"], emb)
        if not self.man["inputs"]:
            raise self.fail(("inputs",), "the model has no inputs")
        if not self.man["outputs"]:
            raise self.fail(("outputs",), "the model has no outputs")

    def check_prelude(self) -> None:
        """The ``[prelude]`` table (see :func:`aimcsim.workload.prelude.from_manifest`), and
        the inputs made of its results: one sample of the right size, integer embedding
        indices, integer inputs of one shape wherever they are listed."""
        table = self.man.get("prelude")
        if not table:
            return
        self.prelude = prelude_from_manifest(table, self.tensors, self.man_file)
        env = self.prelude.evaluate(self.prelude.zero_feeds())
        produced = self.prelude.produced
        raw = {p.name: (i, p.shape) for i, p in enumerate(self.prelude.inputs)}
        for path, e in self.rows("inputs"):
            key, shape = input_key(e), key_shape(e)
            if key in raw and raw[key][1] != shape:
                raise self.fail(
                    ("prelude", "inputs", raw[key][0], "shape"),
                    f"{list(raw[key][1])}, but {key_path(path)} takes {key!r} of shape "
                    f"{list(shape)}",
                )
        for path, e in self.rows("inputs"):
            key, shape = input_key(e), key_shape(e)
            if key in produced:
                value = env[key]
                if value.size != math.prod(shape):
                    raise self.fail(
                        (*path, "shape"),
                        f"{list(e['shape'])}, but the prelude computes {key!r} of shape "
                        f"{value.shape} (one sample, batch axis included)",
                    )
                if e.get("transform") and value.dtype.kind not in "iu":
                    raise self.fail(
                        (*path, "transform", "source"),
                        f"the prelude computes {key!r} as {value.dtype}; embedding indices are "
                        "integers",
                    )

    def check_extent(self, path: KeyPath, e: dict[str, Any], key: str) -> None:
        """``e[key]`` (size or length) equals the elements of ``e["shape"]`` in its layout."""
        shape = e["shape"]
        n = math.prod(shape)
        if e[key] != n:
            raise self.fail((*path, key), f"{e[key]}, but shape {shape} has {n} elements")
        if e["layout"] == "nhwc" and len(shape) != 3:
            raise self.fail((*path, "shape"), f"{shape}: layout 'nhwc' needs (C, H, W)")
        if e["layout"] == "flat_t" and len(shape) < 2:
            raise self.fail((*path, "shape"), f"{shape}: layout 'flat_t' needs 2 or more axes")

    def check_perm(self, path: KeyPath, e: dict[str, Any], size: int) -> None:
        name = e.get("perm") or ""
        if not name:
            return
        perm = self.tensor((*path, "perm"), name)
        if (
            perm.shape != (size,)
            or perm.dtype.kind not in "iu"
            or not np.array_equal(np.sort(perm), np.arange(size))
        ):
            raise self.fail(
                (*path, "perm"),
                f"array {name!r} (shape {perm.shape}, dtype {perm.dtype}) is not a permutation "
                f"of 0..{size - 1}",
            )

    def check_blocks(self) -> None:
        blocks: dict[int, dict[str, Any]] = {}
        for path, b in self.rows("blocks"):
            if b["id"] in blocks:
                raise self.fail((*path, "id"), f"block id {b['id']} is used twice")
            blocks[b["id"]] = b
            w = self.tensor((*path, "tensor"), b["tensor"])
            if w.ndim != 2 or w.dtype.kind != "f":
                raise self.fail(
                    (*path, "tensor"),
                    f"array {b['tensor']!r} has shape {w.shape} and dtype {w.dtype}; a weight "
                    "matrix must be 2-D float (outputs, inputs)",
                )
            for lo, hi, size in (("row0", "row1", w.shape[1]), ("col0", "col1", w.shape[0])):
                if not b[lo] < b[hi] <= size:
                    raise self.fail(
                        (*path, hi),
                        f"range [{b[lo]}, {b[hi]}) does not fit array {b['tensor']!r} of shape "
                        f"{w.shape}",
                    )
            self.check_finite((*path, "tensor"), b["tensor"], w)
        self.check_coverage()
        for s in self.program.streams.values():
            for pc, ins in enumerate(s.instructions):
                if ins.mnemonic == "prog" and ins.operands[1] not in blocks:
                    raise WorkloadError(
                        f"{self.bin_file}: tile {s.tile} instruction {pc} programs weight block "
                        f"{ins.operands[1]}, which {self.man_file} [[blocks]] does not list"
                    )

    def check_coverage(self) -> None:
        """The blocks of each weight matrix (per replica) tile it exactly: inside it, no two
        overlapping, their areas adding up to the whole (a matrix its blocks do not cover is
        not the one the program was compiled for)."""
        groups: dict[tuple[str, int], list[tuple[KeyPath, dict[str, Any]]]] = {}
        for path, b in self.rows("blocks"):
            groups.setdefault((b["tensor"], int(b.get("replica", 0))), []).append((path, b))
        for (name, replica), blocks in groups.items():
            cols, rows = self.tensors[name].shape
            area = 0
            for i, (path, b) in enumerate(blocks):
                if not (0 <= b["row0"] < b["row1"] <= rows and 0 <= b["col0"] < b["col1"] <= cols):
                    raise self.fail(
                        (*path, "row0"),
                        f"rows {b['row0']}..{b['row1']}, columns {b['col0']}..{b['col1']} do "
                        f"not lie inside array {name!r} of shape {(cols, rows)}",
                    )
                area += (b["row1"] - b["row0"]) * (b["col1"] - b["col0"])
                for other_path, o in blocks[:i]:
                    if (
                        b["row0"] < o["row1"]
                        and o["row0"] < b["row1"]
                        and b["col0"] < o["col1"]
                        and o["col0"] < b["col1"]
                    ):
                        raise self.fail(
                            (*path, "row0"),
                            f"overlaps {'.'.join(map(str, other_path))} on array {name!r}",
                        )
            if area != rows * cols:
                raise self.fail(
                    (*blocks[0][0], "tensor"),
                    f"the blocks of array {name!r} (replica {replica}) cover {area} of its "
                    f"{rows * cols} weights: they must tile its shape {(cols, rows)} exactly",
                )

    def check_constants(self) -> None:
        for path, c in self.rows("constants"):
            v = self.tensor((*path, "tensor"), c["tensor"])
            if v.shape != (c["length"],) or v.dtype.kind != "f":
                raise self.fail(
                    (*path, "length"),
                    f"{c['length']}, but array {c['tensor']!r} has shape {v.shape} and dtype "
                    f"{v.dtype} (a float vector of {c['length']} elements is loaded)",
                )
            self.check_finite((*path, "tensor"), c["tensor"], v)

    def check_finite(self, path: KeyPath, name: str, v: np.ndarray) -> None:
        """Array ``name`` (referenced at ``path``) holds no NaN or infinity; each array is
        scanned once however many blocks or tables refer to it."""
        if name in self.finite:
            return
        self.finite.add(name)
        if v.dtype.kind == "f" and not bool(np.isfinite(v).all()):
            at = tuple(int(i) for i in np.argwhere(~np.isfinite(v))[0])
            raise self.fail(path, f"array {name!r} holds {v[at]} at index {at}")

    def check_probes(self) -> None:
        layers = {la["id"]: la for la in self.man["layers"]}
        buffers = {t["id"]: t["buffer_elements"] for t in self.man["tiles"]}
        tensors: set[str] = set()
        for path, p in self.rows("probes"):
            la = layers.get(p["layer"])
            if la is None:
                raise self.fail((*path, "layer"), f"{p['layer']}: no layer has this id")
            for key, layer_key in (
                ("tensor", "output"),
                ("shape", "out_shape"),
                ("layout", "layout"),
            ):
                if layer_key in la and la[layer_key] != p[key]:
                    raise self.fail(
                        (*path, key),
                        f"{p[key]!r}, but layer {p['layer']} ({la['name']!r}) has {layer_key} = "
                        f"{la[layer_key]!r}",
                    )
            if p["tensor"] in tensors:
                raise self.fail((*path, "tensor"), f"{p['tensor']!r} is probed twice")
            tensors.add(p["tensor"])
            self.check_extent(path, p, "length")
            self.check_perm(path, p, p["length"])
            if p.get("space") is not None:
                continue
            if "pc" not in p:
                raise self.fail((*path, "pc"), "required key of a buffer probe is missing")
            stream = self.program.streams.get(p["tile"])
            if stream is None:
                raise self.fail(
                    (*path, "tile"), f"{p['tile']}: {self.bin_file} has no code for this tile"
                )
            if p["pc"] >= len(stream.instructions):
                raise self.fail(
                    (*path, "pc"),
                    f"{p['pc']} is past the end of tile {p['tile']}'s "
                    f"{len(stream.instructions)} instructions",
                )
            if p["addr"] + p["length"] > buffers[p["tile"]]:
                raise self.fail(
                    (*path, "addr"),
                    f"range [{p['addr']}, {p['addr'] + p['length']}) is outside tile "
                    f"{p['tile']}'s {buffers[p['tile']]} buffer elements",
                )

    def check_unreferenced(self) -> None:
        """Every array of tensors.npz is accounted for by the manifest."""
        known = {b["tensor"] for b in self.man.get("blocks", [])}
        known |= {c["tensor"] for c in self.man.get("constants", [])}
        known |= {e["transform"]["table"] for e in self.man["inputs"] if e.get("transform")}
        known |= {t["name"] for t in self.man.get("synthetic", {}).get("tensors", [])}
        known |= set(self.prelude.constants if self.prelude else ())
        known |= {e.get("perm") or "" for e in [*self.man["outputs"], *self.man.get("probes", [])]}
        named = {e["name"] for e in [*self.man["inputs"], *self.man["outputs"]]}
        for la in self.man["layers"]:
            named |= set(la.get("inputs", [])) | {la.get("output", "")}
        known |= {PERM_PREFIX + t for t in named}
        known |= {SAMPLE_PREFIX + s.name for s in self.sample_signatures()} | {LABELS}
        for name in sorted(self.tensors):
            if name not in known:
                raise WorkloadError(
                    f"{self.npz_file}: array {name!r} is not referenced by {self.man_file}"
                    f"{did_you_mean(name, sorted(known - set(self.tensors) - {''}))}"
                )

    def sample_signatures(self) -> list[InputSignature]:
        """What the samples of each manifest input must look like."""
        return signatures(self.man["inputs"], self.tensors, self.man.get("prelude"))

    def check_samples(self) -> None:
        arrays = {
            k[len(SAMPLE_PREFIX) :]: v
            for k, v in self.tensors.items()
            if k.startswith(SAMPLE_PREFIX)
        }
        if not arrays:
            return  # a timing-only workload ships no samples (labels without them go unused)
        labels = self.tensors.get(LABELS)
        n_classes = n_classes_of(self.man["outputs"][0]["shape"])
        check_samples(
            arrays, labels, self.sample_signatures(), n_classes, self.npz_file, prefix=SAMPLE_PREFIX
        )
        try:
            host_values(self.prelude, self.man["inputs"], self.tensors, arrays)
        except WorkloadError as exc:
            raise WorkloadError(f"{self.npz_file}: samples {SAMPLE_PREFIX}*: {exc}") from None
