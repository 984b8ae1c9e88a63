"""Root seeds of repeated evaluations (``--repeats``): one independent programming each."""

from __future__ import annotations

import numpy as np

MAX_REPEATS = 1000
"""Most independent programmings one run or sweep point evaluates (``--repeats``)."""


def repeat_seed(root_seed: int, repeat: int) -> int:
    """Root seed of repeat ``repeat`` (0-based): the root seed itself for repeat 0 (so a
    single evaluation is the plain ``--seed`` run), else a seed derived from (root seed,
    repeat) by :class:`numpy.random.SeedSequence`."""
    if repeat == 0:
        return int(root_seed)
    seq = np.random.SeedSequence(int(root_seed), spawn_key=(int(repeat),))
    return int(seq.generate_state(1, dtype=np.uint32)[0])


def repeat_seeds(root_seed: int, repeats: int) -> list[int]:
    """Root seeds of repeats 0 .. ``repeats`` - 1."""
    return [repeat_seed(root_seed, r) for r in range(repeats)]
