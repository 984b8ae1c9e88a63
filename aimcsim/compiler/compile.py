"""``compile_model``: model file or graph + architecture -> :class:`Workload`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler.codegen import BufferOverflowError, Codegen, CodegenResult
from aimcsim.compiler.codegen_core import BufferTooSmallError, default_stream_budget
from aimcsim.compiler.graph import Graph, Node, to_physical
from aimcsim.compiler.layer_settings import (
    dumps_layer_settings,
    metadata_layer_settings,
)
from aimcsim.compiler.mapping import LayerMap, map_layers, utilisation
from aimcsim.compiler.options import CompileOptions
from aimcsim.compiler.row_copies import ROW_COPIES_ATTR, replicate_rows
from aimcsim.compiler.settings_plan import plan_layer_settings
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError, WorkloadError
from aimcsim.inputs import load_npz
from aimcsim.workload.format import FORMAT_VERSION, Workload
from aimcsim.workload.prelude import host_values
from aimcsim.workload.samples import LABELS, check_samples, n_classes_of, signatures
from aimcsim.workload.validate import SAMPLE_PREFIX

MINIMUM_TRIES = 8
"""Most extra code generations that look for the smallest buffer a failing model needs."""


def load_model(
    path: str | Path,
    samples: dict[str, np.ndarray] | None = None,
    samples_file: str = "samples",
) -> Graph:
    """Read a model file: ``.onnx`` (ONNX frontend; ``samples``, read from
    ``samples_file``, size its symbolic input dimensions) or ``.toml`` (native
    description)."""
    p = Path(path)
    if p.suffix == ".onnx":
        from aimcsim.compiler.onnx_frontend import load_onnx

        return load_onnx(p, samples, samples_file)
    if p.suffix == ".toml":
        from aimcsim.compiler.native import load_native

        return load_native(p)
    raise CompileError(f"{p}: unknown model format {p.suffix!r}; expected .onnx or .toml")


def load_samples(path: str | Path) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
    """Input samples and optional labels from an ``.npz``: ``(input name -> (N, *shape),
    labels)``.

    Arrays are named like the model's inputs, plus an optional ``labels``. A workload's own
    ``tensors.npz`` works too: when any array is named ``input.<name>``, only those (and
    ``labels``) are read, so the samples of a compiled workload can be compiled again for
    another chip. InputFileError naming the file if it cannot be read, CompileError if it
    holds no samples; :func:`compile_model` checks them against the model's inputs.
    """
    arrays = load_npz(path, what="samples")
    labels = arrays.pop(LABELS, None)
    if any(k.startswith(SAMPLE_PREFIX) for k in arrays):
        arrays = {
            k[len(SAMPLE_PREFIX) :]: v for k, v in arrays.items() if k.startswith(SAMPLE_PREFIX)
        }
    if not arrays:
        raise CompileError(
            f"{path}: no sample arrays (expected arrays named like the model inputs)"
        )
    return arrays, labels


def check_model_samples(
    g: Graph,
    samples: dict[str, np.ndarray],
    labels: np.ndarray | None,
    file: str,
) -> None:
    """Samples and labels against the inputs of ``g``: names, shapes, dtypes, one count,
    finite values, token ids within the embedding table, labels within the first output's
    classes (see :func:`aimcsim.workload.samples.check_samples`); errors name ``file``."""
    entries = [
        {"name": k, "shape": g.shapes[k], "transform": g.input_transforms.get(k)} for k in g.inputs
    ]
    n_classes = n_classes_of(g.shapes[g.outputs[0]]) if g.outputs else None
    table = g.prelude.to_manifest() if g.prelude else None
    check_samples(samples, labels, signatures(entries, g.params, table), n_classes, file)
    try:
        host_values(g.prelude, entries, g.params, samples)
    except WorkloadError as exc:
        raise WorkloadError(f"{file}: {exc}") from None


def compile_model(
    model: str | Path | Graph,
    arch: ArchConfig,
    options: CompileOptions | None = None,
    *,
    name: str | None = None,
    preset: str | None = None,
    overrides: tuple[str, ...] = (),
    samples: dict[str, np.ndarray] | None = None,
    labels: np.ndarray | None = None,
    samples_file: str | None = None,
) -> Workload:
    """Compile ``model`` for ``arch``; ``samples`` (input name -> ``(N, *shape)``) and
    ``labels`` are checked against the model's inputs (errors name ``samples_file``) and
    stored with the workload for functional runs."""
    from aimcsim.compiler.calibrate import calibrate_input_ranges, resolve_mode

    opts = options or CompileOptions()
    if opts.n_slots < 1:
        raise CompileError(f"n_slots must be >= 1, got {opts.n_slots}")
    mode = resolve_mode(opts.calibrate_input_range, arch, bool(samples))
    g = model if isinstance(model, Graph) else load_model(model, samples, samples_file or "samples")
    source = str(model) if not isinstance(model, Graph) else f"graph:{g.name}"
    if samples is not None:
        check_model_samples(g, samples, labels, samples_file or "samples")
    elif labels is not None:
        raise CompileError("labels given without input samples")
    if opts.layer_settings is None:
        found = metadata_layer_settings(g.metadata, source)
        if found is not None:
            opts = dataclasses.replace(opts, layer_settings=found)
    plan_layer_settings(opts.layer_settings, g, arch, opts.digital)  # refuse early
    if opts.synthetic_weights:
        _synthesise(g, opts.seed)
    ranges = None
    if mode != "off":
        assert samples is not None
        ranges = calibrate_input_ranges(g, arch, opts, samples, mode, compile_graph)
    return compile_graph(
        g,
        arch,
        opts,
        name=name,
        preset=preset,
        overrides=overrides,
        samples=samples,
        labels=labels,
        source=source,
        input_ranges=ranges,
        calibration=mode,
    )


CodegenAt = Callable[[ArchConfig, int], Codegen]
"""A code generator for an architecture and a streaming budget (elements)."""


def _generate(arch: ArchConfig, codegen_at: CodegenAt) -> CodegenResult:
    """Per-tile code, with the largest streaming budget whose program fits every buffer
    (:func:`_generate_at`). When none fits, the error names the smallest
    ``tile.buffer.size_elements`` that compiles: starting from what the failing try
    needed, the buffer is raised to each next try's need until one compiles (a few tries;
    the needs only grow with the buffer's share of streamed work)."""
    try:
        return _generate_at(arch, codegen_at)
    except BufferTooSmallError as err:
        first = err
    need = first.elements
    for _ in range(MINIMUM_TRIES):
        bigger = replace(
            arch, tile=replace(arch.tile, buffer=replace(arch.tile.buffer, size_elements=need))
        )
        try:
            _generate_at(bigger, codegen_at)
        except BufferTooSmallError as err:
            need = max(err.elements, need + 1)
            continue
        break
    else:
        raise first
    raise BufferTooSmallError(
        f"{first}; the smallest buffer that compiles is {need} elements: use --set "
        f"tile.buffer.size_elements={need} (or larger crossbars, fewer sample slots, more tiles)",
        need,
    ) from None


