"""What is tuned: a model, the samples it is scored on, the chip and the compiler options.

``aimcsim tune`` takes a workload directory or a model file. Every candidate is a compile of
the *model* with a settings table, so a workload stands for its source model
(``source_model`` in its manifest), compiled with the options recorded in its manifest and
scored on its shipped samples and labels; a model file is compiled with the default options
and scored on the ``--samples`` file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler.compile import CompileOptions
from aimcsim.compiler.layer_settings import LayerSettingsTable
from aimcsim.config.arch import ArchConfig
from aimcsim.tune.errors import TuneError

MODEL_SUFFIXES = (".onnx", ".toml")


@dataclass(frozen=True)
class Problem:
    """A tuning problem: ``model`` file compiled with ``options`` for the chip ``preset``
    + ``overrides``, scored on ``samples`` (input name -> ``(N, *shape)``) and ``labels``."""

    model: str
    options: CompileOptions
    preset: str
    overrides: tuple[str, ...]
    samples: dict[str, np.ndarray] = field(compare=False)
    labels: np.ndarray | None = field(compare=False)
    samples_file: str

    def arch(self) -> ArchConfig:
        """The chip."""
        from aimcsim.config.loader import load_arch

        return load_arch(preset=self.preset, overrides=list(self.overrides))

    def compile(self, table: LayerSettingsTable, arch: ArchConfig | None = None) -> Any:
        """The workload of the model compiled with settings ``table`` (a CompileError or
        another AimcSimError when the compiler refuses it)."""
        from aimcsim.compiler.compile import compile_model

        return compile_model(
            self.model,
            arch or self.arch(),
            replace(self.options, layer_settings=table),
            samples=self.samples,
            labels=self.labels,
            samples_file=self.samples_file,
            preset=self.preset,
            overrides=self.overrides,
        )


def resolve_problem(
    target: str, preset: str, overrides: tuple[str, ...], samples: str | None
) -> Problem:
    """The problem of ``aimcsim tune TARGET``: a workload directory (its source model,
    compiler options and samples) or a model file with a ``samples`` file."""
    from aimcsim.compiler.compile import load_samples

    if Path(target).suffix.lower() in MODEL_SUFFIXES:
        if samples is None:
            raise TuneError(
                f"{target}: tuning a model file needs --samples SAMPLES.npz (inputs and "
                "labels to score candidates on)"
            )
        inputs, labels = load_samples(samples)
        if not inputs:
            raise TuneError(f"{samples}: holds no input samples")
        return Problem(target, CompileOptions(), preset, overrides, inputs, labels, samples)
    from aimcsim.simulation import load_target
    from aimcsim.workload.format import Workload

    if samples is not None:
        raise TuneError(
            f"--samples {samples}: a workload ships its own samples; give --samples only "
            "with a model file"
        )
    workload = load_target(target)
    if not isinstance(workload, Workload):
        raise TuneError(f"{target}: tune takes a workload directory or a model file")
    model = _source_model(Path(target), str(workload.manifest["workload"].get("source_model", "")))
    inputs = workload.inputs()
    if not inputs:
        raise TuneError(f"{target}: ships no input samples to score candidates on")
    return Problem(
        model,
        _options_of(workload.manifest.get("compiler", {})),
        preset,
        overrides,
        inputs,
        workload.labels,
        f"{target}/tensors.npz",
    )


def _source_model(directory: Path, recorded: str) -> str:
    """The workload's source model: the manifest's ``source_model`` path (relative to the
    working directory), else a file of that name in the workload directory (a copy shipped
    with it)."""
    if recorded:
        for path in (Path(recorded), directory / Path(recorded).name):
            if path.is_file():
                return str(path)
    raise TuneError(
        f"{directory}: its manifest's source_model {recorded!r} is not a file here (nor in "
        "the workload directory); tune the model file instead (with --samples)"
    )


def _options_of(section: dict[str, Any]) -> CompileOptions:
    """The compiler options a workload manifest's ``[compiler]`` section records."""
    base = CompileOptions()
    return CompileOptions(
        n_slots=int(section.get("n_slots", base.n_slots)),
        digital=tuple(section.get("digital", base.digital)),
        pin={str(k): int(v) for k, v in section.get("pin", {}).items()},
        duplicate=bool(section.get("duplicate", base.duplicate)),
        synthetic_weights=bool(section.get("synthetic_weights", base.synthetic_weights)),
        seed=int(section.get("seed", base.seed)),
    )
