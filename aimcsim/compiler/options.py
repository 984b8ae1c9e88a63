"""The compiler's options."""

from __future__ import annotations

from dataclasses import dataclass, field

from aimcsim.compiler.layer_settings import LayerSettingsTable


@dataclass(frozen=True)
class CompileOptions:
    """Options of the compiler.

    ``n_slots``: iterations of the program's sample loop (pipelined inferences in timing;
    each carries a batch of samples in the functional model). ``digital``: names of weight
    layers forced onto the DPU (``mmul``). ``pin``: layer name -> start tile of its
    crossbars. ``duplicate``: give free crossbars to the slowest conv layers as replicas.
    ``synthetic_weights``: replace every weight matrix by seeded ``N(0, 2/K)`` values that
    the workload regenerates at load time (for big models; no weights are stored).
    """

    n_slots: int = 4
    digital: tuple[str, ...] = ()
    pin: dict[str, int] = field(default_factory=dict)
    duplicate: bool = True
    synthetic_weights: bool = False
    seed: int = 0
    calibrate_input_range: str = "auto"
    """Static per-layer input-range calibration (:mod:`aimcsim.compiler.calibrate`): ``off``,
    ``absmax`` (r = max|x|), ``std`` (r = min(3 std(x), max|x|), aihwkit's
    ``init_std_alpha`` initialisation) or ``auto`` (``std`` when samples are given and the
    chip's noise management is static, ``constant`` or ``none``; else ``off``)."""
    layer_settings: LayerSettingsTable | None = None
    """Per-layer crossbar settings (:mod:`aimcsim.compiler.layer_settings`): read
    configuration, input range and copies of each analog weight layer; ``None`` = the table
    in the model's metadata (``aimcsim.layer_settings``) if it has one, else defaults."""
