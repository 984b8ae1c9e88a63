"""Functional executor: runs a workload's program on values, with the crossbars' noise.

The executor interprets the same :class:`~aimcsim.isa.program.Program` the timing model
simulates, instruction by instruction, but on numbers:

* Every buffer and memory element is a vector over a batch of B samples: a tile buffer is a
  float32 array ``(B, elements)``, and so are global SRAM and DRAM. The program's sample-slot
  loop runs S = ``n_slots`` times; slot s carries samples ``s*B .. s*B+B-1``, so one run
  covers up to S*B samples (B = ceil(N / S), the last slot zero-padded).
* Scalar/control instructions (``li``, ``addi``, branches...) run per tile on 32-bit
  registers, exactly as in hardware: loops and address walks are followed, not re-derived.
* ``prog`` programs a crossbar once with the block's weights through the noise engineer's
  :class:`~aimcsim.functional.tile.AnalogTile` (programming noise drawn from the seed and the
  crossbar id, then drift to ``t_inference_s``); ``mvm`` runs its batched noisy forward pass
  (DAC, read noise, ADC) on the window's rows and columns, with the read configuration the
  last ``xcfg`` on that crossbar set (:mod:`aimcsim.functional.xcfg`; the architecture's until
  then).
* ``send`` appends a copy of the data to a FIFO per (source, destination, tag); ``recv``
  pops it, or blocks. Tiles run round-robin, each until it blocks or halts; a round without
  progress while tiles are still running is a :class:`DeadlockError`.
* Probes (from the manifest) snapshot a layer's output range of a tile buffer right before a
  given instruction runs (once per slot), giving per-layer outputs. Memory probes (``space``
  ``sram``/``dram``: layer outputs streamed through global memory) read each slot's area
  ``addr + s*stride`` at the end of the run (those areas are written by their layer only).

:func:`run_functional` runs the program twice, with the architecture as given and with an
ideal one (no device noise, perfect converters), and reports per-layer relative L2 error,
SNR and cosine similarity of the simulated against the ideal outputs, plus top-1 accuracy
when the workload has labels.
"""

from __future__ import annotations

import dataclasses
import math
import time
import weakref
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aimcsim.compiler.compile import input_to_memory
from aimcsim.compiler.graph import from_physical
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import DeadlockError, ProgramError, WorkloadError
from aimcsim.functional import metrics
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.xcfg import xcfg_params
from aimcsim.kernels.gemm import matmul_nt, single_threaded_blas
from aimcsim.workload.format import Workload, model_inputs, sample_key

_M32 = 0xFFFFFFFF
LN_EPS = 1e-5
"""Epsilon of ``vlnorm`` (fixed by the ISA)."""


MEMORY_SPACES = {"sram": 0, "dram": 1}
"""Global memory spaces a manifest probe may read (``ld``/``st`` space numbers)."""


def probe_space(probe: dict[str, Any]) -> str:
    """Where a manifest probe reads: ``"buffer"`` (a tile buffer range right before a
    program counter; probes without ``space``, as in older manifests) or a global memory
    space (``"sram"``/``"dram"``: the per-slot area, read at the end of the run)."""
    return str(probe.get("space", "buffer"))


def _wrap(v: int) -> int:
    v &= _M32
    return v - (1 << 32) if v & 0x80000000 else v


