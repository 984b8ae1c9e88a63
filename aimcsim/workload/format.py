"""Workload traces: ``workloads/<name>/`` on disk <-> :class:`Workload` in memory.

A workload directory holds

* ``program.s``: the program in assembly (readable; ``.layer`` directives name the layers);
* ``program.bin``: the same program in the binary format (what is loaded);
* ``tensors.npz``: weight matrices (by the names the block table uses), constants (biases,
  affine and layer-norm parameters; by the names the constant table uses), input samples
  ``input.<name>`` (``(N, *shape)``, logical ONNX order, float32) and ``labels`` (``(N,)``)
  when the data set has them;
* ``manifest.toml``: everything else (see :class:`Workload` and ``workloads/README.md``).

Sample slots and batch: the program loops over ``n_slots`` slots; in the functional model
every memory/buffer element carries a batch of B samples, so slot s holds samples
``s*B .. s*B+B-1`` and one run covers ``n_slots * B`` samples. The timing model sees
``n_slots`` pipelined inferences.

Weights of big models may be *synthetic*: the manifest's ``[synthetic]`` table gives a seed,
and :func:`load_workload` regenerates every weight tensor missing from ``tensors.npz`` as
``N(0, 2/K)`` from ``(seed, tensor index)``, so nothing big is stored.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import tomli_w

from aimcsim.errors import InputFileError, WorkloadError
from aimcsim.inputs import load_npz, read_toml
from aimcsim.isa.program import Program
from aimcsim.output_path import WORKLOAD_DIR, staged_dir
from aimcsim.workload import schema
from aimcsim.workload.prelude import (
    CONST_PREFIX,
    Prelude,
    host_values,
    input_key,
    key_shape,
)
from aimcsim.workload.prelude import from_manifest as prelude_from_manifest
from aimcsim.workload.validate import Checker

MANIFEST = "manifest.toml"
PROGRAM_BIN = "program.bin"
PROGRAM_ASM = "program.s"
TENSORS = "tensors.npz"
FORMAT_VERSION = 1


@dataclass
class Workload:
    """A compiled model: program, tensors and the manifest tables.

    ``manifest`` is the parsed ``manifest.toml``: ``workload`` (name, source, isa_version,
    preset, overrides, n_slots, format), ``compiler`` (options), ``inputs``/``outputs``
    (name, shape, layout, addr, size in DRAM per slot), ``constants`` (tensor -> DRAM addr),
    ``layers`` (id, name, kind, analog, shapes, tiles, crossbars, utilisation; with static
    input-range calibration also ``input_range`` of each analog layer, 0 = not calibrated,
    see :mod:`aimcsim.compiler.calibrate`), ``blocks``
    (block id -> tensor and row/col ranges, tile, crossbar), ``probes`` (layer output ->
    where to read it, see below), ``tiles`` (buffer elements used).

    A probe has ``layer``, ``tensor``, ``shape``, ``layout``, ``perm`` and either

    * no ``space`` (buffer probe): ``tile``, ``pc``, ``addr``, ``length``: tile buffer
      ``[addr, addr+length)`` right before instruction ``pc`` of ``tile`` runs, once per slot;
    * ``space = "sram"`` or ``"dram"`` (memory probe, a layer output streamed through global
      memory): ``addr`` (slot 0), ``stride``, ``length``, ``tile`` (the layer's home tile,
      informative): global memory ``[addr + s*stride, ... + length)`` of slot s, read at the
      end of the run (the compiler never reuses such an area within a program).
    """

    name: str
    program: Program
    tensors: dict[str, np.ndarray]
    manifest: dict[str, Any]
    path: Path | None = field(default=None, compare=False)

    @property
    def n_slots(self) -> int:
        return int(self.manifest["workload"]["n_slots"])

    @property
    def layers(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("layers", []))

    @property
    def blocks(self) -> dict[int, dict[str, Any]]:
        return {int(b["id"]): b for b in self.manifest.get("blocks", [])}

    def block_matrix(self, block_id: int) -> np.ndarray:
        """Weights of block ``block_id`` as ``(n_cols, n_rows)`` = (outputs, inputs) float32."""
        b = self.blocks.get(block_id)
        if b is None:
            raise WorkloadError(f"{self.name}: block {block_id} is not in the block table")
        return self.region_matrix(b)

    def region_matrix(self, b: dict[str, Any]) -> np.ndarray:
        """Weights of the block-table entry ``b`` (its tensor's ``[col0:col1, row0:row1]``) as
        a C-contiguous float32 ``(outputs, inputs)`` array: a copy, or a view of the tensor
        when that slice already is one."""
        w = self.tensors[b["tensor"]]
        return np.ascontiguousarray(
            w[b["col0"] : b["col1"], b["row0"] : b["row1"]], dtype=np.float32
        )

    def inputs(self) -> dict[str, np.ndarray]:
        """Shipped input samples per model input, ``(N, *shape)`` (for an input fed through a
        host-side embedding look-up: the token ids, under the original input's name; the
        integer inputs the host prelude reads)."""
        return {
            key: self.tensors[f"input.{key}"]
            for key in model_inputs(self.manifest)
            if f"input.{key}" in self.tensors
        }

    def prelude(self) -> Prelude | None:
        """The host-side integer prelude (see :mod:`aimcsim.workload.prelude`), if any."""
        table = self.manifest.get("prelude")
        if not table:
            return None
        return prelude_from_manifest(table, self.tensors, f"{self.name}: manifest")

    def host_values(self, samples: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """``samples`` (model input -> ``(N, *shape)``) and what the prelude computes from
        them: the values the program inputs are made of (see :func:`sample_key`)."""
        return host_values(self.prelude(), self.manifest["inputs"], self.tensors, samples)

    def compiled_for(self) -> tuple[str | None, list[str]]:
        """The preset the workload was compiled for and the ``--set`` overrides on top of it:
        the chip a run uses unless the user names another."""
        entry = self.manifest.get("workload", {})
        preset = entry.get("preset")
        return (None if preset is None else str(preset)), [
            str(o) for o in entry.get("overrides", [])
        ]

    @property
    def labels(self) -> np.ndarray | None:
        return self.tensors.get("labels")


def sample_key(entry: dict[str, Any]) -> str:
    """The values the manifest input ``entry`` is made of: the model input itself, the
    original input (token ids) of an embedding look-up, or a tensor the host prelude
    computes (see :meth:`Workload.host_values`)."""
    return input_key(entry)


def model_inputs(manifest: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """The model inputs samples are given for, with the shape of one sample: the integer
    inputs the host prelude reads and every other :func:`sample_key` of the inputs."""
    table = manifest.get("prelude") or {}
    produced = {o for n in table.get("nodes", []) for o in n["outputs"]}
    out = {str(p["name"]): tuple(int(d) for d in p["shape"]) for p in table.get("inputs", [])}
    for e in manifest["inputs"]:
        if sample_key(e) not in produced:
            out.setdefault(sample_key(e), key_shape(e))
    return out


def _check_files(path: Path) -> None:
    if not path.is_dir():
        raise WorkloadError(f"{path}: workload directory does not exist")
    for f in (MANIFEST, PROGRAM_BIN, TENSORS):
        if not (path / f).is_file():
            raise WorkloadError(f"{path}: missing {f}")


SYNTHETIC_LIMIT_ELEMENTS = 1 << 28
"""Largest synthetic weight tensor regenerated at load time (1 GiB of float32)."""


def synthetic_weight(seed: int, index: int, shape: tuple[int, ...]) -> np.ndarray:
    """The synthetic weight tensor ``index`` of a workload: ``N(0, 2/K)``, float32."""
    rng = np.random.default_rng([int(seed), int(index)])
    k = shape[-1] if len(shape) > 1 else 1
    return (rng.standard_normal(shape) * np.sqrt(2.0 / k)).astype(np.float32)


def load_workload(path: str | Path) -> Workload:
    """Read a workload directory and validate it before use.

    Every file is read through :mod:`aimcsim.inputs`; the manifest is checked against
    :data:`aimcsim.workload.schema.MANIFEST`, then against the program and the tensors by
    :mod:`aimcsim.workload.validate`. Any problem is an error naming the file and the key
    or array at fault (WorkloadError, IsaError or InputFileError).
    """
    from aimcsim.errors import IsaError
    from aimcsim.isa import decode_program

    p = Path(path)
    _check_files(p)
    man_file, bin_file, npz_file = str(p / MANIFEST), str(p / PROGRAM_BIN), str(p / TENSORS)
    manifest = read_toml(man_file, what="workload manifest")
    schema.check(manifest, man_file)
    try:
        data = (p / PROGRAM_BIN).read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read the program: {exc.strerror}", bin_file) from None
    try:
        program = decode_program(data, bin_file)
    except IsaError as exc:
        raise WorkloadError(f"bad program: {exc}") from None
    tensors = load_npz(npz_file, what="workload tensors")
    syn = manifest.get("synthetic")
    if syn:
        for i, t in enumerate(syn["tensors"]):
            if t["name"] not in tensors:
                tensors[t["name"]] = _regenerate(syn["seed"], i, t["shape"], man_file)
    for k, v in list(tensors.items()):
        if v.dtype == np.float16 and not k.startswith(CONST_PREFIX):
            tensors[k] = v.astype(np.float32)
    Checker(manifest, program, tensors, man_file, bin_file, npz_file).run(data)
    return Workload(str(manifest["workload"]["name"]), program, tensors, manifest, p)


def _regenerate(seed: int, index: int, shape: list[int], man_file: str) -> np.ndarray:
    """Synthetic tensor ``index``; its size is bounded before anything is allocated."""
    if math.prod(shape) > SYNTHETIC_LIMIT_ELEMENTS:
        raise WorkloadError(
            f"{man_file}: synthetic.tensors[{index}].shape: {shape} has {math.prod(shape)} "
            f"elements, above the {SYNTHETIC_LIMIT_ELEMENTS} a synthetic tensor may have"
        )
    return synthetic_weight(seed, index, tuple(shape))


def save_workload(
    wl: Workload,
    path: str | Path,
    *,
    float16: bool = False,
    inputs: Iterable[str | Path] = (),
) -> Path:
    """Write ``wl`` as the workload directory ``path``, atomically; returns the directory.

    ``path`` must be new, empty or an earlier workload written here (see
    :mod:`aimcsim.output_path`; anything else, and any of the paths ``inputs`` or a directory
    holding one, raises OutputPathError with nothing touched); an earlier one is replaced.
    """
    with staged_dir(path, WORKLOAD_DIR, inputs) as tmp:
        write_workload_files(wl, tmp, float16=float16)
    return Path(path)


def write_workload_files(wl: Workload, directory: Path, *, float16: bool = False) -> None:
    """Write the files of ``wl`` into the existing ``directory``, in place (the repository's
    workload builder uses it to keep the model file beside them); tensors named in the
    manifest's ``[synthetic]`` table are not written."""
    from aimcsim.isa import disassemble, encode_program

    data = encode_program(wl.program)
    (directory / PROGRAM_BIN).write_bytes(data)
    (directory / PROGRAM_ASM).write_text(disassemble(wl.program), encoding="utf-8")
    skip = {t["name"] for t in wl.manifest.get("synthetic", {}).get("tensors", [])}
    arrays = {}
    for k, v in wl.tensors.items():
        if k in skip:
            continue
        if (
            float16
            and v.dtype == np.float32
            and not k.startswith(("input.", "labels", CONST_PREFIX))
        ):
            v = v.astype(np.float16)
        arrays[k] = v
    np.savez_compressed(directory / TENSORS, **arrays)  # type: ignore[arg-type]
    wl.manifest["workload"]["program_crc32"] = zlib.crc32(data)
    (directory / MANIFEST).write_text(tomli_w.dumps(_plain(wl.manifest)), encoding="utf-8")


def _plain(value: Any) -> Any:
    """``value`` with numpy scalars and tuples turned into the plain types TOML writes."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value
