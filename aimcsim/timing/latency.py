"""Pure latency formulas of the timing model: every number of cycles the model uses.

Each function maps configuration values (and instruction operands) to an exact integer
number of clock cycles. They hold no state and know nothing of SimPy, so tests can check
them against hand-computed values and the timing tests can derive expected cycle counts
from the same closed forms the model uses.

Crossbar MVM (one instruction on one crossbar)
    An input vector is applied in ``n_in`` *input phases*: bit-serial inputs take
    ``ceil(in_bits / bits_per_phase)`` phases of ``dac.cycles_per_phase`` cycles each;
    pulse-width inputs take one phase of ``2^(in_bits-1) * dac.cycles_per_pulse_step``
    cycles. Each input phase is read ``read_phases`` times (1: one-phase read; 4: HERMES
    four-phase read). After each read phase the bit lines settle for
    ``crossbar.settle_cycles``. The ADC bank then converts the active columns in
    ``rounds = ceil(active_cols / adcs)`` rounds through the column multiplexer.

ADC conversion time (``tile.adc.kind``, ``bits``, ``step_ps``, ``conversion_cycles``)
    A converter needs ``steps`` steps of ``step_ps`` picoseconds, rounded up to whole
    cycles once per conversion: ``step_cycles = ceil(steps * step_ps * clock_mhz / 1e6)``.

    =============  ================  ==============================================
    kind           steps             one column sample
    =============  ================  ==============================================
    flash          0                 ``conversion_cycles``
    sar            ``bits``          ``conversion_cycles + step_cycles``
    ramp           ``2^bits``        ``conversion_cycles + step_cycles``
    integrating    ``2^bits``        counts during the read phase, which lasts
                                     ``max(input phase, step_cycles)``; then a
                                     readout of ``conversion_cycles`` per round
    =============  ================  ==============================================

    A sampling ADC (flash, sar, ramp) converts after every read phase; an integrating ADC
    (HERMES CCO) integrates during the read phases and only its readout follows, once per
    input phase::

        sampling:     n_in * read_phases * (phase + settle + rounds * sample)
        integrating:  n_in * (read_phases * (max(phase, window) + settle) + rounds * readout)

    HERMES (integrating, pulse width, 8-bit inputs, 1-cycle steps, settle 1, 8-bit CCO of
    300 ps/LSB: window ceil(256 * 0.3) = 77 <= 128, readout 4, 256 ADCs): one-phase
    128 + 1 + 4 = 133 cycles, four-phase 4 * (128 + 1) + 4 = 520 cycles.

Network (2-D mesh, XY routing, see :mod:`aimcsim.timing.mesh`)
    A message of ``payload_bytes`` is ``ceil(payload_bytes / link_bytes)`` payload flits,
    split into packets of at most ``max_packet_flits`` payload flits, each with
    ``header_flits`` header flits. Unloaded packet-mode latency from the send's start to
    the arrival of the last flit is exactly ``hops * router_delay + total_flits``. Circuit
    mode sends payload flits only, after setting the path up:
    ``hops * (circuit_setup_per_hop + router_delay) + payload_flits``.

DPU
    ``startup + ceil(len / lanes) * class_cycles`` for element-wise ops; reductions pay the
    class cycles per operand vector, normalisations per row and pass (three passes);
    the digital matmul takes ``startup + ceil(m * k * n / macs_per_cycle)``.

Memories
    ``latency + ceil(bytes / bytes_per_cycle)``; the bank or channel is occupied for the
    ``ceil(bytes / bytes_per_cycle)`` transfer cycles only (the access latency pipelines).
"""

from __future__ import annotations

import math

BIT_SERIAL = 0
"""Code of the bit-serial input encoding (the ISA's ``enum:encoding``)."""

PULSE_WIDTH = 1
"""Code of the pulse-width input encoding."""

NORMALISATION_PASSES = 3
"""Passes over the data of a softmax or layer norm (max/mean, sum/variance, scale)."""


