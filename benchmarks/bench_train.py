"""Hardware-aware training on the digits workloads: accuracy recovered on the simulated chip.

Run: ``python benchmarks/bench_train.py [-o DIR]`` (from the repository root; needs the
``train`` and ``dev`` extras: torch and scikit-learn). For each case below it

1. writes the training split of scikit-learn's digits (the 70 % the shipped models were
   trained on, ``workloads/models.py:digits_split``) as ``DIR/<workload>-train.npz``: the
   shipped ``tensors.npz`` holds the other 30 %, the held-out test samples;
2. ``aimcsim train`` the shipped model on the chip, read at ``--t-inference 1d``;
3. ``aimcsim compile`` the conventional (shipped) and the retrained model for the chip with
   the held-out samples, and ``aimcsim run`` both at 0 and 1 d with ``--repeats 5``
   (independent programmings; the table shows their mean top-1).

It prints the README table and every command it ran. Exit code 1 when a case recovers less
than half of the gap between the float model and the conventional model at 1 d.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "workloads"))

from aimcsim.cli import main as aimcsim  # noqa: E402

CASES = [
    ("cnn-digits", "tiny", ("tile.adc.bits=5",)),
    ("mlp-digits", "tiny", ("tile.adc.bits=4",)),
    ("cnn-digits", "yu2025-rram", ()),
    ("mlp-digits", "yu2025-rram", ()),
]
TIMES = ("0", "1d")
REPEATS = 5
EPOCHS = 20


def run(args: list[str]) -> None:
    print("$ aimcsim " + shlex.join(args), flush=True)
    if aimcsim(args) != 0:
        raise SystemExit(f"aimcsim {args[0]} failed")


def write_train_split(workload: str, out: Path) -> Path:
    from models import digits_split

    xtr, _, ytr, _ = digits_split(0)
    shape = (-1, 1, 8, 8) if workload.startswith("cnn") else (-1, 64)
    path = out / f"{workload}-train.npz"
    np.savez(path, x=xtr.reshape(shape), labels=ytr)
    return path


def top1(
    model: Path, workload: str, preset: str, sets: tuple[str, ...], out: Path, tag: str
) -> dict[str, float]:
    """Mean top-1 (percent) over REPEATS programmings at each of TIMES on the held-out
    samples of ``workload``, and the float top-1."""
    wl = out / f"{tag}-wl"
    tests = ROOT / "workloads" / workload / "tensors.npz"
    run(["-q", "compile", str(model), "--preset", preset, "--samples", str(tests), "-o", str(wl)])
    res: dict[str, float] = {}
    for t in TIMES:
        rep = out / f"{tag}-{t}"
        sets_args = [a for s in sets for a in ("--set", s)]
        run(
            [
                "-q",
                "run",
                str(wl),
                *sets_args,
                "--t-inference",
                t,
                "--repeats",
                str(REPEATS),
                "-o",
                str(rep),
            ]
        )
        summary = json.loads((rep / "run.json").read_text())["summary"]
        res[t] = 100 * summary["top1_mean"]
        res["float"] = 100 * summary["top1_ideal"]
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-o", "--output", help="working directory (default: a temporary one)")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument(
        "--train-args", default="", help="more 'aimcsim train' options, e.g. '--lr 3e-3'"
    )
    ap.add_argument(
        "--case", default="", help="run only the cases whose 'workload-preset' contains this"
    )
    args = ap.parse_args()
    out = Path(args.output or tempfile.mkdtemp(prefix="bench-train-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    ok = True
    for workload, preset, sets in CASES:
        if args.case not in f"{workload}-{preset}":
            continue
        case = out / f"{workload}-{preset}"
        case.mkdir(exist_ok=True)
        model = ROOT / "workloads" / workload / "model.onnx"
        train_npz = write_train_split(workload, case)
        hwa = case / f"{workload}.hwa.onnx"
        sets_args = [a for s in sets for a in ("--set", s)]
        run(
            [
                "-q",
                "train",
                str(model),
                "--preset",
                preset,
                *sets_args,
                "--samples",
                str(train_npz),
                "--epochs",
                str(args.epochs),
                "--t-inference",
                "1d",
                "-o",
                str(hwa),
                *shlex.split(args.train_args),
            ]
        )
        conv = top1(model, workload, preset, sets, case, "conventional")
        aware = top1(hwa, workload, preset, sets, case, "hwa")
        gap = conv["float"] - conv["1d"]
        recovered = (aware["1d"] - conv["1d"]) / gap if gap > 0 else float("nan")
        ok &= bool(recovered >= 0.5) if gap >= 5 else True
        rows.append((workload, preset, sets, conv, aware, recovered))
    print(
        "\n| workload | chip | float: conventional / hardware-aware | conventional 0 / 1 d "
        "| hardware-aware 0 / 1 d | gap recovered at 1 d |\n|---|---|---|---|---|---|"
    )
    for workload, preset, sets, conv, aware, recovered in rows:
        chip = preset + "".join(f", `{s}`" for s in sets)
        print(
            f"| {workload} | {chip} | {conv['float']:.2f} / {aware['float']:.2f} "
            f"| {conv['0']:.2f} / {conv['1d']:.2f} | {aware['0']:.2f} / {aware['1d']:.2f} "
            f"| {100 * recovered:.0f} % |"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
