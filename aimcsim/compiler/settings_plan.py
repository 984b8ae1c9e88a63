"""A per-layer settings table against a model and a chip: what the compiler emits, or why not.

:func:`plan_layer_settings` resolves a :class:`~aimcsim.compiler.layer_settings.LayerSettingsTable`
for one graph and one architecture into a :class:`SettingsPlan`:

* ``read``: the effective read configuration (``xcfg`` operands) of every analog layer for
  which the table sets a crossbar key; the compiler emits one ``xcfg`` per crossbar of it;
* ``copies``: the fixed number of weight copies (replicas) of layers whose table sets it;
* ``row_copies``: the row copies ``k > 1`` of layers whose table sets them (the compiler
  rewrites these layers, :mod:`aimcsim.compiler.row_copies`);
* ``input_ranges``: per-layer input ranges ``r``. On a chip with a static input range
  (:func:`~aimcsim.compiler.calibrate.has_static_input_range`) they are compiled like
  calibrated ones: a ``vaffine`` scales the input so that ``+-r`` reaches the DAC's full
  scale (the DAC clips beyond), its inverse is folded into the post-MVM ``vaffine``. On a
  chip whose noise management rescales every input vector (``abs_max``, ``max``) scaling
  would be undone, so the program clips the input to ``[-r, r]`` instead (``vaffine`` and
  ``vrelu`` steps), as aihwkit's input range does before noise management. Either way the
  digital work is timed as DPU instructions.

Everything a model could not honour is refused here with a :class:`CompileError` naming the
table, the layer and the key: a layer name that is not a weight layer of the model or that
runs digital, more input bits than the DAC has, more bits per phase than input bits, an
integration time on a sampling ADC, a gain or an integration time on an unbounded ADC, an
input range on an LSTM layer, copies of a layer that cannot split its MVMs (an LSTM, or more
copies than MVMs per sample), row copies of a layer whose input the program cannot repeat (an
LSTM), copies or row copies that do not fit the chip.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from aimcsim.compiler.graph import WEIGHT_OPS, Graph, Node
from aimcsim.compiler.layer_settings import INPUT_ENCODINGS, LayerSettings, LayerSettingsTable
from aimcsim.compiler.mapping import crossbars_per_copy, layer_matrix_shape
from aimcsim.compiler.row_copies import ROW_COPIED_OPS
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import AimcSimError, CompileError

if TYPE_CHECKING:
    from aimcsim.isa.program import Program
    from aimcsim.workload.format import Workload


SCALED_OPS = ("dense", "conv")
"""Weight layers whose input the program can scale or clip (an LSTM's input is concatenated
with its hidden state inside the cell)."""


@dataclass(frozen=True)
class ReadConfig:
    """The read configuration of a layer's crossbars: the operands of its ``xcfg``."""

    input_encoding: str
    input_bits: int
    bits_per_phase: int
    read_phases: int
    adc_gain: int
    adc_itime_cycles: int

    def operands(self) -> tuple[int, int, int, int, int, int]:
        """``enc, in_bits, bpp, phases, gain, itime`` (the ``xcfg`` operands after ``xb``)."""
        return (
            INPUT_ENCODINGS.index(self.input_encoding),
            self.input_bits,
            self.bits_per_phase,
            self.read_phases,
            self.adc_gain,
            self.adc_itime_cycles,
        )


XCFG_KEYS = tuple(f.name for f in fields(ReadConfig))
"""Settings keys that an ``xcfg`` carries (the fields of :class:`ReadConfig`)."""


def default_read_config(arch: ArchConfig) -> ReadConfig:
    """The chip's own read configuration (what a crossbar does without ``xcfg``)."""
    dac = arch.tile.dac
    return ReadConfig(
        input_encoding=dac.encoding,
        input_bits=dac.bits,
        bits_per_phase=dac.bits_per_phase,
        read_phases=arch.tile.crossbar.read_phases,
        adc_gain=0,
        adc_itime_cycles=0,
    )


@dataclass(frozen=True)
class SettingsPlan:
    """What the compiler emits for a settings table (see the module docstring)."""

    read: dict[str, ReadConfig] = field(default_factory=dict)
    copies: dict[str, int] = field(default_factory=dict)
    row_copies: dict[str, int] = field(default_factory=dict)
    input_ranges: dict[str, float] = field(default_factory=dict)


