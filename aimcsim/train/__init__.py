"""Hardware-aware training (``aimcsim train``): fine-tune an ONNX model against the simulated
chip's own non-idealities and export it with its learned per-layer input ranges.

* :mod:`aimcsim.train.onnx_torch`: an ONNX graph run as a torch module, its weight-layer
  initialisers trainable (operators: :mod:`aimcsim.train.ops`);
* :mod:`aimcsim.train.analog`: the analog forward of the weight layers, values from the
  simulator's own crossbar model, gradients straight through;
* :mod:`aimcsim.train.loop`: data split, epochs, validation;
* :mod:`aimcsim.train.export`: the retrained ONNX (same graph, new initialisers) with its
  metadata, and the layer-settings table of the learned ranges.

torch is an optional dependency (``pip install -e '.[train]'``); it is imported only here,
through :func:`import_torch`.
"""

from __future__ import annotations

from typing import Any

from aimcsim.errors import TrainError

INSTALL_HINT = "hardware-aware training needs torch: pip install 'aimcsim[train]'"


def import_torch() -> Any:
    """The ``torch`` module, or a :class:`TrainError` with the install hint."""
    try:
        import torch
    except ImportError:
        raise TrainError(INSTALL_HINT) from None
    return torch
