"""What an ``xcfg`` instruction does to the values of a crossbar's MVMs.

``xcfg xb, enc, in_bits, bpp, phases, gain, itime`` (isa/aimc.isa.toml) sets the read
configuration of crossbar ``xb`` until the next ``xcfg`` on it. The functional model turns it
into the :class:`~aimcsim.functional.forward.AnalogForwardParams` of that crossbar's forward
pass, field by field:

* ``enc``: input encoding (``bit_serial``: one analog read and ADC conversion per phase,
  shift-and-add; ``pulse_width``: one read of the whole code);
* ``in_bits``: DAC precision, sign included (``tile.dac.bits``);
* ``bpp``: bits per bit-serial phase (``tile.dac.bits_per_phase``);
* ``phases``: read phases averaged digitally (``tile.crossbar.read_phases``);
* ``gain``: ADC full scale times ``2^-gain`` (finer steps, earlier saturation);
* ``itime``: ADC integration time in cycles (0: the architecture's counting window,
  :func:`~aimcsim.timing.latency.adc_window_cycles`, the time the timing model charges too).
  An integrating ADC collects charge ``I * t``: its full-scale current, and so its range in
  output units, scales with ``window / itime``.

A field the model cannot honour is refused with a :class:`ProgramError` naming the
instruction: a 1-bit DAC (no magnitude code), a gain or an integration time on an unbounded
ADC (``io.out_bound = 0``), an integration time on a sampling ADC (its conversion time does
not set its range).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from aimcsim.errors import AimcSimError, ProgramError
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.timing.latency import adc_window_cycles

ENCODINGS = {0: "bit_serial", 1: "pulse_width"}
"""ISA ``enum:encoding`` codes -> ``tile.dac.encoding`` values (timing/latency.py codes)."""


def xcfg_params(
    base: AnalogForwardParams, arch: Any, operands: tuple[int, ...], where: str
) -> AnalogForwardParams:
    """The forward parameters of a crossbar after ``xcfg`` with ``operands`` (``xb, enc,
    in_bits, bpp, phases, gain, itime``). ``base``: the architecture's parameters; ``arch``:
    the architecture (its ADC and clock); ``where``: the instruction, for error messages."""
    _, enc, in_bits, bpp, phases, gain, itime = operands
    if enc not in ENCODINGS:
        raise ProgramError(f"{where}: unknown input encoding code {enc}")
    if in_bits < 2:
        raise ProgramError(
            f"{where}: in_bits = {in_bits}: the functional model needs a sign and at least one "
            "magnitude bit (in_bits >= 2)"
        )
    scale = 2.0 ** (-gain)
    if itime:
        adc = arch.tile.adc
        window = adc_window_cycles(adc.kind, adc.bits, adc.step_ps, arch.chip.clock_mhz)
        if window <= 0:
            raise ProgramError(
                f"{where}: itime = {itime} on a sampling ADC (tile.adc.kind = {adc.kind!r}): "
                "its conversion time does not set its range, the functional model cannot "
                "honour it"
            )
        scale *= window / itime
    if scale != 1.0 and base.out_bound <= 0:
        raise ProgramError(
            f"{where}: gain = {gain}, itime = {itime} on an unbounded ADC (io.out_bound = 0): "
            "there is no full scale to change"
        )
    try:
        return dataclasses.replace(
            base,
            dac_encoding=ENCODINGS[enc],
            dac_bits=int(in_bits),
            dac_bits_per_phase=int(bpp),
            read_phases=int(phases),
            out_bound_override=base.out_bound * scale if scale != 1.0 else base.out_bound_override,
        )
    except AimcSimError as exc:
        raise ProgramError(f"{where}: {exc}") from None
