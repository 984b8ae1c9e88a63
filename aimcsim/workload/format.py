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

import tomllib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import tomli_w

from aimcsim.errors import WorkloadError
from aimcsim.isa.program import Program
from aimcsim.output_path import WORKLOAD_DIR, staged_dir

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
        w = self.tensors[b["tensor"]]
        return np.ascontiguousarray(
            w[b["col0"] : b["col1"], b["row0"] : b["row1"]], dtype=np.float32
        )

    def inputs(self) -> dict[str, np.ndarray]:
        """Shipped input samples per model input, ``(N, *shape)`` (for an input fed through a
        host-side embedding look-up: the token ids, under the original input's name)."""
        out = {}
        for i in self.manifest["inputs"]:
            key = sample_key(i)
            if f"input.{key}" in self.tensors:
                out[key] = self.tensors[f"input.{key}"]
        return out

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
    """Name under which samples of the manifest input ``entry`` are given: the model input
    itself, or the original input (token ids) of an embedding look-up."""
    tr = entry.get("transform")
    return str(tr["source"]) if tr else str(entry["name"])


def _check(path: Path) -> None:
    if not path.is_dir():
        raise WorkloadError(f"{path}: workload directory does not exist")
    for f in (MANIFEST, PROGRAM_BIN, TENSORS):
        if not (path / f).is_file():
            raise WorkloadError(f"{path}: missing {f}")


def synthetic_weight(seed: int, index: int, shape: tuple[int, ...]) -> np.ndarray:
    """The synthetic weight tensor ``index`` of a workload: ``N(0, 2/K)``, float32."""
    rng = np.random.default_rng([int(seed), int(index)])
    k = shape[-1] if len(shape) > 1 else 1
    return (rng.standard_normal(shape) * np.sqrt(2.0 / k)).astype(np.float32)


def load_workload(path: str | Path) -> Workload:
    """Read a workload directory; WorkloadError for missing or inconsistent files."""
    from aimcsim.errors import IsaError
    from aimcsim.isa import decode_program

    p = Path(path)
    _check(p)
    try:
        manifest = tomllib.loads((p / MANIFEST).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise WorkloadError(f"{p / MANIFEST}: invalid TOML: {exc}") from None
    for key in ("workload", "inputs", "outputs", "layers"):
        if key not in manifest:
            raise WorkloadError(f"{p / MANIFEST}: missing [{key}]")
    try:
        program = decode_program((p / PROGRAM_BIN).read_bytes(), str(p / PROGRAM_BIN))
    except IsaError as exc:
        raise WorkloadError(f"{p}: bad program: {exc}") from None
    try:
        with np.load(p / TENSORS) as z:
            tensors = {k: z[k] for k in z.files}
    except (OSError, ValueError) as exc:
        raise WorkloadError(f"{p / TENSORS}: cannot read: {exc}") from None
    syn = manifest.get("synthetic")
    if syn:
        for i, t in enumerate(syn.get("tensors", [])):
            if t["name"] not in tensors:
                tensors[t["name"]] = synthetic_weight(int(syn["seed"]), i, tuple(t["shape"]))
    for k, v in list(tensors.items()):
        if v.dtype == np.float16:
            tensors[k] = v.astype(np.float32)
    wl = Workload(str(manifest["workload"].get("name", p.name)), program, tensors, manifest, p)
    _validate(wl, p)
    return wl


def _validate(wl: Workload, p: Path) -> None:
    used = {
        ins.operands[1]
        for s in wl.program.streams.values()
        for ins in s.instructions
        if ins.mnemonic == "prog"
    }
    blocks = wl.blocks
    for b in sorted(used):
        if b not in blocks:
            raise WorkloadError(f"{p}: program uses weight block {b}, absent from the manifest")
        t = blocks[b]["tensor"]
        if t not in wl.tensors:
            raise WorkloadError(f"{p}: block {b} refers to tensor {t!r}, absent from {TENSORS}")
        w = wl.tensors[t]
        if w.ndim != 2 or blocks[b]["row1"] > w.shape[1] or blocks[b]["col1"] > w.shape[0]:
            raise WorkloadError(f"{p}: block {b} ranges do not fit tensor {t!r} {w.shape}")
    for c in wl.manifest.get("constants", []):
        if c["tensor"] not in wl.tensors:
            raise WorkloadError(f"{p}: constant {c['tensor']!r} absent from {TENSORS}")
    if wl.program.isa_version != wl.manifest["workload"].get("isa_version", wl.program.isa_version):
        raise WorkloadError(f"{p}: manifest and program disagree on the ISA version")


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
        if float16 and v.dtype == np.float32 and not k.startswith(("input.", "labels")):
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
