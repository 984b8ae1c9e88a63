"""Functional (value) model: weight mapping, device noise, analog forward pass, metrics.

Public entry points: :class:`~aimcsim.functional.tile.AnalogTile` (program / drift / forward of
one crossbar), :func:`~aimcsim.functional.forward.analog_forward`,
:func:`~aimcsim.functional.tile_error.tile_error` and the noise models of
:mod:`aimcsim.functional.noise_models`.
"""