def plan_layer_settings(
    table: LayerSettingsTable | None,
    g: Graph,
    arch: ArchConfig,
    digital: tuple[str, ...] = (),
) -> SettingsPlan:
    """Resolve ``table`` for graph ``g`` on ``arch`` (layers in ``digital`` run on the DPU);
    CompileError naming layer and key for anything that cannot be honoured."""
    if table is None or table.is_empty:
        return SettingsPlan()
    what = f"layer settings ({table.source})" if table.source else "layer settings"
    weight = {n.name: n for n in g.nodes if n.op in WEIGHT_OPS}
    for name, own in table.layers.items():
        if name not in weight:
            known = ", ".join(sorted(weight)) or "none"
            keys = ", ".join(repr(k) for k in own.set_keys()) or "no keys"
            raise CompileError(
                f"{what}: layer {name!r} (setting {keys}) is not a weight layer of the model "
                f"(weight layers: {known})"
            )
        if name in digital and not table.layers[name].is_empty:
            raise CompileError(
                f"{what}: layer {name!r} is forced digital; its crossbar settings cannot apply"
            )
    plan = SettingsPlan()
    base = default_read_config(arch)
    try:
        _fill(plan, table, weight, base, g, arch, digital)
        _check_fit(plan, weight, g, arch, digital)
    except _Refusal as exc:
        raise CompileError(f"{what}: {exc}") from None
    return plan


class _Refusal(Exception):
    """A setting the chip or the models cannot honour (the caller names the table)."""


def _refuse(layer: str, key: str, value: object, why: str) -> _Refusal:
    return _Refusal(f"layer {layer!r} key {key!r} = {value!r}: {why}")


def _fill(
    plan: SettingsPlan,
    table: LayerSettingsTable,
    weight: dict[str, Node],
    base: ReadConfig,
    g: Graph,
    arch: ArchConfig,
    digital: tuple[str, ...],
) -> None:
    """Add every analog weight layer's settings to ``plan``; :class:`_Refusal` if one cannot
    be honoured."""
    for name, node in weight.items():
        if name in digital:
            continue
        s = table.for_layer(name)
        if s.is_empty:
            continue
        if any(getattr(s, k) is not None for k in XCFG_KEYS):
            plan.read[name] = _read_config(name, s, base, arch)
        if s.copies is not None:
            _check_copies(name, node.op, s.copies, layer_matrix_shape(g, node)[2])
            plan.copies[name] = s.copies
        if s.row_copies is not None and s.row_copies > 1:
            _check_row_copies(name, node, s.row_copies, g)
            plan.row_copies[name] = s.row_copies
        if s.input_range is not None:
            _check_input_range(name, node.op, s.input_range)
            plan.input_ranges[name] = s.input_range


def _read_config(layer: str, s: LayerSettings, base: ReadConfig, arch: ArchConfig) -> ReadConfig:
    """The effective read configuration of ``layer`` (its keys over ``base``), checked
    against the chip and against what the functional model can honour."""
    cfg = ReadConfig(
        **{k: getattr(s, k) if getattr(s, k) is not None else getattr(base, k) for k in XCFG_KEYS}
    )
    from aimcsim.functional.forward import AnalogForwardParams
    from aimcsim.functional.xcfg import xcfg_params
    from aimcsim.timing.latency import ADC_INTEGRATING

    dac, adc = arch.tile.dac, arch.tile.adc
    params = AnalogForwardParams.from_arch(arch)
    if cfg.input_bits > dac.bits:
        raise _refuse(
            layer, "input_bits", cfg.input_bits, f"the DAC has tile.dac.bits = {dac.bits}"
        )
    if cfg.input_encoding == "bit_serial" and cfg.bits_per_phase > cfg.input_bits:
        raise _refuse(
            layer,
            "bits_per_phase",
            cfg.bits_per_phase,
            f"more than the layer's input_bits = {cfg.input_bits}",
        )
    if cfg.adc_itime_cycles and adc.kind != ADC_INTEGRATING:
        raise _refuse(
            layer,
            "adc_itime_cycles",
            cfg.adc_itime_cycles,
            f"the ADC samples (tile.adc.kind = {adc.kind!r}): its conversion time does not "
            "set its range, only an integrating ADC has an integration time",
        )
    if params.out_bound <= 0:
        for key in ("adc_gain", "adc_itime_cycles"):
            if getattr(cfg, key):
                raise _refuse(
                    layer,
                    key,
                    getattr(cfg, key),
                    "the ADC is unbounded (io.out_bound = 0): there is no full scale to change",
                )
    try:
        xcfg_params(params, arch, (0, *cfg.operands()), "xcfg")
    except AimcSimError as exc:  # a rule of the value model not covered above
        raise _Refusal(f"layer {layer!r}: {exc}") from None
    return cfg


