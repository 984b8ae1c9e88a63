"""The analog forward of a weight layer in training: the simulator's own crossbars in the
forward pass, straight-through gradients in the backward pass.

For a layer with matrix ``W`` ``(n_out, K)``, inputs ``x`` ``(M, K)`` and learned input range
``r`` (:attr:`~aimcsim.train.onnx_torch.OnnxModule.input_ranges`), :meth:`AnalogContext.mvm`
computes, as the compiled program does:

1. on a chip with static noise management (``io.noise_management`` ``constant`` or
   ``none``, bounded DAC: :attr:`AnalogContext.learns_ranges`), ``x_s = x * R / r``: the
   layer input scaled so that ``+-r`` reaches the chip's static range ``R``
   (:func:`aimcsim.compiler.calibrate.chip_input_range`), the ``vaffine`` the compiler emits
   for a per-layer input range; the DAC clips at ``R`` (and ``io.input_range`` clips), written
   here as an explicit clamp so that the gradient of ``r`` sees the clipping (aihwkit's
   learned input range). A chip with dynamic noise management rescales every input vector to
   the DAC range, a static range would change nothing: there ``x_s = x`` and no range is
   learned (the compiler refuses one);
2. the matrix cut into crossbar blocks of ``tile.crossbar.rows x cols`` as the compiler cuts it
   (:mod:`aimcsim.compiler.mapping`; columns in the compiler's input order, the layer's
   ``input_order``), each block an
   :class:`~aimcsim.functional.tile.AnalogTile` of the chip's config: weight scaling
   (global or per column, as ``noise.weight_scaling`` says), programming noise, drift and 1/f
   read noise at ``t_inference`` with the chip's drift compensation, then per MVM noise and
   bound management, DAC, bit-serial phases, weight read noise, IR drop, output noise, ADC
   with its ``out_bound``; row blocks summed digitally;
3. ``y = (r / R) * y_s``, the post-MVM ``vaffine`` (static noise management only).

The forward value of step 2 is the simulator's, bit for bit; its gradient is that of the
ideal product ``x_s @ W.T`` (``y = ideal + (analog - ideal).detach()``): straight-through
for the DAC and ADC rounding and for the noise, which is additive. There is one noise model
in the project, and training sees exactly the chip that ``aimcsim run`` simulates.

Every training step programs the crossbars afresh from the current weights (new programming,
drift and read noise; :meth:`AnalogContext.program` with a new index, the tiles' ``repeat``);
an evaluation programs once and reads all its batches from the same crossbars.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.calibrate import STATIC_NM, chip_input_range
from aimcsim.config.arch import ArchConfig
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.tile import AnalogTile
from aimcsim.train import import_torch

torch = import_torch()

MIN_RANGE = 1e-6
"""Smallest input range (a learned range is clamped to it: r > 0)."""
RANGE_MIN_INSIDE = 0.95
"""aihwkit ``InputRangeParameter.input_min_percentage``: a range is decayed only while at
least this fraction of the layer's inputs lies inside it (:attr:`AnalogContext.inside`)."""
BLOCKS_PER_LAYER = 1 << 20
"""Crossbar ids: ``layer * BLOCKS_PER_LAYER + block`` (distinct noise streams per block)."""


class AnalogContext:
    """The chip's crossbars for the weight layers of one model (see the module docstring).

    ``arch``: the chip; ``t_inference_s``: the time after programming at which the weights
    are read (drift and read noise, with the chip's drift compensation); ``seed``: the root
    of every noise stream.
    """

    def __init__(self, arch: ArchConfig, t_inference_s: float, seed: int) -> None:
        self.arch = arch
        self.params = AnalogForwardParams.from_arch(arch)
        self.t_inference_s = float(t_inference_s)
        self.seed = int(seed)
        self.chip_range = chip_input_range(arch)
        io = arch.io
        self.learns_ranges = io.noise_management in STATIC_NM and io.inp_bound > 0
        """Whether the layers' input ranges act on this chip (and are learned)."""
        tile_range = io.input_range if io.input_range > 0 else 1.0
        clips = [io.input_range] if io.input_range > 0 else []
        self.clip_at = min([*clips, tile_range * self.chip_range])
        """Where the crossbar clips the scaled inputs ``x_s`` on a static-range chip: the
        DAC's saturation, or the tile's ``io.input_range``."""
        self.rows = int(arch.tile.crossbar.rows)
        self.cols = int(arch.tile.crossbar.cols)
        self.programming = 0
        self.inside: dict[int, bool] = {}
        """Per layer index, on a chip with static input ranges: whether at least
        :data:`RANGE_MIN_INSIDE` of the last inputs lay inside the learned range."""
        self._tiles: dict[tuple[int, int], AnalogTile] = {}

    def program(self, programming: int) -> None:
        """Start a new programming of every crossbar (index ``programming`` >= 0, the tiles'
        ``repeat``: independent noise per index); tiles are programmed lazily from the
        weights they are next given."""
        self.programming = int(programming)
        self._tiles.clear()
        self.inside.clear()

    def mvm(self, layer: Any, x: Any, w: Any, r: Any) -> Any:
        """``x @ w.T`` on the chip for ``layer`` (``x`` ``(M, K)``, ``w`` ``(n_out, K)``) with
        input range ``r`` (a 0-d tensor)."""
        if not self.learns_ranges:
            return self._straight_through(layer, x, w)
        scale = self.chip_range / torch.clamp(r, min=MIN_RANGE)
        xs = x * scale
        inside = (xs.detach().abs() <= self.clip_at).float().mean()
        self.inside[layer.index] = bool(inside >= RANGE_MIN_INSIDE)
        xs = torch.clamp(xs, -self.clip_at, self.clip_at)
        return self._straight_through(layer, xs, w) / scale

    def _straight_through(self, layer: Any, x: Any, w: Any) -> Any:
        """The crossbars' output of ``x @ w.T`` with the gradient of the exact product."""
        ideal = x @ w.t()
        with torch.no_grad():
            xn, wn = x.detach().numpy(), w.detach().numpy()
            if layer.input_order is not None:
                xn, wn = xn[:, layer.input_order], wn[:, layer.input_order]
            chip = self._crossbars(layer.index, xn, wn)
        return ideal + (torch.from_numpy(chip) - ideal).detach()

    def _crossbars(self, layer: int, x: np.ndarray, w: np.ndarray) -> np.ndarray:
        """The chip's output ``(M, n_out)`` of ``x @ w.T``: crossbar blocks of
        ``rows x cols``, row blocks summed digitally."""
        n_out, k = w.shape
        y = np.zeros((x.shape[0], n_out), dtype=np.float32)
        block = 0
        for c0 in range(0, n_out, self.cols):
            c1 = min(c0 + self.cols, n_out)
            for r0 in range(0, k, self.rows):
                r1 = min(r0 + self.rows, k)
                tile = self._tile(layer, block, w[c0:c1, r0:r1])
                y[:, c0:c1] += tile.forward(np.ascontiguousarray(x[:, r0:r1]))
                block += 1
        return y

    def _tile(self, layer: int, block: int, w: np.ndarray) -> AnalogTile:
        key = (layer, block)
        tile = self._tiles.get(key)
        if tile is None:
            tile = AnalogTile(
                w,
                self.arch.noise,
                self.params,
                seed=self.seed,
                crossbar_id=layer * BLOCKS_PER_LAYER + block,
                repeat=self.programming,
            )
            tile.program()
            tile.drift(self.t_inference_s)
            self._tiles[key] = tile
        return tile
