"""The training loop of ``aimcsim train``: a seeded split, epochs of hardware-aware steps,
validation in float and on the chip, the best epoch kept.

Deterministic on CPU: torch is seeded and held to deterministic algorithms on one thread,
the crossbars' noise streams derive from the seed, the programming index and the crossbar
(:mod:`aimcsim.train.analog`), and BLAS runs one-threaded, so one seed gives the same
weights bit for bit.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aimcsim.compiler.calibrate import MAX_SAMPLES, range_of
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import TrainError
from aimcsim.kernels.gemm import single_threaded_blas
from aimcsim.train import import_torch
from aimcsim.train.analog import MIN_RANGE, AnalogContext
from aimcsim.train.onnx_torch import OnnxModule

torch = import_torch()
log = logging.getLogger(__name__)

RANGE_DECAY = 1e-3
"""aihwkit ``InputRangeParameter.decay``: pull of each learned range towards zero, added to
the loss on a chip that clips its inputs, while enough of the layer's inputs lie inside it
(:attr:`AnalogContext.inside`)."""
RANGE_STD_ALPHA = 3.0
"""Initial range ``min(3 std(x), max|x|)`` on the first training samples (aihwkit
``init_std_alpha``; the compiler's ``--calibrate-input-range std``)."""


@dataclass(frozen=True)
class TrainOptions:
    """How to train: ``epochs``, Adam learning rate ``lr``, ``batch_size``,
    ``t_inference_s`` (seconds after programming at which the chip is read),
    ``val_fraction`` of the samples held out for validation, root ``seed``,
    ``weight_clip_sigma``: after every step each weight layer's weights are clipped to
    ``+-weight_clip_sigma * std`` of the layer (aihwkit ``WeightClipType.LAYER_GAUSSIAN``,
    whose default is 2.5; 2.0 recovered more on both digits models; 0 = off), so that the
    largest weight, which maps to the largest conductance, is not an outlier and the others
    keep their share of the conductance range;
    ``val_programmings``: independent programmings the validation top-1 on the chip is
    averaged over."""

    epochs: int = 10
    lr: float = 1e-3
    batch_size: int = 64
    t_inference_s: float = 0.0
    val_fraction: float = 0.2
    seed: int = 0
    weight_clip_sigma: float = 2.0
    val_programmings: int = 3


@dataclass
class TrainResult:
    """The trained module (the best epoch's weights), its validation top-1 (fractions) in
    float and on the chip, the learned input range of each weight layer (by name; none on a
    chip with dynamic noise management, where ranges change nothing), and one record per
    epoch (epoch 0: before training)."""

    module: OnnxModule
    float_top1: float
    chip_top1: float
    best_epoch: int
    n_train: int
    n_val: int
    input_ranges: dict[str, float] = field(default_factory=dict)
    history: list[dict[str, float]] = field(default_factory=list)


@contextlib.contextmanager
def deterministic_torch(seed: int) -> Iterator[None]:
    """Seeded, deterministic, one-threaded torch (restored afterwards)."""
    threads = torch.get_num_threads()
    was = torch.are_deterministic_algorithms_enabled()
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    try:
        with single_threaded_blas():
            yield
    finally:
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(was)


def split(n: int, val_fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Seeded permutation of ``n`` samples into (train, validation) indices."""
    n_val = round(n * val_fraction)
    if n_val < 1 or n - n_val < 1:
        raise TrainError(
            f"--val-fraction {val_fraction:g} of {n} samples leaves no training or no "
            "validation sample"
        )
    order = np.random.default_rng(seed).permutation(n)
    return np.sort(order[n_val:]), np.sort(order[:n_val])


def train(
    module: OnnxModule,
    arch: ArchConfig,
    samples: Mapping[str, np.ndarray],
    labels: np.ndarray,
    opts: TrainOptions,
) -> TrainResult:
    """Fine-tune ``module`` on ``samples`` / ``labels`` against ``arch`` (see the module
    docstring); progress per epoch on the log."""
    n = int(labels.shape[0])
    tr, va = split(n, opts.val_fraction, opts.seed)
    xs = {k: torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in samples.items()}
    y = torch.from_numpy(labels.astype(np.int64))
    ctx = AnalogContext(arch, opts.t_inference_s, opts.seed)
    with deterministic_torch(opts.seed):
        _init_ranges(module, {k: v[tr[:MAX_SAMPLES]] for k, v in xs.items()})
        opt = torch.optim.Adam(module.parameters(), lr=opts.lr)
        rng = np.random.default_rng(opts.seed)
        history = [_validate(module, ctx, xs, y, va, opts, 0, float("nan"))]
        best = (history[0]["chip_top1"], copy.deepcopy(module.state_dict()), 0)
        step = 0
        for epoch in range(1, opts.epochs + 1):
            order = tr[rng.permutation(len(tr))]
            losses = []
            for i in range(0, len(order), opts.batch_size):
                idx = order[i : i + opts.batch_size]
                step += 1
                losses.append(_step(module, ctx, opt, xs, y, idx, step))
                _clip_weights(module, opts.weight_clip_sigma)
            rec = _validate(module, ctx, xs, y, va, opts, epoch, float(np.mean(losses)))
            history.append(rec)
            if rec["chip_top1"] > best[0]:
                best = (rec["chip_top1"], copy.deepcopy(module.state_dict()), epoch)
        module.load_state_dict(best[1])
    rec = history[best[2]]
    return TrainResult(
        module,
        rec["float_top1"],
        rec["chip_top1"],
        best[2],
        len(tr),
        len(va),
        _learned_ranges(module) if ctx.learns_ranges else {},
        history,
    )


def _learned_ranges(module: OnnxModule) -> dict[str, float]:
    ranges = module.input_ranges.detach()
    return {la.name: float(ranges[la.index]) for la in module.layers}


def _init_ranges(module: OnnxModule, xs: dict[str, Any]) -> None:
    with torch.no_grad():
        for la, x in zip(module.layers, module.record_inputs(xs), strict=True):
            r = range_of(x.numpy(), "std", RANGE_STD_ALPHA)
            module.input_ranges[la.index] = r if r > MIN_RANGE else 1.0


def _step(
    module: OnnxModule,
    ctx: AnalogContext,
    opt: Any,
    xs: dict[str, Any],
    y: Any,
    idx: np.ndarray,
    step: int,
) -> float:
    """One optimiser step on the samples ``idx`` through freshly programmed crossbars."""
    module.analog = ctx
    ctx.program(2 * step + 1)
    t = torch.from_numpy(idx)
    logits = module({k: v[t] for k, v in xs.items()})[0]
    loss = torch.nn.functional.cross_entropy(logits.reshape(len(idx), -1), y[t])
    decay = [module.input_ranges[i] for i, inside in ctx.inside.items() if inside]
    total = loss + RANGE_DECAY * torch.stack(decay).sum() if decay else loss
    opt.zero_grad()
    total.backward()
    opt.step()
    with torch.no_grad():
        module.input_ranges.clamp_(min=MIN_RANGE)
    module.analog = None
    return float(loss.detach())


def _clip_weights(module: OnnxModule, sigma: float) -> None:
    """Clip every weight layer's weights to ``+-sigma`` standard deviations (0: no clip)."""
    if sigma <= 0:
        return
    with torch.no_grad():
        for name in {la.weight for la in module.layers}:
            w = module.tensor(name)
            bound = float(sigma * w.std()) if w.numel() > 1 else 0.0
            if bound > 0:
                w.clamp_(-bound, bound)


def _top1(
    module: OnnxModule, xs: dict[str, Any], y: Any, idx: np.ndarray, batch_size: int
) -> float:
    hits = 0
    with torch.no_grad():
        for i in range(0, len(idx), batch_size):
            t = torch.from_numpy(idx[i : i + batch_size])
            logits = module({k: v[t] for k, v in xs.items()})[0]
            hits += int((logits.reshape(len(t), -1).argmax(dim=1) == y[t]).sum())
    return hits / len(idx)


def _validate(
    module: OnnxModule,
    ctx: AnalogContext,
    xs: dict[str, Any],
    y: Any,
    va: np.ndarray,
    opts: TrainOptions,
    epoch: int,
    loss: float,
) -> dict[str, float]:
    """Validation top-1 in float and on the chip (mean over ``opts.val_programmings``
    programmings, even indices: training steps use the odd ones)."""
    float_top1 = _top1(module, xs, y, va, opts.batch_size)
    module.analog = ctx
    chip = []
    try:
        for k in range(opts.val_programmings):
            ctx.program(2 * k)
            chip.append(_top1(module, xs, y, va, opts.batch_size))
    finally:
        module.analog = None
    chip_top1 = float(np.mean(chip))
    what = "before training" if epoch == 0 else f"train loss {loss:.4f}"
    log.info(
        "epoch %d: %s, validation top-1 %.2f %% float, %.2f %% on the chip",
        epoch,
        what,
        100 * float_top1,
        100 * chip_top1,
    )
    return {"epoch": epoch, "loss": loss, "float_top1": float_top1, "chip_top1": chip_top1}
