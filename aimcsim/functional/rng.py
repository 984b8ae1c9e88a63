"""Per-(crossbar, purpose) random generators derived from one root seed.

``derive_rng(root, crossbar_id, purpose, *extra)`` builds
``Generator(PCG64(SeedSequence(entropy=root, spawn_key=(crossbar_id, purpose, *extra))))``:
each stream depends only on its key, never on how many other streams were used before, so
results do not depend on execution order or on the number of worker processes.
"""

from __future__ import annotations

import enum

import numpy as np

from aimcsim.errors import NoiseModelError


class Purpose(enum.IntEnum):
    """What a random stream is used for (part of its spawn key)."""

    PROGRAM = 1  # programming noise and drift exponents (once per programming)
    DRIFT = 2  # drift-time read noise (once per drift() call)
    READOUT = 3  # drift-compensation readout forward noise
    FORWARD = 4  # per-MVM noise of the analog forward pass
    ADC_OFFSET = 5  # static ADC offsets of a crossbar
    READOUT_PROBES = 6  # the probe vectors of the drift-compensation readout (fixed)


def time_key(t_s: float) -> tuple[int, int]:
    """Two 32-bit integers identifying a float time exactly (for spawn keys)."""
    bits = int(np.float64(t_s).view(np.uint64))
    return bits >> 32, bits & 0xFFFFFFFF


def derive_rng(
    root_seed: int, crossbar_id: int, purpose: Purpose, *extra: int
) -> np.random.Generator:
    """Generator for ``(crossbar_id, purpose, *extra)`` under ``root_seed`` (all >= 0)."""
    key = (int(crossbar_id), int(purpose), *(int(e) for e in extra))
    if int(root_seed) < 0 or any(k < 0 for k in key):
        raise NoiseModelError(
            f"seeds and stream keys must be >= 0, got seed={root_seed}, key={key}"
        )
    return np.random.Generator(
        np.random.PCG64(np.random.SeedSequence(int(root_seed), spawn_key=key))
    )


class NoiseStream:
    """The per-MVM noise stream of the MVM kernels: a 64-bit seed and a counter of window keys.

    The seed is drawn once from an injected generator; each kernel call reserves a block of
    noise-window keys with :meth:`take` (one key per vector, pass and read). A key hashes to a
    start and a sign in the process-wide pre-drawn Gaussian pool
    (:func:`aimcsim.kernels.rng.gauss_pool`), so a sequence of calls is reproducible, cheap (no
    generator call and no Gaussian generation per MVM) and independent of thread counts.
    """

    def __init__(self, rng: np.random.Generator) -> None:
        self.seed = np.uint64(rng.integers(0, 2**63, dtype=np.int64))
        self.offset = 0

    def take(self, n: int) -> np.uint64:
        """Reserve ``n`` window keys; returns the first one."""
        start = self.offset
        self.offset += int(n)
        return np.uint64(start)