def _generate_at(arch: ArchConfig, codegen_at: CodegenAt) -> CodegenResult:
    """Per-tile code on ``arch``: the streaming budget (activation tensors above it are
    streamed through global memory) starts at 1/8 of the tile buffer and halves while
    some tile's resident tensors overflow its buffer, down to one element (every
    activation streamed); the overflow of the last try is raised."""
    budget = default_stream_budget(arch)
    while True:
        try:
            return codegen_at(arch, budget).run()
        except BufferOverflowError:
            if budget == 1:
                raise
            budget //= 2


def compile_graph(
    g: Graph,
    arch: ArchConfig,
    opts: CompileOptions,
    *,
    name: str | None = None,
    preset: str | None = None,
    overrides: tuple[str, ...] = (),
    samples: dict[str, np.ndarray] | None = None,
    labels: np.ndarray | None = None,
    source: str = "",
    input_ranges: dict[str, float] | None = None,
    calibration: str = "off",
    probe_inputs: bool = False,
) -> Workload:
    """Map and generate code for a loaded graph (no calibration run: ``input_ranges``, layer
    -> calibrated input range, are applied as given, the layer settings' own ranges over
    them; ``probe_inputs`` probes every analog layer's input, for the calibration pass)."""
    from aimcsim.compiler.calibrate import chip_input_range, has_static_input_range
    from aimcsim.isa import ISA_VERSION

    source = source or f"graph:{g.name}"
    plan = plan_layer_settings(opts.layer_settings, g, arch, opts.digital)
    g = replicate_rows(g, plan.row_copies)
    maps = map_layers(
        g,
        arch,
        digital=opts.digital,
        pin=opts.pin,
        duplicate=opts.duplicate,
        copies=plan.copies,
    )
    r_chip = chip_input_range(arch)
    clips: dict[str, float] = {}
    if plan.input_ranges and has_static_input_range(arch):
        input_ranges = {**(input_ranges or {}), **plan.input_ranges}
    elif plan.input_ranges:
        clips = dict(plan.input_ranges)
    scales = {k: r_chip / r for k, r in (input_ranges or {}).items()}

    def codegen_at(on: ArchConfig, budget: int) -> Codegen:
        return Codegen(
            g,
            on,
            maps,
            opts.n_slots,
            str(ISA_VERSION),
            input_scales=scales,
            input_clips=clips,
            read_configs=plan.read,
            probe_inputs=probe_inputs,
            stream_budget=budget,
        )

    cg = _generate(arch, codegen_at)
    recorded_ranges = {**(input_ranges or {}), **clips}
    wname = name or g.name
    tensors: dict[str, np.ndarray] = {}
    for m in maps:
        tensors[m.node.attrs["w"]] = g.params[m.node.attrs["w"]]
    for t in cg.memory.constants:
        tensors[t] = g.params[t].reshape(-1)
    for t, perm in g.perms.items():
        tensors[f"perm.{t}"] = perm.astype(np.int64)
    for spec in g.input_transforms.values():
        tensors[spec["table"]] = g.params[spec["table"]]
    if g.prelude is not None:
        tensors.update(g.prelude.constants)
    for k, v in (samples or {}).items():
        tensors[f"input.{k}"] = np.asarray(v, dtype=np.float32 if v.dtype.kind == "f" else v.dtype)
    if labels is not None:
        tensors["labels"] = np.asarray(labels, dtype=np.int64)
    mmap = {m.node.name: m for m in maps}
    layers = []
    for i, n in enumerate(g.nodes):
        lm = mmap.get(n.name)
        row = _layer_entry(i, n, lm, g, arch, cg.layer_tiles)
        if (input_ranges is not None or clips) and lm is not None and lm.analog:
            # 0.0: not calibrated (LSTM), the chip's own static range applies
            row["input_range"] = float(recorded_ranges.get(n.name, 0.0))
        layers.append(row)
    blocks = [
        {
            "id": b.id,
            "layer": b.layer,
            "tensor": b.tensor,
            "row0": b.row0,
            "row1": b.row1,
            "col0": b.col0,
            "col1": b.col1,
            "tile": b.tile,
            "xb": b.xb,
            "replica": b.replica,
        }
        for m in maps
        for b in m.blocks
    ]
    ios_in = []
    for k in g.inputs:
        addr, size = cg.memory.inputs[k]
        entry: dict[str, Any] = {
            "name": k,
            "shape": list(g.shapes[k]),
            "layout": g.layout(k),
            "space": "dram",
            "addr": addr,
            "size": size,
        }
        if k in g.input_transforms:
            entry["transform"] = dict(g.input_transforms[k])
        ios_in.append(entry)
    ios_out = []
    for k in g.outputs:
        addr, size = cg.memory.outputs[k]
        ios_out.append(
            {
                "name": k,
                "shape": list(g.shapes[k]),
                "layout": g.layout(k),
                "space": "dram",
                "addr": addr,
                "size": size,
                "perm": f"perm.{k}" if k in g.perms else "",
            }
        )
    probes = []
    for p in cg.probes:
        where: dict[str, Any] = (
            {"tile": p.tile, "pc": p.pc, "addr": p.addr, "length": p.length}
            if p.space == "buffer"
            else {
                "space": p.space,
                "tile": p.tile,
                "addr": p.addr,
                "stride": p.stride,
                "length": p.length,
            }
        )
        probes.append(
            {
                "layer": p.layer,
                "tensor": p.tensor,
                **where,
                "shape": list(g.shapes[p.tensor]),
                "layout": g.layout(p.tensor),
                "perm": f"perm.{p.tensor}" if p.tensor in g.perms else "",
            }
        )
    manifest: dict[str, Any] = {
        "workload": {
            "name": wname,
            "format": FORMAT_VERSION,
            "source_model": source,
            "isa_version": str(ISA_VERSION),
            "preset": preset or "",
            "overrides": list(overrides),
            "n_slots": opts.n_slots,
            "dram_elements": cg.memory.top,
            "crossbar_rows": arch.tile.crossbar.rows,
            "crossbar_cols": arch.tile.crossbar.cols,
            "slots_and_batch": "the program loops over n_slots sample slots; in the functional "
            "model each memory element holds a batch of B samples, slot s = samples "
            "s*B..s*B+B-1",
        },
        "compiler": {
            "n_slots": opts.n_slots,
            "digital": list(opts.digital),
            "pin": {k: int(v) for k, v in opts.pin.items()},
            "duplicate": opts.duplicate,
            "synthetic_weights": opts.synthetic_weights,
            "seed": opts.seed,
            "placement": "serpentine over the mesh in topological order",
        },
        "inputs": ios_in,
        "outputs": ios_out,
        "constants": [
            {"tensor": t, "space": "dram", "addr": a, "length": n}
            for t, (a, n) in cg.memory.constants.items()
        ],
        "tiles": [{"id": t, "buffer_elements": n} for t, n in cg.buffer_elements.items()],
        "layers": layers,
        "blocks": blocks,
        "probes": probes,
    }
    if g.prelude is not None:
        manifest["prelude"] = g.prelude.to_manifest()
    if calibration != "off" or plan.input_ranges:
        manifest["compiler"]["calibrate_input_range"] = calibration
        manifest["compiler"]["chip_input_range"] = r_chip
    if opts.layer_settings is not None and not opts.layer_settings.is_empty:
        manifest["compiler"]["layer_settings"] = dumps_layer_settings(opts.layer_settings)
    if cg.stream_budget != default_stream_budget(arch):
        # lowered so that every tile's resident tensors fit (see _generate)
        manifest["compiler"]["stream_budget_elements"] = cg.stream_budget
    if opts.synthetic_weights:
        names = [m.node.attrs["w"] for m in maps]
        manifest["synthetic"] = {
            "seed": opts.seed,
            "tensors": [{"name": t, "shape": list(g.params[t].shape)} for t in names],
        }
    return Workload(wname, cg.program, tensors, manifest)


