"""What is tuned: a model, the samples it is scored on, the chip and the compiler options.

``aimcsim tune`` takes a workload directory or a model file. Every candidate is a compile of
the *model* with a settings table, so a workload stands for its source model
(``source_model`` in its manifest), compiled with the options recorded in its manifest and
scored on its shipped samples and labels; a model file is compiled with the default options
and scored on the ``--samples`` file. The default settings of the tuning are the table the
workload was compiled with, or the one in the model's metadata, or none.
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
    + ``overrides``, scored on ``samples`` (input name -> ``(N, *shape)``) and ``labels``,
    starting from the settings table ``base``."""

    model: str
    options: CompileOptions
    preset: str
    overrides: tuple[str, ...]
    samples: dict[str, np.ndarray] = field(compare=False)
    labels: np.ndarray | None = field(compare=False)
    samples_file: str
    base: LayerSettingsTable = field(default_factory=LayerSettingsTable)
    """The settings the model or workload comes with (the default settings of the tuning;
    candidates change their tuned keys on top of it)."""
    workload_dir: str | None = None
    """The workload directory tuned (None: a model file)."""

    def task_target(self, default_workload: Any) -> Any:
        """What each candidate's evaluation recompiles: the workload directory (cheap to
        send to a worker), or the model's ``default_workload`` (its source model and
        samples travel with it)."""
        return self.workload_dir if self.workload_dir is not None else default_workload

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
        return Problem(
            target,
            CompileOptions(),
            preset,
            overrides,
            inputs,
            labels,
            samples,
            _model_table(target),
        )
    from aimcsim.compiler.recompile import (
        compile_options_of,
        recorded_layer_settings,
        source_model_of,
    )
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
    model = str(source_model_of(workload))
    inputs = workload.inputs()
    if not inputs:
        raise TuneError(f"{target}: ships no input samples to score candidates on")
    return Problem(
        model,
        compile_options_of(workload, None),
        preset,
        overrides,
        inputs,
        workload.labels,
        f"{target}/tensors.npz",
        recorded_layer_settings(workload) or _model_table(model),
        target,
    )


def _model_table(model: str) -> LayerSettingsTable:
    """The settings table the model carries in its metadata, else an empty one."""
    from aimcsim.compiler.layer_settings import model_layer_settings

    return model_layer_settings(model) or LayerSettingsTable()
