"""Configuration of device noise and analog IO non-idealities.

Two sections of the architecture config are defined here:

* :class:`DeviceNoiseConfig` (``[noise]``): what happens to the stored conductances, split into
  programming time (programming noise, drift exponents: drawn once) and inference time
  (drift and 1/f read noise at time t: drawn per ``drift`` call). Models: ``ideal``, ``pcm``
  (aihwkit ``PCMLikeNoiseModel``), ``hermes`` (aihwkit ``HermesNoiseModel``) and ``rram``
  (Yu et al., Nat. Commun. 16, 2123, 2025 / OpenCIMTC style).
* :class:`AnalogIoConfig` (``[io]``): the analog forward pass non-idealities in the sense of
  aihwkit ``IOParameters`` (noise/bound management, input and output noise, ADC range, weight
  read noise, IR drop), with readable names. DAC and ADC *resolutions* are not here: they come
  from the architecture (``tile.dac.bits``, ``tile.adc.bits``).

All quantities on the analog side are in "normalised units": inputs in [-1, 1] after noise
management, weights in [-1, 1] (max |W| maps to ``g_max_us``), so one fully-on input row at
maximal weight contributes 1 to an output.
"""

from __future__ import annotations

from dataclasses import dataclass

from aimcsim.config.schema import param

NOISE_MODELS = ("ideal", "pcm", "hermes", "rram")
DRIFT_COMPENSATIONS = ("none", "global", "per_column")
DRIFT_READOUTS = ("probe", "identity")
WEIGHT_SCALINGS = ("none", "global", "per_column")
NOISE_MANAGEMENTS = ("abs_max", "max", "constant", "none")
BOUND_MANAGEMENTS = ("none", "iterative")
W_NOISE_TYPES = ("none", "additive_constant", "pcm_read")


@dataclass(frozen=True)
class DeviceNoiseConfig:
    """Device non-idealities of the crossbar conductances (programming, drift, read noise)."""

    model: str = param(
        "pcm",
        "device noise model: 'ideal' (exact weights), 'pcm' (aihwkit PCMLikeNoiseModel), "
        "'hermes' (aihwkit HermesNoiseModel, IBM HERMES chip fit), 'rram' (Yu et al. 2025 "
        "4-bit RRAM with clipped Gaussian conductance noise)",
        choices=NOISE_MODELS,
    )
    g_max_us: float = param(
        25.0,
        "conductance of the maximal |weight| (PCM model; HERMES and RRAM use their own "
        "fitted values, see hermes_num_devices and rram_g_max_us)",
        unit="uS",
        min=1e-6,
    )
    g_min_us: float = param(
        0.0, "conductance offset of both devices of a pair (aihwkit g_min)", unit="uS", min=0.0
    )
    prog_coeff: tuple[float, ...] = param(
        (0.26348, 1.9650, -1.1731),
        "PCM programming noise polynomial in G/g_max: sigma_prog = sum_k c_k (G/g_max)^k "
        "* g_max / prog_coeff_g_max_reference_us (aihwkit pcm.py:100-118)",
        unit="uS",
    )
    prog_coeff_g_max_reference_us: float = param(
        25.0, "g_max at which prog_coeff was fitted", unit="uS", min=1e-6
    )
    t0_s: float = param(
        20.0, "PCM time of the first read after programming (drift reference)", unit="s", min=1e-9
    )
    t_read_s: float = param(
        250e-9, "PCM read duration of the 1/f noise integral", unit="s", min=1e-15
    )
    prog_noise_scale: float = param(1.0, "multiplier of the programming noise", min=0.0)
    read_noise_scale: float = param(1.0, "multiplier of the 1/f read noise", min=0.0)
    drift_scale: float = param(1.0, "multiplier of the drift exponents nu", min=0.0)
    hermes_num_devices: int = param(
        2,
        "HERMES: PCM devices per polarity (2 = MSF scheme, g_max 20.7 uS, t0 300 s; "
        "1: g_max 10.35 uS, t0 200 s)",
        choices=(1, 2),
    )
    rram_weight_bits: int = param(
        4,
        "RRAM: signed weight resolution; b bits = levels -(2^(b-1)-1)..2^(b-1)-1 "
        "(4 bits: -7..7, OpenCIMTC Rram144kDevice)",
        unit="bits",
        min=2,
        max=8,
    )
    rram_g_max_us: float = param(
        19.16, "RRAM: conductance of the top weight level (code 7 in Yu 2025)", unit="uS", min=1e-6
    )
    rram_conductance_noise: float = param(
        0.1,
        "RRAM: programming noise sigma relative to rram_g_max_us (OpenCIMTC PE_weight_noise), "
        "Gaussian clipped at +-rram_noise_clip_sigma sigma, drawn once at programming",
        min=0.0,
    )
    rram_noise_clip_sigma: float = param(
        3.0, "RRAM: clip of the programming noise, in sigmas", min=0.0
    )
    rram_read_noise: float = param(
        0.0,
        "RRAM: static per-inference (per drift() call) read noise sigma relative to rram_g_max_us",
        min=0.0,
    )
    rram_v_read_v: float = param(0.1, "RRAM: read voltage", unit="V", min=1e-6)
    rram_integration_time: int = param(
        0,
        "RRAM: ADC integration time code it_time (1..63; full-scale current 120.703125/it uA, "
        "OpenCIMTC current_range.json). 0 = use io.out_bound unchanged",
        min=0,
        max=63,
    )
    drift_compensation: str = param(
        "global",
        "drift compensation: alpha = mean|readout at programming| / mean|readout at t| "
        "through the noisy forward (aihwkit GlobalDriftCompensation / "
        "PerColumnDriftCompensation), applied to the outputs in evaluation",
        choices=DRIFT_COMPENSATIONS,
    )
    drift_readout: str = param(
        "probe",
        "input vectors of the drift-compensation readout: 'probe' (drift_readout_vectors "
        "random +-1 many-hot vectors, as many hot rows as keep the expected output within a "
        "third of the ADC range: a readout far above the ADC step) or 'identity' (one-hot "
        "vectors eye(n_in), aihwkit's readout: at low ADC precision it rounds to about zero)",
        choices=DRIFT_READOUTS,
    )
    drift_readout_vectors: int = param(
        64, "number of probe vectors of the 'probe' drift readout", min=1, max=4096
    )
    weight_scaling: str = param(
        "global",
        "weight -> tile mapping: 'global' divides W by max|W| (one digital out scale), "
        "'per_column' divides each output column by its own max (Rasch 2023), 'none' "
        "programs W as given (aihwkit weight_scaling_omega = 0)",
        choices=WEIGHT_SCALINGS,
    )
    bits_per_cell: int = param(
        0,
        "bit slicing (PUMA style): bits of weight magnitude stored per device pair; 0 = off "
        "(one analog pair per weight)",
        unit="bits",
        min=0,
        max=8,
    )
    cells_per_weight: int = param(
        1, "bit slicing: device pairs per weight (slices recombined by shift-and-add)", min=1, max=8
    )


