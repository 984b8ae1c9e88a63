r"""``aimcsim tile-error``: MVM error of one crossbar vs inference time.

Example::

    aimcsim tile-error --weights W.npy --inputs X.npy --preset aihwkit-default \
        --set io.out_noise=0.04 --t-inference 0,1h,1d --repeats 3 --seed 0 --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from aimcsim.commands import options
from aimcsim.errors import InputFileError


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
    p.add_argument(
        "--t-inference",
        type=options.inference_times,
        default="0",
        help="times after programming, e.g. 0,1h,1d",
    )
    p.add_argument("--repeats", type=options.count, default=1, help="independent programmings")
    p.add_argument("--seed", type=options.seed, default=0, help="root seed")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run)


NPY_MAGIC = b"\x93NUMPY"
ZIP_MAGIC = b"PK\x03\x04"


def load_npy(path: str, what: str) -> Any:
    """The array of the ``.npy`` file at ``path`` (no pickled objects); an
    :class:`InputFileError` naming the file when it is missing, a directory, an ``.npz``
    archive, not a ``.npy`` file at all, or corrupt. ``what`` names its role in messages."""
    import numpy as np

    p = Path(path)
    if p.is_dir():
        raise InputFileError(f"{what} is a directory, expected a .npy file", file=path)
    try:
        with p.open("rb") as f:
            magic = f.read(len(NPY_MAGIC))
    except FileNotFoundError:
        raise InputFileError(f"{what} not found", file=path) from None
    except OSError as exc:
        raise InputFileError(f"cannot read {what}: {exc.strerror}", file=path) from None
    if magic.startswith(ZIP_MAGIC):
        raise InputFileError(
            f"{what} is an .npz archive, expected a single array saved with numpy.save (.npy)",
            file=path,
        )
    if magic != NPY_MAGIC:
        raise InputFileError(
            f"{what} is not a .npy file (no NumPy header); save the array with numpy.save",
            file=path,
        )
    try:
        return np.load(p, allow_pickle=False)
    except (ValueError, OSError, EOFError) as exc:
        raise InputFileError(f"{what} is not a readable .npy array: {exc}", file=path) from None


def run(args: argparse.Namespace) -> int:
    """Run ``tile-error``; returns the exit code."""
    from aimcsim.config.loader import load_arch
    from aimcsim.functional.forward import AnalogForwardParams
    from aimcsim.functional.tile_error import stderr_progress, tile_error

    arch = load_arch(preset=args.preset, path=args.config, overrides=args.overrides)
    params = AnalogForwardParams.from_arch(arch)
    w = load_npy(args.weights, "weights")
    x = load_npy(args.inputs, "inputs")
    times = args.t_inference
    progress = stderr_progress if sys.stderr.isatty() else None
    res = tile_error(
        w,
        x,
        arch.noise,
        params,
        times,
        repeats=args.repeats,
        seed=args.seed,
        progress=progress,
        names=(f"weights {args.weights}", f"inputs {args.inputs}"),
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
