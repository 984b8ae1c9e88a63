"""CLI subcommand ``train``: hardware-aware fine-tuning of an ONNX model for a chip."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from aimcsim.commands import options
from aimcsim.commands.config import add_arch_arguments, arch_from_args

MAX_CLIP_SIGMA = 100.0
"""Largest ``--weight-clip-sigma`` (beyond it nothing is ever clipped)."""


def _number(what: str, low: float, high: float, *, low_open: bool, high_open: bool) -> Any:
    """An argparse ``type``: a finite number in the interval from ``low`` to ``high``."""
    left, right = "(" if low_open else "[", ")" if high_open else "]"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number ({what}), got {text!r}") from None
        inside = (value > low if low_open else value >= low) and (
            value < high if high_open else value <= high
        )
        if not (math.isfinite(value) and inside):
            raise argparse.ArgumentTypeError(
                f"{what} must be in {left}{low:g}, {high:g}{right}, got {text!r}"
            )
        return value

    parse.__name__ = what
    return parse


_learning_rate = _number("a learning rate", 0.0, 1.0, low_open=True, high_open=False)
_fraction = _number("the validation fraction", 0.0, 1.0, low_open=True, high_open=True)
_clip_sigma = _number("a clip in sigmas", 0.0, MAX_CLIP_SIGMA, low_open=False, high_open=False)


def _one_time(text: str) -> float:
    times = options.inference_times(text)
    if len(times) != 1:
        raise argparse.ArgumentTypeError(f"expected one inference time, got {text!r}")
    return times[0]


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``train``."""
    p = subparsers.add_parser(
        "train",
        help="hardware-aware training: fine-tune an ONNX model against the chip's noise",
        description="Fine-tune MODEL (ONNX) with the non-idealities of the chip given by "
        "--preset/--config/--set in the forward pass (the simulator's own crossbars; "
        "straight-through gradients) and learned per-layer input ranges; write the "
        "retrained model (same graph, new weights, metadata) and OUT.layers.toml. "
        "Needs torch: pip install 'aimcsim[train]'.",
    )
    p.add_argument("model", metavar="MODEL", help="ONNX model file")
    add_arch_arguments(p)
    p.add_argument(
        "--samples",
        required=True,
        metavar="NPZ",
        help="training samples: arrays named like the model inputs (or a workload's "
        "'input.<name>') and 'labels'",
    )
    p.add_argument("--epochs", type=options.count, default=10, help="epochs (default 10)")
    p.add_argument("--lr", type=_learning_rate, default=1e-3, help="Adam learning rate (1e-3)")
    p.add_argument(
        "--batch-size", type=options.count, default=64, metavar="B", help="batch size (64)"
    )
    p.add_argument(
        "--t-inference",
        type=_one_time,
        default=0.0,
        metavar="T",
        help="time after programming at which the chip is read in training (e.g. 1d; default 0)",
    )
    p.add_argument(
        "--val-fraction",
        type=_fraction,
        default=0.2,
        metavar="F",
        help="fraction of the samples held out for validation (default 0.2)",
    )
    p.add_argument(
        "--weight-clip-sigma",
        type=_clip_sigma,
        default=2.0,
        metavar="S",
        help="after every step, clip each layer's weights to +-S standard deviations "
        "(aihwkit's layer-Gaussian clip; default 2, 0 = off)",
    )
    p.add_argument("--seed", type=options.seed, default=0, help="root seed (default 0)")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.onnx",
        help="retrained model (a new file or an earlier 'aimcsim train' output); "
        "OUT.layers.toml is written beside it",
    )
    p.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    from aimcsim.train import import_torch

    import_torch()
    from aimcsim.output_path import OutputBatch, check_output_file
    from aimcsim.train.data import load_model, load_training_samples
    from aimcsim.train.export import (
        SETTINGS_FILE,
        layer_settings_toml,
        model_file_kind,
        settings_path,
        trained_model,
    )
    from aimcsim.train.layout import compiler_input_orders
    from aimcsim.train.loop import TrainOptions, train
    from aimcsim.train.onnx_torch import OnnxModule

    inputs = [p for p in (args.model, args.samples, args.config) if p]
    model = load_model(args.model)
    kind = model_file_kind(model)
    check_output_file(args.output, kind, inputs)
    check_output_file(settings_path(args.output), SETTINGS_FILE, inputs)
    arch = arch_from_args(args)
    module = OnnxModule(model, args.model)
    orders = compiler_input_orders(model, Path(args.model).stem)
    for layer in module.layers:
        layer.input_order = orders.get(layer.name)
    samples, labels = load_training_samples(args.samples, model)
    opts = TrainOptions(
        epochs=args.epochs,
        lr=args.lr,
        batch_size=args.batch_size,
        t_inference_s=args.t_inference,
        val_fraction=args.val_fraction,
        seed=args.seed,
        weight_clip_sigma=args.weight_clip_sigma,
    )
    res = train(module, arch, samples, labels, opts)
    info = {
        "preset": args.preset,
        "config": args.config,
        "overrides": list(args.overrides),
        "epochs": opts.epochs,
        "lr": opts.lr,
        "batch_size": opts.batch_size,
        "seed": opts.seed,
        "t_inference_s": opts.t_inference_s,
        "val_fraction": opts.val_fraction,
        "weight_clip_sigma": opts.weight_clip_sigma,
        "n_train": res.n_train,
        "n_val": res.n_val,
        "best_epoch": res.best_epoch,
        "chip_top1": res.chip_top1,
    }
    params = {name: module.tensor(name).detach().numpy() for name in module.param_key}
    toml_text = layer_settings_toml(res.input_ranges)
    out = trained_model(model, params, toml_text, res.float_top1, info)
    with OutputBatch() as batch:
        batch.file(args.output, out.SerializeToString(), kind, inputs)
        batch.file(settings_path(args.output), toml_text, SETTINGS_FILE, inputs)
    ranges = ", ".join(f"{k}={v:.3g}" for k, v in res.input_ranges.items()) or (
        "none learned (the chip's noise management rescales every input vector)"
    )
    print(
        f"exported epoch {res.best_epoch} of {opts.epochs}: validation top-1 "
        f"{100 * res.float_top1:.2f} % float, {100 * res.chip_top1:.2f} % on the chip "
        f"({res.n_val} samples)\ninput ranges: {ranges}\n"
        f"wrote {args.output} and {settings_path(args.output)}"
    )
    return 0