@dataclass(frozen=True)
class AnalogIoConfig:
    """Non-idealities of one analog MVM (aihwkit IOParameters with readable names).

    Units: inputs after noise management are in [-inp_bound, inp_bound]; outputs in units of
    "one fully-on input times the largest weight".
    """

    is_perfect: bool = param(
        False, "skip all IO non-idealities (device noise still applies); aihwkit is_perfect"
    )
    noise_management: str = param(
        "abs_max",
        "dynamic input scaling before the DAC: 'abs_max' (divide by max|x|), 'max' (by max x), "
        "'constant' (by nm_threshold, or 1), 'none'",
        choices=NOISE_MANAGEMENTS,
    )
    nm_threshold: float = param(
        0.0, "abs_max: upper limit of the scale (0 = none); constant: the scale", min=0.0
    )
    bound_management: str = param(
        "iterative",
        "'iterative': re-read a vector with inputs halved while its ADC saturates (aihwkit "
        "ITERATIVE); 'none': saturate",
        choices=BOUND_MANAGEMENTS,
    )
    max_bm_factor: float = param(1000.0, "iterative BM: largest input reduction", min=1.0)
    max_bm_res: float = param(
        0.25, "iterative BM: stop when reduction exceeds max_bm_res / DAC step", min=0.0
    )
    bm_test_negative_bound: bool = param(True, "iterative BM: also re-read on negative saturation")
    input_range: float = param(
        0.0,
        "static input range r of every crossbar MVM (aihwkit InputRangeParameter in "
        "evaluation): inputs are clipped to [-r, r] and divided by r before noise management "
        "and the DAC, outputs multiplied by r after the ADC; the drift-compensation readout "
        "bypasses it, as in aihwkit. 0 = off. Per-layer ranges calibrated by the compiler are "
        "compiled into the program instead (README 'Static input ranges')",
        unit="input units",
        min=0.0,
    )
    inp_bound: float = param(
        1.0, "DAC full scale in normalised input units (0 = unbounded)", min=0.0
    )
    inp_noise: float = param(0.0, "Gaussian input noise sigma after the DAC", min=0.0)
    out_bound: float = param(
        12.0, "ADC full scale in normalised output units (0 = unbounded)", min=0.0
    )
    out_noise: float = param(
        0.06, "Gaussian output noise sigma per output and MVM (normalised units)", min=0.0
    )
    w_noise: float = param(
        0.0, "short-term weight read noise, output referred (see w_noise_type)", min=0.0
    )
    w_noise_type: str = param(
        "none",
        "'additive_constant': y += w_noise*||x||*xi; 'pcm_read': y += w_noise*sqrt(|W| @ x^2)*xi",
        choices=W_NOISE_TYPES,
    )
    ir_drop: float = param(0.0, "IR drop scale (aihwkit first-order model; 0 = off)", min=0.0)
    ir_drop_g_ratio: float = param(
        1.0 / (0.35 * 5e-6),
        "wire conductance per cell over device g_max (1/(0.35 ohm * 5 uS))",
        min=1e-9,
    )
    dac_quantize: bool = param(True, "quantise inputs to the DAC grid (false: analog inputs)")
    adc_quantize: bool = param(True, "quantise outputs to the ADC grid (false: no ADC rounding)")
    adc_offset_lsb_std: float = param(
        0.0,
        "static per-column ADC offset sigma in LSB, rounded to integer codes, drawn once per "
        "crossbar (Yu 2025 'integer ADC offset')",
        min=0.0,
    )