def _layer_entry(
    i: int,
    n: Node,
    m: LayerMap | None,
    g: Graph,
    arch: ArchConfig,
    layer_tiles: dict[str, list[int]],
) -> dict[str, Any]:
    """One row of the manifest's layer table."""
    return {
        "id": i,
        "name": n.name,
        "kind": n.op,
        "source_op": n.source_op,
        "analog": bool(m is not None and m.analog),
        "inputs": [x for x in n.inputs if x not in g.params],
        "in_shapes": [list(g.shapes[x]) for x in n.inputs if x in g.shapes],
        "output": n.output,
        "out_shape": list(g.shapes[n.output]),
        "layout": g.layout(n.output),
        "tiles": layer_tiles.get(n.name, []),
        "crossbars": m.n_crossbars if m else 0,
        "replicas": m.replicas if m else 0,
        "matrix": [m.k, m.n_out] if m else [],
        "mvms_per_sample": m.pixels if m else 0,
        "utilisation": round(utilisation(m, arch), 4) if m else 0.0,
        **({"row_copies": n.attrs[ROW_COPIES_ATTR]} if ROW_COPIES_ATTR in n.attrs else {}),
    }


def _synthesise(g: Graph, seed: int) -> None:
    from aimcsim.compiler.graph import WEIGHT_OPS
    from aimcsim.workload.format import synthetic_weight

    names = [n.attrs["w"] for n in g.nodes if n.op in WEIGHT_OPS]
    for i, t in enumerate(names):
        g.params[t] = synthetic_weight(seed, i, g.params[t].shape)


def input_to_memory(
    x: np.ndarray,
    entry: dict[str, Any],
    tensors: dict[str, np.ndarray],
) -> np.ndarray:
    """Samples ``(N, *shape)`` of one model input -> storage order ``(N, size)``; applies a
    host-side embedding look-up when the input has one."""
    tr = entry.get("transform")
    if tr and tr.get("kind") == "embedding":
        table = tensors[tr["table"]]
        x = table[np.asarray(x, dtype=np.int64)]
    return to_physical(np.asarray(x, dtype=np.float32), entry["layout"])


__all__ = ["CompileOptions", "compile_graph", "compile_model", "input_to_memory", "load_model"]