def _ieee(f: Any, *args: Any) -> np.ndarray:
    """``f(*args)`` with IEEE results (inf, NaN) for a zero divisor or a negative square
    root and no warning: the ISA defines them, a program may compute them."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(f(*args))


def ideal_arch(arch: ArchConfig) -> ArchConfig:
    """``arch`` with exact weights and perfect converters (the float reference)."""
    return dataclasses.replace(
        arch,
        noise=dataclasses.replace(arch.noise, model="ideal"),
        io=dataclasses.replace(arch.io, is_perfect=True),
    )


class ExactCrossbar:
    """A noise-free crossbar: ``forward(x) = x @ W.T`` in float32 (the ideal reference)."""

    def __init__(self, w: np.ndarray) -> None:
        self.w = np.ascontiguousarray(w, dtype=np.float32)
        self.n_out, self.n_in = w.shape

    def forward(self, x: np.ndarray, params: Any = None) -> np.ndarray:
        """``x @ W.T``; ``params`` (an ``xcfg`` read configuration) has nothing to change on an
        exact crossbar with perfect converters."""
        return matmul_nt(np.ascontiguousarray(x, dtype=np.float32), self.w)


def make_crossbar(
    w: np.ndarray,
    arch: ArchConfig,
    params: Any,
    *,
    seed: int,
    crossbar_id: int,
    t_inference_s: float,
) -> Any:
    """A programmed crossbar holding ``w`` (``(n_out, n_in)``) with ``forward(x)``.

    Ideal device + perfect IO -> :class:`ExactCrossbar`; otherwise the noise model's
    :class:`~aimcsim.functional.tile.AnalogTile` (programming noise from ``(seed,
    crossbar_id)``, then drifted to ``t_inference_s``, 0 included: aihwkit's convention, the
    1/f read noise accumulated since programming applies at every time, noise-model.md 3.5.3),
    frozen there (:meth:`~aimcsim.functional.tile.AnalogTile.freeze`: a run holds only the
    weights its crossbars read).
    """
    if arch.noise.model == "ideal" and arch.io.is_perfect:
        return ExactCrossbar(w)
    from aimcsim.functional.tile import AnalogTile

    at = AnalogTile(w, arch.noise, params, seed=seed, crossbar_id=crossbar_id)
    at.program()
    at.drift(t_inference_s)
    at.freeze()
    return at


class _Tile:
    __slots__ = (
        "buf",
        "code",
        "halted",
        "id",
        "pc",
        "probed",
        "read_cfg",
        "regs",
        "windows",
        "xbars",
    )

    def __init__(self, tid: int, code: list[Any], size: int, batch: int) -> None:
        self.id = tid
        self.pc = 0
        self.regs = [0] * 16
        self.buf = np.zeros((batch, size), dtype=np.float32)
        self.halted = False
        self.code = code
        self.xbars: dict[int, Any] = {}
        self.windows: dict[int, tuple[int, int, int, int]] = {}
        self.read_cfg: dict[int, Any] = {}  # crossbar -> forward parameters set by xcfg
        self.probed = -1


@dataclass
class ExecutionResult:
    """Outputs of one execution: model outputs and probe snapshots, each ``(N, ...)``."""

    outputs: dict[str, np.ndarray]
    probes: dict[str, np.ndarray]
    instructions: int
    wall_s: float
    alpha_by_layer: dict[int, float] = field(default_factory=dict)
    readout_warnings: list[str] = field(default_factory=list)


class Executor:
    """Interpreter of one workload on one architecture (see the module docstring)."""

    def __init__(
        self, workload: Workload, arch: ArchConfig, *, seed: int = 0, t_inference_s: float = 0.0
    ) -> None:
        self.wl = workload
        self.arch = arch
        self.seed = int(seed)
        self.t = float(t_inference_s)
        self.params = AnalogForwardParams.from_arch(arch)
        self._xcfg_cache: dict[tuple[int, ...], AnalogForwardParams] = {}
        self._blocks = workload.blocks
        self._regions: weakref.WeakValueDictionary[tuple[Any, ...], np.ndarray] = (
            weakref.WeakValueDictionary()
        )

    # ------------------------------------------------------------------ weights
    def _block_weights(self, block_id: int) -> np.ndarray:
        """Weights of block ``block_id`` (read-only float32, see
        :meth:`~aimcsim.workload.format.Workload.block_matrix`). Replicas of one weight region
        get the same array while a crossbar holds it (exact crossbars keep theirs: the ideal
        run holds each region once, not once per replica)."""
        b = self._blocks.get(block_id)
        if b is None:
            raise WorkloadError(f"{self.wl.name}: block {block_id} is not in the block table")
        region = (b["tensor"], b["row0"], b["row1"], b["col0"], b["col1"])
        w = self._regions.get(region)
        if w is None:
            w = self.wl.region_matrix(b)
            w.setflags(write=False)
            self._regions[region] = w
        return w

    # ------------------------------------------------------------------ memories
    def _mem(self, space: int, end: int) -> np.ndarray:
        arr = self.memories[space]
        if end > arr.shape[1]:
            grown = np.zeros((arr.shape[0], max(end, 2 * arr.shape[1])), dtype=np.float32)
            grown[:, : arr.shape[1]] = arr
            self.memories[space] = arr = grown
        return arr

    def _view(self, t: _Tile, addr: int, n: int) -> np.ndarray:
        if addr < 0 or addr + n > t.buf.shape[1]:
            raise ProgramError(
                f"tile {t.id} pc {t.pc}: buffer access [{addr}, {addr + n}) outside the "
                f"{t.buf.shape[1]} elements in use"
            )
        return t.buf[:, addr : addr + n]

    # ------------------------------------------------------------------ run
    def run(self, inputs: dict[str, np.ndarray]) -> ExecutionResult:
        """Execute the program on ``inputs`` (input name -> ``(N, *shape)``)."""
        t0 = time.perf_counter()
        wl = self.wl
        man = wl.manifest
        s_slots = wl.n_slots
        n = None
        for key in model_inputs(man):
            if key not in inputs:
                raise WorkloadError(f"no samples for model input {key!r}")
            n = len(inputs[key])
        if not n:
            raise WorkloadError("no input samples")
        values = wl.host_values(inputs)
        b = math.ceil(n / s_slots)
        self.batch = b
        dram_n = int(man["workload"].get("dram_elements", 0))
        self.memories = [
            np.zeros((b, 1024), dtype=np.float32),
            np.zeros((b, max(dram_n, 1)), dtype=np.float32),
        ]
        for entry in man["inputs"]:
            x = input_to_memory(values[sample_key(entry)], entry, wl.tensors)
            size = int(entry["size"])
            pad = np.zeros((s_slots * b, size), dtype=np.float32)
            pad[:n] = x
            mem = self._mem(1, entry["addr"] + s_slots * size)
            for s in range(s_slots):
                mem[:, entry["addr"] + s * size : entry["addr"] + (s + 1) * size] = pad[
                    s * b : (s + 1) * b
                ]
        for c in man.get("constants", []):
            v = wl.tensors[c["tensor"]].reshape(-1).astype(np.float32)
            mem = self._mem(1, c["addr"] + v.size)
            mem[:, c["addr"] : c["addr"] + v.size] = v[None, :]
        sizes = {int(t["id"]): int(t["buffer_elements"]) for t in man.get("tiles", [])}
        self.tiles = {
            tid: _Tile(tid, s.instructions, sizes.get(tid, 1), b)
            for tid, s in sorted(wl.program.streams.items())
        }
        self.fifos: dict[tuple[int, int, int], deque[np.ndarray]] = defaultdict(deque)
        self.probe_at: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
        self.snaps: dict[str, list[np.ndarray]] = defaultdict(list)
        for p in man.get("probes", []):
            if probe_space(p) == "buffer":
                self.probe_at[(int(p["tile"]), int(p["pc"]))].append(p)
        self.xbar_layers: dict[tuple[int, int], int] = {}  # (tile, crossbar) -> layer of its mvm
        self.barrier: dict[int, set[int]] = defaultdict(set)  # tiles waiting, per barrier id
        self.barrier_released: dict[int, set[int]] = defaultdict(set)  # may pass, per id
        self.n_running = len(self.tiles)  # tiles not halted
        count = self._schedule()
        outputs = {}
        for entry in man["outputs"]:
            size = int(entry["size"])
            mem = self._mem(1, entry["addr"] + s_slots * size)
            flat = np.concatenate(
                [
                    mem[:, entry["addr"] + s * size : entry["addr"] + (s + 1) * size]
                    for s in range(s_slots)
                ]
            )[:n]
            perm = wl.tensors.get(entry.get("perm") or "")
            outputs[entry["name"]] = from_physical(
                flat, tuple(entry["shape"]), entry["layout"], perm
            )
        for p in man.get("probes", []):
            space = probe_space(p)
            if space == "buffer":
                continue
            if space not in MEMORY_SPACES:
                raise WorkloadError(f"probe of {p['tensor']!r}: unknown space {space!r}")
            addr, stride, length = int(p["addr"]), int(p["stride"]), int(p["length"])
            mem = self._mem(MEMORY_SPACES[space], addr + (s_slots - 1) * stride + length)
            self.snaps[p["tensor"]] = [
                mem[:, addr + s * stride : addr + s * stride + length].copy()
                for s in range(s_slots)
            ]
        probes = {}
        for p in man.get("probes", []):
            snaps = self.snaps.get(p["tensor"], [])
            if snaps and len(snaps) != s_slots:
                where = f"{wl.path / 'manifest.toml'}: " if wl.path is not None else ""
                raise WorkloadError(
                    f"{where}workload.n_slots = {s_slots} disagrees with the program: the probe "
                    f"of {p['tensor']!r} (tile {p['tile']}, pc {p.get('pc')}) was reached "
                    f"{len(snaps)} times, once per slot expected"
                )
            if len(snaps) != s_slots:
                continue
            flat = np.concatenate(snaps)[:n]
            perm = wl.tensors.get(p.get("perm") or "")
            probes[p["tensor"]] = from_physical(flat, tuple(p["shape"]), p["layout"], perm)
        return ExecutionResult(
            outputs, probes, count, time.perf_counter() - t0, *self._compensation()
        )

    def _compensation(self) -> tuple[dict[int, float], list[str]]:
        """Per layer, the mean drift-compensation factor of its crossbars (mean over columns
        for per-column compensation); and every crossbar's readout warning, naming it."""
        alphas: dict[int, list[float]] = defaultdict(list)
        warnings = []
        names = {int(la["id"]): la["name"] for la in self.wl.layers}
        for (tid, xb), layer in sorted(self.xbar_layers.items()):
            tile = self.tiles[tid].xbars[xb]
            if not hasattr(tile, "alpha"):
                continue  # an exact crossbar: nothing to compensate
            alphas[layer].append(float(np.mean(tile.alpha)))
            warnings += [
                f"layer {names.get(layer, layer)} (tile {tid} crossbar x{xb}): {w}"
                for w in tile.readout_warnings
            ]
        return {k: float(np.mean(v)) for k, v in alphas.items()}, warnings

    def _schedule(self) -> int:
        total = 0
        live = [t for t in self.tiles.values()]
        while True:
            progressed = False
            for t in live:
                if t.halted:
                    continue
                k = self._step(t)
                total += k
                progressed |= k > 0
            if all(t.halted for t in live):
                return total
            if not progressed:
                stuck = [
                    f"tile {t.id} at pc {t.pc} ({t.code[t.pc].mnemonic})"
                    for t in live
                    if not t.halted
                ]
                raise DeadlockError("functional run deadlocked: " + ", ".join(stuck[:6]))

    # ------------------------------------------------------------------ interpreter
    def _step(self, t: _Tile) -> int:
        """Run tile ``t`` until it blocks or halts; returns instructions executed."""
        count = 0
        regs = t.regs
        code = t.code
        while True:
            if t.pc >= len(code):
                raise ProgramError(f"tile {t.id}: ran past the end of its stream (no halt)")
            if t.probed != t.pc:
                probes = self.probe_at.get((t.id, t.pc))
                if probes:
                    for p in probes:
                        self.snaps[p["tensor"]].append(
                            self._view(t, int(p["addr"]), int(p["length"])).copy()
                        )
                t.probed = t.pc
            ins = code[t.pc]
            m = ins.mnemonic
            o = ins.operands
            nxt = t.pc + 1
            if m == "li":
                if o[0]:
                    regs[o[0]] = _wrap(o[1])
            elif m == "addi":
                if o[0]:
                    regs[o[0]] = _wrap(regs[o[1]] + o[2])
            elif m in ("add", "sub", "mul"):
                a, bb = regs[o[1]], regs[o[2]]
                v = a + bb if m == "add" else a - bb if m == "sub" else a * bb
                if o[0]:
                    regs[o[0]] = _wrap(v)
            elif m in ("beq", "bne", "blt"):
                a, bb = regs[o[0]], regs[o[1]]
                if (m == "beq" and a == bb) or (m == "bne" and a != bb) or (m == "blt" and a < bb):
                    nxt = o[2]
            elif m == "jmp":
                nxt = o[0]
            elif m == "nop":
                pass
            elif m == "halt":
                t.halted = True
                self.n_running -= 1
                return count + 1
            elif m == "barrier":
                released = self.barrier_released[o[0]]
                if t.id in released:  # the last arrival let this tile through
                    released.discard(t.id)
                else:
                    waiting = self.barrier[o[0]]
                    waiting.add(t.id)
                    # a waiting tile is running (it halts only once released): all running
                    # tiles wait when they are as many as the waiting ones
                    if len(waiting) < self.n_running:
                        return count
                    released.update(waiting - {t.id})
                    waiting.clear()
            elif m == "recv":
                q = self.fifos.get((o[1], t.id, o[2]))
                if not q:
                    return count
                data = q.popleft()
                if data.shape[1] != o[3]:
                    raise ProgramError(
                        f"tile {t.id} pc {t.pc}: recv of {o[3]} elements "
                        f"matches a send of {data.shape[1]}"
                    )
                self._view(t, regs[o[0]], o[3])[:] = data
            elif m == "send":
                if o[1] not in self.tiles:
                    raise ProgramError(
                        f"tile {t.id} pc {t.pc}: send to tile {o[1]} that has no stream"
                    )
                self.fifos[(t.id, o[1], o[2])].append(self._view(t, regs[o[0]], o[3]).copy())
            else:
                self._data_op(t, m, o)
            count += 1
            t.probed = -1
            t.pc = nxt

    def _data_op(self, t: _Tile, m: str, o: tuple[int, ...]) -> None:
        regs = t.regs
        v = self._view
        if m == "mvm":
            xb, rin, rout, acc = o
            tile = t.xbars.get(xb)
            if tile is None:
                raise ProgramError(f"tile {t.id} pc {t.pc}: mvm on crossbar x{xb} before prog")
            self.xbar_layers.setdefault((t.id, xb), t.code[t.pc].layer)
            r0, nr, c0, nc = t.windows[xb]
            x = v(t, regs[rin], nr)
            if r0 != 0 or nr != tile.n_in:
                full = np.zeros((x.shape[0], tile.n_in), dtype=np.float32)
                full[:, r0 : r0 + nr] = x[:, : max(0, min(nr, tile.n_in - r0))]
                x = full
            y = tile.forward(x, t.read_cfg.get(xb))[:, c0 : c0 + nc]
            out = v(t, regs[rout], nc)
            if acc:
                out += y
            else:
                out[:] = y
        elif m == "prog":
            xb, block = o
            w = self._block_weights(block)
            per = self.arch.tile.crossbar.per_tile
            t.xbars[xb] = make_crossbar(
                w,
                self.arch,
                self.params,
                seed=self.seed,
                crossbar_id=t.id * per + xb,
                t_inference_s=self.t,
            )
            t.windows[xb] = (0, w.shape[1], 0, w.shape[0])
        elif m == "xwin":
            t.windows[o[0]] = (o[1], o[2], o[3], o[4])
        elif m == "xcfg":
            key = tuple(o[1:])
            params = self._xcfg_cache.get(key)
            if params is None:
                where = f"tile {t.id} pc {t.pc}: xcfg x{o[0]}"
                params = xcfg_params(self.params, self.arch, o, where)
                self._xcfg_cache[key] = params
            t.read_cfg[o[0]] = params
        elif m in ("vadd", "vsub", "vmul", "vmax", "vdiv"):
            n = o[3]
            a, bb = v(t, regs[o[1]], n), v(t, regs[o[2]], n)
            r = (
                a + bb
                if m == "vadd"
                else a - bb
                if m == "vsub"
                else a * bb
                if m == "vmul"
                else _ieee(np.divide, a, bb)
                if m == "vdiv"
                else np.maximum(a, bb)
            )
            v(t, regs[o[0]], n)[:] = r
        elif m == "vaffine":
            n = o[3]
            p = v(t, regs[o[2]], 2 * n)
            v(t, regs[o[0]], n)[:] = v(t, regs[o[1]], n) * p[:, :n] + p[:, n:]
        elif m == "vquant":
            _, _, bits, shift, n = o
            q = 2.0**shift
            lim = 2 ** (bits - 1) - 1
            a = v(t, regs[o[1]], n)
            v(t, regs[o[0]], n)[:] = np.clip(np.rint(a * q), -lim, lim) / q
        elif m in ("vcopy", "vrelu", "vsigm", "vtanh", "vgelu", "vexp", "vrecip", "vsqrt", "verf"):
            n = o[2]
            a = v(t, regs[o[1]], n)
            if m == "vcopy":
                r = a.copy()
            elif m == "vrelu":
                r = np.maximum(a, 0)
            elif m == "vsigm":
                r = 1.0 / (1.0 + np.exp(-a))
            elif m == "vtanh":
                r = np.tanh(a)
            elif m == "vgelu":
                from scipy.special import erf  # 0.1 s to import: only for models with GELU

                r = 0.5 * a * (1.0 + erf(a / np.sqrt(2.0)))
            elif m == "vrecip":
                r = _ieee(np.divide, 1.0, a)
            elif m == "vsqrt":
                r = _ieee(np.sqrt, a)
            elif m == "verf":
                from scipy.special import erf

                r = erf(a)
            else:
                r = np.exp(a)
            v(t, regs[o[0]], n)[:] = r
        elif m == "vsum":
            _, _, count, n = o
            a = v(t, regs[o[1]], count * n).reshape(-1, count, n)
            v(t, regs[o[0]], n)[:] = a.sum(axis=1)
        elif m == "vpool":
            _, _, op, kw, kh, rstride, n = o
            base = regs[o[1]]
            idx = (
                base
                + np.arange(kh)[:, None, None] * rstride
                + np.arange(kw)[None, :, None] * n
                + np.arange(n)[None, None, :]
            ).reshape(-1)
            if idx.size and (idx.min() < 0 or idx.max() >= t.buf.shape[1]):
                raise ProgramError(f"tile {t.id} pc {t.pc}: vpool window outside the buffer")
            win = t.buf[:, idx].reshape(t.buf.shape[0], kh * kw, n)
            v(t, regs[o[0]], n)[:] = win.max(axis=1) if op == 0 else win.mean(axis=1)
        elif m == "vsoftmax":
            _, _, count, n = o
            a = v(t, regs[o[1]], count * n).reshape(-1, count, n)
            e = np.exp(a - a.max(axis=2, keepdims=True))
            v(t, regs[o[0]], count * n)[:] = (e / e.sum(axis=2, keepdims=True)).reshape(
                -1, count * n
            )
        elif m == "vlnorm":
            _, _, _, count, n = o
            a = v(t, regs[o[1]], count * n).reshape(-1, count, n)
            p = v(t, regs[o[2]], 2 * n)
            mu = a.mean(axis=2, keepdims=True)
            var = a.var(axis=2, keepdims=True)
            r = (a - mu) / np.sqrt(var + LN_EPS) * p[:, None, :n] + p[:, None, n:]
            v(t, regs[o[0]], count * n)[:] = r.reshape(-1, count * n)
        elif m == "mmul":
            _, _, _, tb, mm, k, nn = o
            a = v(t, regs[o[1]], mm * k).reshape(-1, mm, k)
            bm = v(t, regs[o[2]], k * nn)
            bm = bm.reshape(-1, nn, k).transpose(0, 2, 1) if tb else bm.reshape(-1, k, nn)
            v(t, regs[o[0]], mm * nn)[:] = np.matmul(a, bm).reshape(-1, mm * nn)
        elif m == "ld":
            rd, rs, space, n = o
            addr = regs[rs]
            mem = self._mem(space, addr + n)
            v(t, regs[rd], n)[:] = mem[:, addr : addr + n]
        elif m == "st":
            rd, rs, space, n = o
            addr = regs[rd]
            mem = self._mem(space, addr + n)
            mem[:, addr : addr + n] = v(t, regs[rs], n)
        else:
            raise ProgramError(f"tile {t.id} pc {t.pc}: the executor has no model of {m!r}")