def _check_copies(layer: str, op: str, copies: int, mvms_per_sample: int) -> None:
    """Refuse copies that the layer cannot use: its MVMs are split between copies."""
    if copies == 1:
        return
    if op == "lstm":
        raise _refuse(
            layer,
            "copies",
            copies,
            "an LSTM's time steps depend on each other, copies could not work in parallel",
        )
    if copies > mvms_per_sample:
        raise _refuse(
            layer,
            "copies",
            copies,
            f"the layer computes {mvms_per_sample} MVM(s) per sample, which are split between "
            f"its copies (at most {mvms_per_sample})",
        )


def _check_row_copies(layer: str, node: Node, row_copies: int, g: Graph) -> None:
    """Refuse row copies of a layer whose input the program cannot repeat."""
    if node.op not in ROW_COPIED_OPS:
        raise _refuse(
            layer,
            "row_copies",
            row_copies,
            f"the input of a {node.op} layer cannot be repeated digitally",
        )
    if node.op == "dense" and g.layout(node.inputs[0]) != "flat":
        raise _refuse(
            layer,
            "row_copies",
            row_copies,
            f"the layer reads its input in {g.layout(node.inputs[0])!r} layout, which the "
            "compiler cannot repeat",
        )


def _check_fit(
    plan: SettingsPlan,
    weight: dict[str, Node],
    g: Graph,
    arch: ArchConfig,
    digital: tuple[str, ...],
) -> None:
    """Refuse copies and row copies that, with one copy of every other analog layer, need
    more crossbars than the chip has (the key named is the largest of either)."""
    copied = {
        (name, key): v
        for key, values in (("copies", plan.copies), ("row_copies", plan.row_copies))
        for name, v in values.items()
        if v > 1
    }
    if not copied:
        return
    needed = 0
    for name, node in weight.items():
        if name not in digital:
            k, n_out, _ = layer_matrix_shape(g, node)
            rows = k * plan.row_copies.get(name, 1)
            needed += crossbars_per_copy(rows, n_out, arch) * plan.copies.get(name, 1)
    available = arch.chip.n_tiles * arch.tile.crossbar.per_tile
    if needed > available:
        (layer, key), value = max(copied.items(), key=lambda kv: kv[1])
        others = ", ".join(
            f"{n!r} {k} = {v}" for (n, k), v in copied.items() if (n, k) != (layer, key)
        )
        raise _refuse(
            layer,
            key,
            value,
            f"with these copies{' (and ' + others + ')' if others else ''} the model needs "
            f"{needed} crossbars but the chip has {available}; lower {key!r}",
        )


def _check_input_range(layer: str, op: str, value: float) -> None:
    """Refuse an input range on a layer whose input the program cannot scale or clip."""
    if op not in SCALED_OPS:
        raise _refuse(
            layer,
            "input_range",
            value,
            f"the input of a {op} layer cannot be scaled or clipped digitally",
        )


def program_read_configs(
    program: Program, workload: Workload, arch: ArchConfig
) -> dict[str, ReadConfig]:
    """The read configuration that ``program`` gives each analog layer of ``workload``: its
    first ``xcfg`` on a crossbar of the layer (the block table says which crossbar holds
    which layer), else the chip's own."""
    owner = {(int(b["tile"]), int(b["xb"])): str(b["layer"]) for b in workload.blocks.values()}
    found: dict[str, tuple[int, ...]] = {}
    for stream in program.streams.values():
        for ins in stream.instructions:
            if ins.mnemonic == "xcfg":
                name = owner.get((stream.tile, ins.operands[0]))
                if name is not None:
                    found.setdefault(name, ins.operands[1:])
    base = default_read_config(arch)
    configs = {}
    for la in workload.layers:
        if not la.get("analog"):
            continue
        ops = found.get(str(la["name"]))
        configs[str(la["name"])] = (
            ReadConfig(INPUT_ENCODINGS[ops[0]], *ops[1:]) if ops is not None else base
        )
    return configs


__all__ = [
    "XCFG_KEYS",
    "ReadConfig",
    "SettingsPlan",
    "default_read_config",
    "plan_layer_settings",
    "program_read_configs",
]