def ceil_div(a: int, b: int) -> int:
    """``ceil(a / b)`` for non-negative integers ``a`` and positive ``b``."""
    return -(-a // b)


# ------------------------------------------------------------------------------ crossbar
def input_phases(
    encoding: int,
    in_bits: int,
    bits_per_phase: int,
    cycles_per_phase: int,
    cycles_per_pulse_step: int,
) -> tuple[int, int]:
    """(number of input phases, cycles of one input phase) of one MVM's input vector.

    Bit-serial: ``ceil(in_bits / bits_per_phase)`` phases of ``cycles_per_phase`` cycles.
    Pulse-width: one phase of ``2^(in_bits-1) * cycles_per_pulse_step`` cycles (the sign
    is applied by the driver polarity, the magnitude needs up to 2^(in_bits-1) steps).
    """
    if encoding == PULSE_WIDTH:
        return 1, (1 << (in_bits - 1)) * cycles_per_pulse_step
    return ceil_div(in_bits, bits_per_phase), cycles_per_phase


def adc_rounds(active_cols: int, adcs: int) -> int:
    """Conversion rounds through the column multiplexer: ``ceil(active_cols / adcs)``."""
    return ceil_div(active_cols, adcs)


ADC_FLASH, ADC_SAR, ADC_RAMP, ADC_INTEGRATING = "flash", "sar", "ramp", "integrating"
"""Values of ``tile.adc.kind``."""

_CEIL_TOLERANCE = 1e-9
"""Slack under which a step time counts as a whole number of cycles (float rounding)."""


def adc_steps(kind: str, bits: int) -> int:
    """Conversion steps of one sample: 0 (flash), ``bits`` (sar), ``2^bits`` (ramp,
    integrating). ValueError for an unknown kind."""
    if kind == ADC_FLASH:
        return 0
    if kind == ADC_SAR:
        return bits
    if kind in (ADC_RAMP, ADC_INTEGRATING):
        return 1 << bits
    raise ValueError(f"unknown ADC kind {kind!r}")


def adc_step_cycles(steps: int, step_ps: float, clock_mhz: float) -> int:
    """Cycles of ``steps`` conversion steps of ``step_ps`` ps at ``clock_mhz``, rounded up:
    ``ceil(steps * step_ps * clock_mhz / 1e6)``."""
    return max(0, math.ceil(steps * step_ps * clock_mhz / 1e6 - _CEIL_TOLERANCE))


def adc_sample_cycles(
    kind: str, bits: int, step_ps: float, fixed_cycles: int, clock_mhz: float
) -> int:
    """Cycles one ADC spends on one column sample after the read phase: the whole
    conversion of a sampling ADC (``fixed_cycles`` + step time), the readout of an
    integrating one (``fixed_cycles``; its counting overlaps the read phase)."""
    if kind == ADC_INTEGRATING:
        return fixed_cycles
    return fixed_cycles + adc_step_cycles(adc_steps(kind, bits), step_ps, clock_mhz)


def adc_window_cycles(kind: str, bits: int, step_ps: float, clock_mhz: float) -> int:
    """Counting window of an integrating ADC (``ceil(2^bits * step_ps * clock_mhz / 1e6)``
    cycles), the shortest read phase it allows; 0 for a sampling ADC."""
    if kind != ADC_INTEGRATING:
        return 0
    return adc_step_cycles(adc_steps(kind, bits), step_ps, clock_mhz)


def mvm_cycles(
    n_input_phases: int,
    input_phase_cycles: int,
    read_phases: int,
    settle_cycles: int,
    adc_rounds: int,
    sample_cycles: int,
    window_cycles: int,
    integrating: bool,
) -> int:
    """Latency of one MVM in cycles, from the start of its first input phase to the last
    ADC result (see the module docstring for the two ADC behaviours). ``sample_cycles`` is
    :func:`adc_sample_cycles`, ``window_cycles`` :func:`adc_window_cycles`."""
    convert = adc_rounds * sample_cycles
    if integrating:
        read = max(input_phase_cycles, window_cycles)
        per_input = read_phases * (read + settle_cycles) + convert
    else:
        per_input = read_phases * (input_phase_cycles + settle_cycles + convert)
    return n_input_phases * per_input


def adc_busy_cycles(
    mvm_total_cycles: int,
    n_input_phases: int,
    read_phases: int,
    adc_rounds: int,
    sample_cycles: int,
    integrating: bool,
) -> int:
    """Cycles the ADC bank is converting during one MVM: the whole MVM for an integrating
    ADC (it integrates during the input phases), else the conversion rounds only."""
    if integrating:
        return mvm_total_cycles
    return n_input_phases * read_phases * adc_rounds * sample_cycles


def program_cycles(nrows: int, iterations: int, cycles_per_iteration: int) -> int:
    """Row-wise write-verify programming of ``nrows`` rows:
    ``nrows * iterations * cycles_per_iteration``."""
    return nrows * iterations * cycles_per_iteration


# ------------------------------------------------------------------------------- network
def payload_flits(payload_bytes: int, link_bytes: int) -> int:
    """Flits needed for the payload: ``ceil(payload_bytes / link_bytes)`` (at least 1)."""
    return max(1, ceil_div(payload_bytes, link_bytes))


def packet_flit_counts(
    payload_bytes: int, link_bytes: int, max_packet_flits: int, header_flits: int
) -> list[int]:
    """Flits of each packet of a message (header flits included), in sending order."""
    remaining = payload_flits(payload_bytes, link_bytes)
    counts = []
    while remaining > 0:
        body = min(remaining, max_packet_flits)
        counts.append(body + header_flits)
        remaining -= body
    return counts


def message_flits(
    payload_bytes: int, link_bytes: int, max_packet_flits: int, header_flits: int
) -> int:
    """Total flits of a packet-mode message (headers of every packet included):
    ``payload + header_flits * ceil(payload / max_packet_flits)``."""
    body = payload_flits(payload_bytes, link_bytes)
    return body + header_flits * ceil_div(body, max_packet_flits)


def mesh_hops(src: int, dst: int, mesh_cols: int) -> int:
    """Links crossed by XY routing between tiles ``src`` and ``dst``: the Manhattan distance
    of (id % mesh_cols, id // mesh_cols)."""
    return abs(src % mesh_cols - dst % mesh_cols) + abs(src // mesh_cols - dst // mesh_cols)


def packet_unloaded_cycles(hops: int, total_flits: int, router_delay_cycles: int) -> int:
    """Unloaded packet-mode latency of a message, send start to last flit arrived:
    ``hops * router_delay_cycles + total_flits``."""
    return hops * router_delay_cycles + total_flits


def circuit_unloaded_cycles(
    hops: int, payload_flit_count: int, router_delay_cycles: int, setup_cycles_per_hop: int
) -> int:
    """Unloaded circuit-mode latency: path set-up, pipeline fill, then the payload:
    ``hops * (setup_cycles_per_hop + router_delay_cycles) + payload_flit_count``."""
    return hops * (setup_cycles_per_hop + router_delay_cycles) + payload_flit_count


# ----------------------------------------------------------------------------------- DPU
def dpu_elementwise_cycles(length: int, lanes: int, startup: int, class_cycles: int) -> int:
    """Element-wise op over ``length`` elements: ``startup + ceil(length/lanes) * class``."""
    return startup + ceil_div(length, lanes) * class_cycles


def dpu_reduction_cycles(
    length: int, vectors: int, lanes: int, startup: int, reduction_cycles: int
) -> int:
    """Reduction of ``vectors`` operand vectors of ``length`` elements (vsum, vpool):
    ``startup + vectors * ceil(length/lanes) * reduction_cycles``."""
    return startup + vectors * ceil_div(length, lanes) * reduction_cycles


def dpu_normalisation_cycles(
    length: int, rows: int, lanes: int, startup: int, normalisation_cycles: int
) -> int:
    """Softmax / layer norm of ``rows`` rows of ``length`` elements, three passes each:
    ``startup + 3 * rows * ceil(length/lanes) * normalisation_cycles``."""
    return startup + NORMALISATION_PASSES * rows * ceil_div(length, lanes) * normalisation_cycles


def dpu_matmul_cycles(m: int, k: int, n: int, macs_per_cycle: int, startup: int) -> int:
    """Digital matmul (m x k) . (k x n): ``startup + ceil(m*k*n / macs_per_cycle)``."""
    return startup + ceil_div(m * k * n, macs_per_cycle)


# ------------------------------------------------------------------------------ memories
def transfer_cycles(n_bytes: int, bytes_per_cycle: int) -> int:
    """Cycles a bank or channel is occupied moving ``n_bytes``."""
    return ceil_div(n_bytes, bytes_per_cycle)


def memory_access_cycles(n_bytes: int, latency_cycles: int, bytes_per_cycle: int) -> int:
    """Unloaded load/store latency: ``latency_cycles + ceil(n_bytes / bytes_per_cycle)``."""
    return latency_cycles + transfer_cycles(n_bytes, bytes_per_cycle)
