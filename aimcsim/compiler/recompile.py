"""Compiling a workload's model again: same compiler options and samples, new layer settings.

A workload records the model it was compiled from (``workload.source_model``), its compiler
options (``[compiler]``), its samples (``tensors.npz``) and the per-layer settings table it
was compiled with (``compiler.layer_settings``). :func:`recompile` compiles that model again
for a chip with another settings table, so ``aimcsim run WORKLOAD --layer-set ...`` and
``aimcsim.evaluate(workload, layer_settings=...)`` run what the user asked for instead of
silently ignoring the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from aimcsim.compiler.compile import CompileOptions, compile_model
from aimcsim.compiler.layer_settings import LayerSettingsTable, loads_layer_settings
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError

if TYPE_CHECKING:
    from aimcsim.workload.format import Workload

MODEL_SUFFIXES = (".onnx", ".toml")
"""Model files the compiler reads."""


def _where(wl: Workload) -> str:
    return str(wl.path) if wl.path is not None else f"workload {wl.name!r}"


def source_model_of(wl: Workload) -> Path:
    """The model file ``wl`` was compiled from: ``source_model`` as given (absolute or
    relative to the working directory), else relative to the workload directory or one of
    its parents (shipped workloads name it from the repository root). CompileError naming
    the workload when there is none."""
    source = str(wl.manifest.get("workload", {}).get("source_model", ""))
    where = _where(wl)
    if not source or Path(source).suffix not in MODEL_SUFFIXES:
        raise CompileError(
            f"{where}: the workload's source_model {source!r} is not a model file that aimcsim "
            "compiles (.onnx or .toml); compile the model with 'aimcsim compile MODEL "
            "--layer-settings ...' instead"
        )
    path = Path(source)
    candidates = [path]
    if not path.is_absolute() and wl.path is not None:
        root = Path(wl.path).resolve()
        candidates += [parent / path for parent in (root, *root.parents)]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise CompileError(
        f"{where}: the workload's source_model {source!r} is not found (looked in the working "
        "directory and the workload's directory and parents); per-layer settings need the "
        "model: compile it with 'aimcsim compile MODEL --layer-settings ...'"
    )


def recorded_layer_settings(wl: Workload) -> LayerSettingsTable | None:
    """The settings table ``wl`` was compiled with, or None."""
    text = wl.manifest.get("compiler", {}).get("layer_settings")
    if not text:
        return None
    source = f"{_where(wl)} (manifest [compiler] layer_settings)"
    return loads_layer_settings(str(text), source=source)


def compile_options_of(wl: Workload, layer_settings: LayerSettingsTable | None) -> CompileOptions:
    """The compiler options recorded in ``wl`` with ``layer_settings`` instead of its own."""
    rec = wl.manifest.get("compiler", {})
    default = CompileOptions()
    return CompileOptions(
        n_slots=int(rec.get("n_slots", wl.n_slots)),
        digital=tuple(str(x) for x in rec.get("digital", default.digital)),
        pin={str(k): int(v) for k, v in rec.get("pin", {}).items()},
        duplicate=bool(rec.get("duplicate", default.duplicate)),
        synthetic_weights=bool(rec.get("synthetic_weights", default.synthetic_weights)),
        seed=int(rec.get("seed", default.seed)),
        calibrate_input_range=str(rec.get("calibrate_input_range", "off")),
        layer_settings=layer_settings,
    )


def recompile(
    wl: Workload,
    arch: ArchConfig,
    layer_settings: LayerSettingsTable | None,
    *,
    preset: str | None,
    overrides: tuple[str, ...] = (),
) -> Workload:
    """``wl``'s model compiled again for ``arch`` with its options and samples and
    ``layer_settings`` (None: the model's own table); ``preset``/``overrides`` are recorded
    as the chip it was compiled for."""
    model = source_model_of(wl)
    samples = wl.inputs() or None
    return compile_model(
        model,
        arch,
        compile_options_of(wl, layer_settings),
        name=wl.name,
        preset=preset,
        overrides=overrides,
        samples=samples,
        labels=wl.labels if samples is not None else None,
        samples_file=f"{_where(wl)}/tensors.npz",
    )


__all__ = ["compile_options_of", "recompile", "recorded_layer_settings", "source_model_of"]