@dataclass
class LayerMetrics:
    """Simulated vs ideal output of one layer over all samples.

    ``rel_error``: ``||y - y_ideal||_F / ||y_ideal||_F`` (dimensionless); ``snr_db``:
    ``-20 log10(rel_error)``; ``cosine``: mean per-sample cosine similarity. ``analog``: the
    layer runs on crossbars; ``alpha``: the mean drift-compensation factor of its crossbars
    (NaN for digital layers).
    """

    layer: int
    name: str
    kind: str
    rel_error: float
    snr_db: float
    cosine: float
    analog: bool = False
    alpha: float = math.nan


@dataclass
class FunctionalResult:
    """What :func:`run_functional` measured."""

    layers: list[LayerMetrics]
    outputs: dict[str, np.ndarray]
    ideal_outputs: dict[str, np.ndarray]
    layer_outputs: dict[str, np.ndarray] = field(repr=False)
    ideal_layer_outputs: dict[str, np.ndarray] = field(repr=False)
    n_samples: int = 0
    top1: float | None = None
    top1_ideal: float | None = None
    instructions: int = 0
    wall_s: float = 0.0
    readout_warnings: list[str] = field(default_factory=list)

    @property
    def mean_rel_error(self) -> float:
        """Mean ``rel_error`` of the analog layers (the crossbars' error; digital layers only
        propagate it); NaN when no analog layer was probed."""
        errors = [m.rel_error for m in self.layers if m.analog]
        return float(np.mean(errors)) if errors else math.nan


