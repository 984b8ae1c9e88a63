"""Architecture sweeps: grid or random points over dotted config keys, on one machine or Dask.

A sweep evaluates one workload at every point of a grid (``--grid tile.adc.bits=4,6,8``) or
at ``random_n`` points drawn from it. Keys are architecture keys (``aimcsim config keys``) or
energy-table keys:

* ``energy.table=NAME``         cost with another energy table (name or TOML path);
* ``energy.<action>=PJ``        fixed energy of one action, e.g. ``energy.adc.convert=1.5``;
* ``energy.leakage.<kind>=MW``  leakage of one component kind;
* ``area.<kind>=UM2``           area of one instance of a component kind (um^2), e.g.
  ``area.adc=500``; it changes the ``area_mm2`` column only.

Points that differ only in energy or area keys share one simulation: it is run once and re-costed
from its saved counters (design decision 4). Finished simulations are cached in
``OUT/cache/<hash>.json`` under a hash of the workload, the resolved config and the root
seed, so an interrupted sweep resumes where it stopped. Each point's seed is derived from
the root seed and that hash, never from execution order, so ``sweep.csv`` is byte-identical
whatever the executor (``serial``, ``processes``, ``dask``) and the number of workers.

WORKLOAD may also be a model file (``.onnx`` or native ``.toml``, :class:`ModelSource`): it is
then compiled afresh for each point's chip, so keys that change the mapping (crossbar size,
tiles, buffer, mesh) can be swept; the chip comes from ``preset``/``config``. A point whose
evaluation fails with a simulator error (the model does not fit that chip, say) becomes a row
with empty metrics and the message in the ``error`` column; the other points still run.

By default a workload directory is evaluated end to end by :func:`aimcsim.simulate`
(timing, values, energy) and the built-in ``streaming-mvm`` workload by the timing model only.
The per-point evaluation is pluggable: ``evaluate(point_overrides: list[str], seed: int) ->
dict`` returns metrics (``total_cycles``, ``latency_ns``, and optionally ``energy_pj``,
``mean_rel_error``, ``top1``) and, for re-costing, ``ledger`` (records of the energy ledger)
and ``cycle_ns``. It must be picklable (a module-level function or a ``functools.partial``
of one) for the process and Dask executors.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import itertools
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from aimcsim.errors import AimcSimError
from aimcsim.interrupts import ignore_interrupts
from aimcsim.output_path import SWEEP_DIR, claimed_dir

if TYPE_CHECKING:
    from aimcsim.compiler import CompileOptions
    from aimcsim.config.arch import ArchConfig
    from aimcsim.energy.table import EnergyTable

ENERGY_PREFIX = "energy."
AREA_PREFIX = "area."
EXECUTORS = ("serial", "processes", "dask")
METRIC_COLUMNS: tuple[str, ...] = (
    "inference_cycles",
    "inference_ns",
    "inference_energy_pj",
    "total_cycles",
    "latency_ns",
    "energy_pj",
    "mean_rel_error",
    "top1",
    "area_mm2",
    "pareto",
    "error",
)
"""Metric columns of ``sweep.csv`` after the ``point`` column and the swept keys.
``inference_*``: the DNN layers only (see :data:`aimcsim.report.result.SUMMARY_KEYS`);
``total_cycles``/``latency_ns``/``energy_pj``: the whole run, weight programming included.
``area_mm2``: the chip's area from the point's config and energy table's area entries (no
simulation). ``pareto`` is true for points on the inference latency-energy Pareto front.
``error``: empty, or why the point could not be evaluated (its metrics are then empty).
Sweeps of a model file add ``crossbars`` (analog crossbars its mapping uses) before
``area_mm2``."""

MODEL_SUFFIXES = (".onnx", ".toml")
"""Files a sweep compiles per point (:class:`ModelSource`) instead of loading a workload."""

STREAMING_WORKLOAD = "streaming-mvm"
"""Built-in synthetic workload: back-to-back full-array MVMs on every crossbar."""

# What a sweep writes into its -o directory (see aimcsim.output_path.claimed_dir), and the
# temporaries of its atomic writes (stale when the directory is claimed again).
SWEEP_OWNED = ("sweep.csv", "pareto.png", "cache/*.json")
SWEEP_TEMPORARY = ("cache/.tmp-*", ".sweep.csv.tmp-*")

Evaluate = Callable[[list[str], int], dict[str, Any]]


class SweepError(AimcSimError):
    """Bad sweep input (unknown key, empty grid, wrong value type, unreachable scheduler)."""


@dataclass(frozen=True)
class ModelSource:
    """A model swept by compiling it for every point's chip.

    ``model``: ``.onnx`` or native ``.toml`` path; ``options``: compiler options (the same at
    every point); ``samples``: optional ``.npz`` of input samples and labels (see
    :func:`aimcsim.compiler.load_samples`) shipped with each compiled workload.
    """

    model: str
    options: CompileOptions
    samples: str | None = None

    def fingerprint(self) -> str:
        """sha256 of the model file, the samples file and the options (the cache key part)."""
        h = hashlib.sha256()
        for path in (self.model, self.samples):
            h.update(Path(path).read_bytes() if path else b"-")
        h.update(repr(self.options).encode("utf-8"))
        return h.hexdigest()


@dataclass(frozen=True)
class SweepPoint:
    """One point: its index, swept values, arch overrides, energy overrides, sim hash, seed."""

    index: int
    values: tuple[tuple[str, Any], ...]
    arch_overrides: tuple[str, ...]
    energy_overrides: tuple[tuple[str, Any], ...]
    sim_key: str
    seed: int


# --------------------------------------------------------------------------- grid parsing


def parse_grid(items: Sequence[str]) -> dict[str, list[Any]]:
    """``["tile.adc.bits=4,6,8", ...]`` -> ``{"tile.adc.bits": [4, 6, 8], ...}``.

    Values are TOML literals (``6``, ``0.5``, ``true``, ``"x"``); a bare word is a string.
    """
    from aimcsim.config.loader import parse_value

    if not items:
        raise SweepError("empty grid: give at least one --grid KEY=V1,V2,...")
    grid: dict[str, list[Any]] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise SweepError(f"--grid {item!r}: expected KEY=V1,V2,... e.g. tile.adc.bits=4,6,8")
        values = [parse_value(v.strip()) for v in raw.split(",") if v.strip()]
        if not values:
            raise SweepError(f"--grid {item!r}: no values for '{key}'")
        if key in grid:
            raise SweepError(f"--grid: key '{key}' given twice")
        grid[key] = values
    return grid


def _check_key(key: str) -> None:
    from aimcsim.config.loader import known_keys

    if key.startswith(AREA_PREFIX):
        from aimcsim.energy.area import AREA_KINDS

        kind = key[len(AREA_PREFIX) :]
        if kind not in AREA_KINDS:
            raise SweepError(f"unknown sweep key '{key}'{_hint(kind, AREA_KINDS, AREA_PREFIX)}")
        return

    if key.startswith(ENERGY_PREFIX):
        from aimcsim.energy.actions import COMPONENT_KINDS, all_actions

        rest = key[len(ENERGY_PREFIX) :]
        if rest == "table":
            return
        if rest.startswith("leakage."):
            kind = rest[len("leakage.") :]
            if kind not in COMPONENT_KINDS:
                raise SweepError(f"unknown sweep key '{key}'{_hint(kind, COMPONENT_KINDS)}")
            return
        if rest not in all_actions():
            choices = ["table", *all_actions(), *(f"leakage.{k}" for k in COMPONENT_KINDS)]
            raise SweepError(f"unknown sweep key '{key}'{_hint(rest, choices, ENERGY_PREFIX)}")
        return
    keys = known_keys()
    if key not in keys:
        last = key.split(".")[-1]
        same_leaf = [k for k in keys if k.endswith("." + last)]
        hint = difflib.get_close_matches(
            key, same_leaf, n=1, cutoff=0.5
        ) or difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        did = f"; did you mean '{hint[0]}'?" if hint else ""
        raise SweepError(f"unknown sweep key '{key}'{did} (see 'aimcsim config keys')")


def _hint(word: str, choices: Iterable[str], prefix: str = "") -> str:
    match = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean '{prefix}{match[0]}'?" if match else ""


def _literal(value: Any) -> str:
    """A value as a TOML literal for a ``--set`` override."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def config_hash(workload_id: str, arch: ArchConfig, root_seed: int, evaluator_id: str) -> str:
    """sha256 of what a simulation depends on: workload, resolved config, seed, evaluator
    and the aimcsim version (a new version never reuses an old cache)."""
    from aimcsim import __version__
    from aimcsim.config.loader import arch_to_dict

    blob = json.dumps(
        {
            "workload": workload_id,
            "config": arch_to_dict(arch),
            "seed": root_seed,
            "evaluator": evaluator_id,
            "aimcsim": __version__,
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def point_seed(root_seed: int, sim_key: str) -> int:
    """Seed of one point from the root seed and its config hash (order-independent)."""
    seq = np.random.SeedSequence([root_seed, int(sim_key[:15], 16)])
    return int(seq.generate_state(1, dtype=np.uint32)[0])


def make_points(
    grid: dict[str, list[Any]],
    *,
    workload_id: str = "",
    preset: str | None = None,
    config: str | None = None,
    base_overrides: Sequence[str] = (),
    random_n: int | None = None,
    seed: int = 0,
    evaluator_id: str = "",
    energy_table: str | None = None,
) -> list[SweepPoint]:
    """Every point of the sweep, validated (SweepError before any work starts).

    Full factorial in grid order, or ``random_n`` distinct points drawn from it with the
    root ``seed``. Every point's config is resolved now, so a bad value fails here.
    """
    from aimcsim.config.loader import load_arch
    from aimcsim.errors import ConfigError

    if not grid:
        raise SweepError("empty grid: give at least one --grid KEY=V1,V2,...")
    for key, grid_values in grid.items():
        _check_key(key)
        if not grid_values:
            raise SweepError(f"--grid: no values for '{key}'")
    keys = list(grid)
    combos = list(itertools.product(*(grid[k] for k in keys)))
    if random_n is not None:
        if random_n < 1:
            raise SweepError(f"--random {random_n}: must be at least 1")
        rng = np.random.default_rng(seed)
        take = rng.choice(len(combos), size=min(random_n, len(combos)), replace=False)
        combos = [combos[int(i)] for i in take]
    points = []
    for index, combo in enumerate(combos):
        values: tuple[tuple[str, Any], ...] = tuple(zip(keys, combo, strict=True))
        arch_ov = tuple(f"{k}={_literal(v)}" for k, v in values if not _is_table_key(k))
        energy_ov = tuple((k, v) for k, v in values if _is_table_key(k))
        try:
            arch = load_arch(preset=preset, path=config, overrides=[*base_overrides, *arch_ov])
        except ConfigError as exc:
            raise SweepError(f"sweep point {index} ({_describe(values)}): {exc}") from None
        _energy_table(arch, energy_ov, energy_table, where=f"sweep point {index}")
        sim_key = config_hash(workload_id, arch, seed, evaluator_id)
        # The evaluator gets every architecture override of the point: the base ones
        # (workload's chip, --set) and the swept ones.
        full_ov = (*base_overrides, *arch_ov)
        points.append(
            SweepPoint(index, values, full_ov, energy_ov, sim_key, point_seed(seed, sim_key))
        )
    return points


def _is_table_key(key: str) -> bool:
    """True for keys that change the energy table (energy and area), not the chip config."""
    return key.startswith(ENERGY_PREFIX) or key.startswith(AREA_PREFIX)


def _describe(values: Iterable[tuple[str, Any]]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in values)


def _energy_table(
    arch: ArchConfig,
    energy_ov: Sequence[tuple[str, Any]],
    default_table: str | None,
    where: str,
) -> EnergyTable:
    from aimcsim.energy.table import select_table

    name = default_table
    actions: dict[str, float] = {}
    leakage: dict[str, float] = {}
    area: dict[str, float] = {}
    for key, value in energy_ov:
        if key == "energy.table":
            name = str(value)
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SweepError(f"{where}: '{key}' must be a number (got {value!r})")
        if key.startswith(AREA_PREFIX):
            area[key[len(AREA_PREFIX) :]] = float(value)
            continue
        rest = key[len(ENERGY_PREFIX) :]
        if rest.startswith("leakage."):
            leakage[rest[len("leakage.") :]] = float(value)
        else:
            actions[rest] = float(value)
    try:
        table = select_table(arch, name)
        if actions or leakage or area:
            return table.with_overrides(actions, leakage, area)
        return table
    except AimcSimError as exc:
        raise SweepError(f"{where}: {exc}") from None


# ---------------------------------------------------------------------------- evaluation


def resolve_workload(workload: str) -> tuple[str, str | None, list[str]]:
    """(workload id for hashing, preset it was compiled for, overrides on that preset) of a
    WORKLOAD argument.

    ``streaming-mvm`` is the built-in synthetic workload; a ``.onnx``/``.toml`` file is a
    model compiled per point (no chip of its own); anything else is a workload directory
    (``workloads/<name>`` or a path). SweepError if it does not exist.
    """
    if workload == STREAMING_WORKLOAD:
        return STREAMING_WORKLOAD, None, []
    path = Path(workload)
    if path.suffix.lower() in MODEL_SUFFIXES:
        if not path.is_file():
            raise SweepError(f"model file '{workload}' not found")
        return f"model:{path.resolve()}", None, []
    if not path.is_dir() and (Path("workloads") / workload).is_dir():
        path = Path("workloads") / workload
    if not path.is_dir():
        raise SweepError(
            f"workload '{workload}' not found (a directory, a name under workloads/, or "
            f"'{STREAMING_WORKLOAD}')"
        )
    from aimcsim.workload.format import load_workload

    wl = load_workload(path)
    crc = wl.manifest.get("workload", {}).get("program_crc32", "")
    preset, overrides = wl.compiled_for()
    return f"{path.resolve()}#{crc}", preset, overrides


def timing_evaluate(
    workload: str,
    preset: str | None,
    config: str | None,
    n_mvm: int,
    point_overrides: list[str],
    seed: int,
) -> dict[str, Any]:
    """Stand-in evaluation: timing model only (no values), costed later from its counters.

    Runs ``workload`` (a workload directory, or ``streaming-mvm`` with ``n_mvm`` MVMs per
    crossbar) on the chip of ``preset``/``config`` with ``point_overrides``. ``seed`` is
    unused (timing is deterministic); metrics of values (error, top-1) are NaN.
    """
    del seed
    from aimcsim.config.loader import load_arch
    from aimcsim.energy.calibration import streaming_mvm_program
    from aimcsim.energy.ledger import inference_span_cycles
    from aimcsim.timing import simulate_timing

    arch = load_arch(preset=preset, path=config, overrides=point_overrides)
    if workload == STREAMING_WORKLOAD:
        program = streaming_mvm_program(arch, n_mvm)
    else:
        from aimcsim.workload.format import load_workload

        program = load_workload(workload).program
    result = simulate_timing(program, arch)
    ledger_rows: list[dict[str, Any]] = [
        {k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()}
        for r in result.counters.to_dict(orient="records")
    ]
    ledger_rows += [
        {
            "layer": -1,
            "component": c,
            "kind": k,
            "action": "leakage",
            "count": int(result.total_cycles),
        }
        for c, k in zip(result.components["component"], result.components["kind"], strict=True)
    ]
    inference_cycles = inference_span_cycles(result.per_layer, result.total_cycles)
    return {
        "total_cycles": int(result.total_cycles),
        "latency_ns": float(result.total_ns),
        "inference_cycles": inference_cycles,
        "inference_ns": inference_cycles * arch.chip.cycle_ns,
        "mean_rel_error": math.nan,
        "top1": math.nan,
        "cycle_ns": arch.chip.cycle_ns,
        "ledger": ledger_rows,
    }


def simulate_evaluate(
    workload: str | ModelSource,
    preset: str | None,
    config: str | None,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
    point_overrides: list[str],
    seed: int,
) -> dict[str, Any]:
    """End-to-end evaluation through :func:`aimcsim.simulate`: timing, values (when
    ``functional``, at ``t_inference_s`` seconds after weight programming) and the energy
    ledger (kept for re-costing) of one point.

    ``workload``: a workload directory, or a :class:`ModelSource` compiled first for the
    point's chip (the metrics then add ``crossbars``, the analog crossbars its mapping uses).
    A compiler or simulator error becomes ``{"error": ...}`` (the model does not fit that
    chip, or the workload was compiled for another one).
    """
    from aimcsim.config.loader import load_arch

    arch = load_arch(preset=preset, path=config, overrides=point_overrides)
    if not isinstance(workload, ModelSource):
        try:
            return _simulate_metrics(workload, arch, seed, functional, n_samples, t_inference_s)
        except AimcSimError as exc:
            return {"error": f"{exc} ({_recompile_hint(workload)})"}
    from aimcsim.compiler import compile_model, load_samples

    samples, labels = load_samples(workload.samples) if workload.samples else (None, None)
    try:
        wl = compile_model(
            workload.model,
            arch,
            workload.options,
            preset=preset,
            overrides=tuple(point_overrides),
            samples=samples,
            labels=labels,
        )
        metrics = _simulate_metrics(wl, arch, seed, functional, n_samples, t_inference_s)
    except AimcSimError as exc:
        return {"error": str(exc)}
    metrics["crossbars"] = sum(int(la.get("crossbars", 0)) for la in wl.layers)
    return metrics


def _recompile_hint(workload: str) -> str:
    """What to sweep instead of a workload compiled for one chip: its model file, named
    when the manifest's ``source_model`` exists (with the workload's samples)."""
    from aimcsim.workload.format import load_workload

    hint = (
        "the workload was compiled for one chip; to sweep keys that change the mapping, "
        "sweep its model file, which is compiled for every point"
    )
    try:
        wl = load_workload(workload)
    except AimcSimError:
        return hint
    model = str(wl.manifest["workload"].get("source_model", ""))
    if not model or not Path(model).is_file():
        return hint
    preset, overrides = wl.compiled_for()
    chip = f"--preset {preset or 'tiny'}" + "".join(f" --set {o}" for o in overrides)
    samples = os.path.relpath(Path(workload) / "tensors.npz")
    return f"{hint}: aimcsim sweep {model} {chip} --samples {samples} --grid ..."


def _simulate_metrics(
    target: Any,
    arch: ArchConfig,
    seed: int,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
) -> dict[str, Any]:
    """Metrics and energy ledger of one :func:`aimcsim.simulate` run of ``target``."""
    from aimcsim.simulation import simulate

    result = simulate(
        target,
        arch,
        seed=seed,
        functional=functional,
        n_samples=n_samples,
        t_inference_s=[t_inference_s],
    )
    ledger = result.energy.drop(columns=["energy_pj"])
    summary = result.summary
    return {
        "total_cycles": int(summary["total_cycles"]),
        "latency_ns": float(summary["latency_ns"]),
        "inference_cycles": int(summary["inference_cycles"]),
        "inference_ns": float(summary["inference_ns"]),
        "mean_rel_error": _nan(summary.get("mean_rel_error")),
        "top1": _nan(summary.get("top1")),
        "cycle_ns": arch.chip.cycle_ns,
        "ledger": ledger.to_dict(orient="records"),
    }


def default_evaluator(
    workload: str | ModelSource,
    preset: str | None,
    config: str | None,
    n_mvm: int = 64,
    functional: bool = True,
    n_samples: int | None = None,
    t_inference_s: float = 0.0,
) -> tuple[Evaluate, str]:
    """The evaluation function for a WORKLOAD and its id (part of the cache hash).

    ``streaming-mvm``: timing only (:func:`timing_evaluate`); a workload directory: the
    end-to-end :func:`simulate_evaluate` (values too unless ``functional`` is false); a
    :class:`ModelSource`: the same, compiled for each point first.
    """
    if workload == STREAMING_WORKLOAD:
        fn = functools.partial(timing_evaluate, workload, preset, config, n_mvm)
        return fn, f"timing_evaluate/n_mvm={n_mvm}"
    fn = functools.partial(
        simulate_evaluate, workload, preset, config, functional, n_samples, t_inference_s
    )
    run_id = f"functional={functional}/n_samples={n_samples}/t={t_inference_s!r}"
    if isinstance(workload, ModelSource):
        return fn, f"compile/{workload.fingerprint()}/{run_id}"
    return fn, f"simulate/{run_id}"


def _cost(
    point: SweepPoint, sim: dict[str, Any], arch: ArchConfig, energy_table: str | None
) -> tuple[float, float]:
    """(total, inference) energy of one point in pJ: the simulation's ledger re-costed with
    the point's table."""
    from aimcsim.energy.ledger import inference_energy_pj, recost, total_energy_pj

    if "ledger" not in sim:
        if any(k.startswith(ENERGY_PREFIX) for k, _ in point.energy_overrides):
            raise SweepError("energy keys need an evaluator that returns its ledger")
        return float(sim.get("energy_pj", math.nan)), float(
            sim.get("inference_energy_pj", math.nan)
        )
    table = _energy_table(arch, point.energy_overrides, energy_table, f"point {point.index}")
    ledger = pd.DataFrame(sim["ledger"], columns=["layer", "component", "kind", "action", "count"])
    ledger["energy_pj"] = 0.0
    costed = recost(ledger, table, arch, cycle_ns=sim.get("cycle_ns"))
    total_cycles = int(sim.get("total_cycles", 0))
    inference_cycles = int(sim.get("inference_cycles", total_cycles))
    return total_energy_pj(costed), inference_energy_pj(costed, inference_cycles, total_cycles)


# ------------------------------------------------------------------------------- running


def _cache_path(out_dir: Path, sim_key: str) -> Path:
    return out_dir / "cache" / f"{sim_key}.json"


def _save_cache(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(_jsonable(data), fh, sort_keys=True)
    os.replace(tmp, path)


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="sim", desc="sweep")


def _run_jobs(
    jobs: list[SweepPoint],
    evaluate: Evaluate,
    executor: str,
    workers: int | None,
    client: Any,
) -> Iterator[tuple[SweepPoint, dict[str, Any]]]:
    if executor == "serial" or not jobs:
        for p in jobs:
            yield p, evaluate(list(p.arch_overrides), p.seed)
    elif executor == "processes":
        with ProcessPoolExecutor(max_workers=workers, initializer=ignore_interrupts) as pool:
            pending = {pool.submit(evaluate, list(p.arch_overrides), p.seed): p for p in jobs}
            try:
                for fut in as_completed(pending):
                    yield pending[fut], fut.result()
            except BaseException:  # interrupted: stop the points under way, run no other
                running = list((pool._processes or {}).values())
                pool.shutdown(wait=False, cancel_futures=True)
                for worker in running:
                    worker.terminate()
                raise
    else:
        from distributed import as_completed as dask_completed

        dask_futs = [
            client.submit(evaluate, list(p.arch_overrides), p.seed, pure=False) for p in jobs
        ]
        by_key = {f.key: p for f, p in zip(dask_futs, jobs, strict=True)}
        for dfut in dask_completed(dask_futs):
            yield by_key[dfut.key], dfut.result()


def _probe(scheduler: str) -> None:
    """Fail fast (SweepError) if a tcp:// scheduler address refuses connections."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    if parts.scheme not in ("tcp", "tls") or parts.hostname is None:
        raise SweepError(f"bad Dask scheduler address '{scheduler}' (expected tcp://HOST:PORT)")
    try:
        port = parts.port or 8786
        with socket.create_connection((parts.hostname, port), timeout=5.0):
            pass
    except (OSError, ValueError) as exc:
        raise SweepError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def connect_dask(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    """(client, local cluster or None); SweepError if Dask is missing or unreachable."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SweepError(
            "the dask executor needs 'dask[distributed]' (pip install 'dask[distributed]')"
        ) from None
    if scheduler is not None:
        _probe(scheduler)
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise SweepError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster


def _model_source(
    workload: str,
    workload_id: str,
    compile_options: CompileOptions | None,
    samples: str | None,
) -> ModelSource | None:
    """The :class:`ModelSource` of a model-file WORKLOAD (its model and samples read now, so
    a bad file fails before any work), or None for other workloads."""
    from aimcsim.compiler import CompileOptions, load_model, load_samples

    if not workload_id.startswith("model:"):
        if compile_options is not None or samples is not None:
            raise SweepError(
                "compiler options and --samples apply to a model file (.onnx or .toml), not "
                f"to '{workload}'"
            )
        return None
    try:
        load_model(workload)
        if samples is not None:
            load_samples(samples)
    except AimcSimError as exc:
        raise SweepError(str(exc)) from None
    return ModelSource(workload, compile_options or CompileOptions(), samples)


def run_sweep(
    workload: str,
    grid: dict[str, list[Any]] | Sequence[str],
    out_dir: str | Path,
    *,
    preset: str | None = None,
    config: str | None = None,
    base_overrides: Sequence[str] = (),
    random_n: int | None = None,
    seed: int = 0,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    evaluate: Evaluate | None = None,
    evaluator_id: str | None = None,
    energy_table: str | None = None,
    n_mvm: int = 64,
    functional: bool = True,
    n_samples: int | None = None,
    t_inference_s: float = 0.0,
    compile_options: CompileOptions | None = None,
    samples: str | None = None,
    progress: bool = False,
    plot: bool = True,
) -> pd.DataFrame:
    """Run a sweep and write ``OUT/sweep.csv`` (+ ``pareto.png``); returns the table.

    One row per point, sorted by point index: ``point``, the swept keys, then
    :data:`METRIC_COLUMNS`. Every input problem raises SweepError before any simulation.
    A model file as ``workload`` is compiled per point with ``compile_options`` (default
    options) and the ``samples`` ``.npz``; it needs ``preset`` or ``config``.
    """
    from aimcsim.config.loader import load_arch

    if executor not in EXECUTORS:
        raise SweepError(f"unknown executor '{executor}'{_hint(executor, EXECUTORS)}")
    if workers is not None and workers < 1:
        raise SweepError(f"--workers {workers}: must be at least 1")
    if scheduler is not None and executor != "dask":
        raise SweepError("--scheduler needs --executor dask")
    if not t_inference_s >= 0:
        raise SweepError(f"--t-inference {t_inference_s!r}: must be a time >= 0 s")
    if not isinstance(grid, dict):
        grid = parse_grid(list(grid))
    workload_id, wl_preset, wl_overrides = resolve_workload(workload)
    source = _model_source(workload, workload_id, compile_options, samples)
    if source is not None and preset is None and config is None:
        raise SweepError(
            f"sweeping the model '{workload}' needs the chip to compile it for: give "
            "--preset or --config"
        )
    if preset is None and config is None:
        # The chip the workload was compiled for, with the user's overrides on top.
        preset = wl_preset or "tiny"
        base_overrides = [*wl_overrides, *base_overrides]
    if evaluate is None:
        evaluate, default_id = default_evaluator(
            source
            if source is not None
            else workload
            if workload == STREAMING_WORKLOAD
            else workload_id.split("#")[0],
            preset,
            config,
            n_mvm,
            functional,
            n_samples,
            t_inference_s,
        )
        evaluator_id = evaluator_id or default_id
    evaluator_id = evaluator_id or str(getattr(evaluate, "__qualname__", repr(evaluate)))
    points = make_points(
        grid,
        workload_id=workload_id,
        preset=preset,
        config=config,
        base_overrides=base_overrides,
        random_n=random_n,
        seed=seed,
        evaluator_id=evaluator_id,
        energy_table=energy_table,
    )
    if executor != "serial":
        import pickle

        try:
            pickle.dumps(evaluate)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            raise SweepError(
                f"the evaluate function cannot be sent to worker processes ({exc}); use a "
                "module-level function or functools.partial of one, or --executor serial"
            ) from None
    inputs = [path for path in (workload, samples, config) if path]
    with claimed_dir(out_dir, SWEEP_DIR, SWEEP_OWNED, SWEEP_TEMPORARY, inputs) as out:
        client = cluster = None
        if executor == "dask":
            client, cluster = connect_dask(scheduler, workers)
        try:
            sims: dict[str, dict[str, Any]] = {}
            jobs: list[SweepPoint] = []
            for p in points:
                if p.sim_key in sims or any(j.sim_key == p.sim_key for j in jobs):
                    continue
                cached = _cache_path(out, p.sim_key)
                if cached.exists():
                    sims[p.sim_key] = json.loads(cached.read_text(encoding="utf-8"))
                else:
                    jobs.append(p)
            bar = _progress(len(jobs), progress)
            for p, sim in _run_jobs(jobs, evaluate, executor, workers, client):
                sim = _jsonable(sim)
                _save_cache(_cache_path(out, p.sim_key), sim)
                sims[p.sim_key] = sim
                if bar is not None:
                    bar.update(1)
            if bar is not None:
                bar.close()
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
        rows = []
        for p in points:
            sim = sims[p.sim_key]
            arch = load_arch(preset=preset, path=config, overrides=list(p.arch_overrides))
            row: dict[str, Any] = {"point": p.index, **dict(p.values)}
            row["area_mm2"] = _area(p, arch, energy_table)
            row["error"] = str(sim.get("error", ""))
            if not row["error"]:
                row["inference_cycles"] = sim.get("inference_cycles", sim.get("total_cycles"))
                row["inference_ns"] = sim.get("inference_ns", sim.get("latency_ns"))
                row["total_cycles"] = sim.get("total_cycles")
                row["latency_ns"] = sim.get("latency_ns")
                row["energy_pj"], row["inference_energy_pj"] = _cost(p, sim, arch, energy_table)
                row["mean_rel_error"] = _nan(sim.get("mean_rel_error"))
                row["top1"] = _nan(sim.get("top1"))
                if "crossbars" in sim:
                    row["crossbars"] = int(sim["crossbars"])
            rows.append(row)
        columns = ["point", *grid.keys(), *METRIC_COLUMNS]
        if source is not None:
            columns.insert(columns.index("area_mm2"), "crossbars")
        df = pd.DataFrame(rows).reindex(columns=columns)
        for col in ("inference_cycles", "total_cycles", "crossbars"):
            if col in df:  # integers, empty at failed points
                df[col] = df[col].astype("Int64")
        df = df.sort_values("point", kind="mergesort").reset_index(drop=True)
        df["pareto"] = pareto_mask(
            df["inference_ns"].to_numpy(float), df["inference_energy_pj"].to_numpy(float)
        )
        _write_atomic(out / "sweep.csv", df.to_csv(index=False, lineterminator="\n"))
        if plot:
            plot_pareto(df, out / "pareto.png")
        return df


def _area(point: SweepPoint, arch: ArchConfig, energy_table: str | None) -> float:
    """Chip area of one point in mm^2: its config and table (with area overrides)."""
    from aimcsim.energy.area import chip_area_mm2

    table = _energy_table(arch, point.energy_overrides, energy_table, f"point {point.index}")
    try:
        return chip_area_mm2(arch, table)
    except AimcSimError as exc:
        raise SweepError(f"point {point.index}: {exc}") from None


def _nan(value: Any) -> float:
    return math.nan if value is None else float(value)


def pareto_mask(latency: np.ndarray, energy: np.ndarray) -> np.ndarray:
    """True where no other point is at least as good in both and better in one (minimise);
    points with a NaN metric (failed points) are never on the front."""
    mask = np.isfinite(latency) & np.isfinite(energy)
    latency = np.where(mask, latency, np.inf)
    energy = np.where(mask, energy, np.inf)
    for i in np.flatnonzero(mask):
        better_eq = (latency <= latency[i]) & (energy <= energy[i])
        strictly = (latency < latency[i]) | (energy < energy[i])
        if np.any(better_eq & strictly):
            mask[i] = False
    return mask


def plot_pareto(df: pd.DataFrame, path: Path) -> None:
    """Inference latency vs energy scatter of the sweep with its Pareto front."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.0, 4.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.scatter(df["inference_ns"], df["inference_energy_pj"], c="tab:gray", label="points")
    front = df[df["pareto"]].sort_values("inference_ns")
    ax.plot(
        front["inference_ns"],
        front["inference_energy_pj"],
        "o-",
        c="tab:red",
        label="Pareto front",
    )
    for r in front.itertuples():
        ax.annotate(str(r.point), (r.inference_ns, r.inference_energy_pj), fontsize=8)
    ax.set_xlabel("inference latency (ns)")
    ax.set_ylabel("inference energy (pJ)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})
