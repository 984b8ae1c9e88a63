r"""``aimcsim tile-error``: MVM error of one crossbar vs inference time.

Example::

    aimcsim tile-error --weights W.npy --inputs X.npy --preset aihwkit-default \
        --set io.out_noise=0.04 --t-inference 0,1h,1d --repeats 3 --seed 0 --json
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from aimcsim.errors import NoiseModelError
from aimcsim.units import parse_times


def add_parsers(subparsers: Any) -> None:
    """Register the ``tile-error`` subcommand."""
    p = subparsers.add_parser(
        "tile-error",
        help="MVM error statistics of one crossbar vs inference time (aihwkit-style)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--weights", required=True, help="(n_out, n_in) weights, .npy")
    p.add_argument("--inputs", required=True, help="(n_vectors, n_in) inputs, .npy")
    p.add_argument("--preset", default=None, help="architecture preset (noise, io, DAC/ADC)")
    p.add_argument("--config", default=None, help="architecture TOML file")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="dotted override, repeatable",
    )
    p.add_argument("--t-inference", default="0", help="times after programming, e.g. 0,1h,1d")
    p.add_argument("--repeats", type=int, default=1, help="independent programmings")
    p.add_argument("--seed", type=int, default=0, help="root seed")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run)


def _load(path: str, what: str) -> Any:
    import numpy as np

    try:
        arr = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise
    except (ValueError, OSError) as exc:
        raise NoiseModelError(f"{path}: cannot read {what} as .npy ({exc})") from exc
    return np.asarray(arr)


def run(args: argparse.Namespace) -> int:
    from aimcsim.functional.forward import AnalogForwardParams
    from aimcsim.functional.tile_error import stderr_progress, tile_error

    """Run ``tile-error``; returns the exit code."""
    from aimcsim.config.loader import load_arch

    arch = load_arch(preset=args.preset, path=args.config, overrides=args.overrides)
    params = AnalogForwardParams.from_arch(arch)
    w = _load(args.weights, "weights")
    x = _load(args.inputs, "inputs")
    times = parse_times(args.t_inference)
    progress = stderr_progress if sys.stderr.isatty() else None
    res = tile_error(
        w, x, arch.noise, params, times, repeats=args.repeats, seed=args.seed, progress=progress
    )
    if progress is not None:
        sys.stderr.write("\n")
    for t in res.times:
        for w in t.readout_warnings:
            print(f"warning: t = {t.t_inference_s:g} s, {w}", file=sys.stderr)
    if args.json:
        print(json.dumps(res.as_dict(), indent=1))
        return 0
    print(
        f"{'t_inference_s':>14} {'rel_err_mean':>12} {'std':>8} {'median':>8} {'p95':>8} "
        f"{'snr_db':>7} {'alpha':>7}"
    )
    for t in res.times:
        print(
            f"{t.t_inference_s:14g} {t.rel_err_mean:12.5f} {t.rel_err_std:8.5f} "
            f"{t.rel_err_median:8.5f} {t.rel_err_p95:8.5f} {t.snr_db_mean:7.2f} "
            f"{t.alpha_mean:7.4f}"
        )
    return 0