def _layer_metrics(y: np.ndarray, ref: np.ndarray) -> tuple[float, float, float]:
    y2 = y.reshape(len(y), -1).astype(np.float64)
    r2 = ref.reshape(len(ref), -1).astype(np.float64)
    err = metrics.frobenius_norm(y2 - r2) / max(metrics.frobenius_norm(r2), 1e-300)
    snr = math.inf if err == 0.0 else float(-20.0 * np.log10(err))  # exact: infinite SNR
    cos = float(np.mean(metrics.cosine_similarity(y2, r2)))
    return err, snr, cos


def run_functional(
    workload: Workload,
    arch: ArchConfig,
    *,
    t_inference_s: float = 0.0,
    seed: int = 0,
    inputs: dict[str, np.ndarray] | None = None,
    n_samples: int | None = None,
    ideal_from: FunctionalResult | None = None,
) -> FunctionalResult:
    """Run ``workload`` on ``arch`` and on its ideal twin; per-layer metrics and top-1.

    ``inputs`` default to the workload's shipped samples (the first ``n_samples`` if given).
    ``ideal_from``: an earlier result on the same workload, chip and samples (at another
    inference time, say) whose ideal run is reused; the ideal run does not depend on time.
    """
    t0 = time.perf_counter()
    xs = inputs if inputs is not None else workload.inputs()
    if not xs:
        raise WorkloadError(f"workload {workload.name!r} ships no input samples; pass inputs")
    if n_samples is not None:
        xs = {k: v[:n_samples] for k, v in xs.items()}
    with single_threaded_blas():  # the same bits whatever the BLAS thread count
        sim = Executor(workload, arch, seed=seed, t_inference_s=t_inference_s).run(xs)
        if ideal_from is None:
            ref = Executor(workload, ideal_arch(arch), seed=seed, t_inference_s=0.0).run(xs)
        else:
            ref = ExecutionResult(ideal_from.ideal_outputs, ideal_from.ideal_layer_outputs, 0, 0.0)
    names = {int(la["id"]): la for la in workload.layers}
    out_layers = []
    for p in workload.manifest.get("probes", []):
        tname = p["tensor"]
        if tname not in sim.probes:
            continue
        la = names[int(p["layer"])]
        err, snr, cos = _layer_metrics(sim.probes[tname], ref.probes[tname])
        alpha = sim.alpha_by_layer.get(int(p["layer"]), math.nan)
        analog = bool(la.get("analog", False))
        out_layers.append(
            LayerMetrics(int(p["layer"]), la["name"], la["kind"], err, snr, cos, analog, alpha)
        )
    n = len(next(iter(xs.values())))
    top1 = top1_ideal = None
    labels = workload.labels if inputs is None else None
    if labels is not None and workload.manifest["outputs"]:
        oname = workload.manifest["outputs"][0]["name"]
        lab = labels[:n]
        top1 = float(np.mean(sim.outputs[oname].reshape(n, -1).argmax(1) == lab))
        top1_ideal = float(np.mean(ref.outputs[oname].reshape(n, -1).argmax(1) == lab))
    return FunctionalResult(
        out_layers,
        sim.outputs,
        ref.outputs,
        sim.probes,
        ref.probes,
        n,
        top1,
        top1_ideal,
        sim.instructions,
        time.perf_counter() - t0,
        sim.readout_warnings,
    )
