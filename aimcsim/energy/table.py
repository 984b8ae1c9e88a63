"""Energy tables: per-action energy (pJ) and per-component-kind leakage (mW), with sources.

A table is a TOML file (shipped ones live in ``aimcsim/energy/tables/``)::

    name = "hermes"
    description = "..."
    presets = ["hermes"]          # chip names (``chip.name``) this table is the default for
    source = "papers the numbers come from"

    [actions."adc.convert"]       # one entry per counted action
    walden_fom_fj = 28.88         # exactly one of the energy rules below
    source = "paper, table/figure, or the scaling rule used"

    [leakage.adc]                 # one entry per component kind
    leakage_mw = 36.0
    source = "..."

Energy rules of an action entry (exactly one per entry; ``arch`` is the chip's config):

* ``energy_pj``: a fixed energy per counted action, in pJ.
* ``pj_per_cell``: ``pj_per_cell x tile.crossbar.rows x tile.crossbar.cols`` (array read
  energy V^2 G t summed over the cells of one read phase).
* ``walden_fom_fj``: ``walden_fom_fj x 2^tile.adc.bits / 1000`` pJ per conversion (the
  Walden figure of merit of the Murmann ADC survey).
* ``pj_per_cell_iteration``: ``pj_per_cell_iteration x tile.crossbar.cols x
  tile.crossbar.program_iterations`` (write-verify programming of one row).

Leakage entries (``leakage_mw``) are charged per component instance for the whole run
(1 mW x 1 ns = 1 pJ). Every entry must carry a non-empty ``source``. Every number is finite,
>= 0 and at most :data:`~aimcsim.config.schema.FLOAT_LIMIT`. Actions must be ones the timing
model counts (:func:`~aimcsim.energy.actions.all_actions`: the ISA spec's plus the timing
extras), leakage kinds its component kinds and area kinds those with silicon area
(:data:`~aimcsim.energy.actions.AREA_KINDS`); anything else is an error with a "did you
mean", so a misspelled entry is never silently ignored. A counted action or
component kind without an entry is an :class:`~aimcsim.errors.EnergyError` naming both,
never a silent zero.

Area entries (``[area.<kind>]``, one per component kind, see :mod:`aimcsim.energy.area`)
give the silicon area of one component instance in um^2 by exactly one rule
(:data:`AREA_RULES`); a rule that scales applies only to the kinds of :data:`AREA_RULE_KINDS`:

* ``um2``: a fixed area per instance (any kind).
* ``um2_per_cell``: ``x tile.crossbar.rows x cols x noise.cells_per_weight`` (xbar: one
  weight cell per slice).
* ``um2_per_row``: ``x tile.crossbar.rows x noise.cells_per_weight`` (dac: one row driver
  per row of each slice array).
* ``um2_per_adc_step``: ``x tile.adc.count x 2^tile.adc.bits`` (adc bank: area of a SAR
  ADC's capacitor DAC grows as 2^bits).
* ``um2_per_adc_bit``: ``x tile.adc.count x tile.adc.bits`` (adc bank: counter-based ADCs
  such as CCO ADCs grow linearly in bits).
* ``um2_per_byte``: ``x bytes`` of the instance (buffer: ``size_elements x element_bytes``;
  sram bank: ``memory.sram_bytes / memory.sram_banks``; link: ``noc.link_bytes`` wide).
* ``um2_per_lane``: ``x dpu.lanes`` (dpu).
"""

from __future__ import annotations

import copy
import difflib
import functools
import hashlib
import json
import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aimcsim.config.schema import FLOAT_LIMIT
from aimcsim.energy.actions import AREA_KINDS, COMPONENT_KINDS, all_actions
from aimcsim.errors import EnergyError
from aimcsim.inputs import read_toml

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig

TABLE_PACKAGE = "aimcsim.energy.tables"
RULES = ("energy_pj", "pj_per_cell", "walden_fom_fj", "pj_per_cell_iteration")
"""Energy rules an action entry may use (exactly one each)."""
_TOP_KEYS = {"name", "description", "presets", "source", "actions", "leakage", "area"}
AREA_RULES = (
    "um2",
    "um2_per_cell",
    "um2_per_row",
    "um2_per_adc_step",
    "um2_per_adc_bit",
    "um2_per_byte",
    "um2_per_lane",
)
"""Area rules an area entry may use (exactly one each)."""
AREA_RULE_KINDS: dict[str, tuple[str, ...]] = {
    "um2_per_cell": ("xbar",),
    "um2_per_row": ("dac",),
    "um2_per_adc_step": ("adc",),
    "um2_per_adc_bit": ("adc",),
    "um2_per_byte": ("buffer", "sram", "link"),
    "um2_per_lane": ("dpu",),
}
"""Component kinds each scaling area rule applies to (``um2`` applies to every kind)."""


@dataclass(frozen=True)
class ActionEntry:
    """Energy of one action: ``rule`` (one of :data:`RULES`) with its parameter ``value``."""

    action: str
    rule: str
    value: float
    source: str

    def energy_pj(self, arch: ArchConfig | None) -> float:
        """Energy of one counted action in pJ on chip ``arch`` (needed by the array rules)."""
        if self.rule == "energy_pj":
            return self.value
        if arch is None:
            raise EnergyError(
                f"energy of '{self.action}' uses rule '{self.rule}', which needs the chip config"
            )
        xb = arch.tile.crossbar
        if self.rule == "pj_per_cell":
            return self.value * xb.rows * xb.cols
        if self.rule == "walden_fom_fj":
            return self.value * 2.0**arch.tile.adc.bits / 1000.0
        if self.rule == "pj_per_cell_iteration":
            return self.value * xb.cols * xb.program_iterations
        raise EnergyError(f"unknown energy rule '{self.rule}' for '{self.action}'")


@dataclass(frozen=True)
class LeakageEntry:
    """Leakage (and always-on) power of one component instance of ``kind``, in mW."""

    kind: str
    leakage_mw: float
    source: str


@dataclass(frozen=True)
class AreaEntry:
    """Area of one component instance of ``kind``: ``rule`` (one of :data:`AREA_RULES`)
    with its parameter ``value`` in um^2."""

    kind: str
    rule: str
    value: float
    source: str

    def scale(self, arch: ArchConfig | None) -> float:
        """The quantity the rule's ``value`` is multiplied by, on chip ``arch``."""
        if self.rule == "um2":
            return 1.0
        if arch is None:
            raise EnergyError(
                f"area of '{self.kind}' uses rule '{self.rule}', which needs the chip config"
            )
        t = arch.tile
        slices = arch.noise.cells_per_weight
        if self.rule == "um2_per_cell":
            return float(t.crossbar.rows * t.crossbar.cols * slices)
        if self.rule == "um2_per_row":
            return float(t.crossbar.rows * slices)
        if self.rule == "um2_per_adc_step":
            return float(t.adc.count) * 2.0**t.adc.bits
        if self.rule == "um2_per_adc_bit":
            return float(t.adc.count * t.adc.bits)
        if self.rule == "um2_per_lane":
            return float(arch.dpu.lanes)
        if self.rule == "um2_per_byte":
            if self.kind == "buffer":
                return float(t.buffer.size_elements * t.buffer.element_bytes)
            if self.kind == "sram":
                return arch.memory.sram_bytes / arch.memory.sram_banks
            if self.kind == "link":
                return float(arch.noc.link_bytes)
        raise EnergyError(f"area rule '{self.rule}' does not apply to component kind '{self.kind}'")

    def instance_um2(self, arch: ArchConfig | None) -> float:
        """Area of one instance in um^2 on chip ``arch``."""
        return self.value * self.scale(arch)


@dataclass(frozen=True)
class EnergyTable:
    """A validated energy table.

    ``sha256`` is the hash of the table's canonical content (sorted-key JSON of the parsed
    data, comments excluded); it goes into ``run.json`` so that a result names the exact
    numbers it was costed with.
    """

    name: str
    description: str
    presets: tuple[str, ...]
    source: str
    actions: Mapping[str, ActionEntry]
    leakage: Mapping[str, LeakageEntry]
    sha256: str
    origin: str = ""
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    area: Mapping[str, AreaEntry] = field(default_factory=dict)

    def action_energy_pj(self, action: str, arch: ArchConfig | None = None) -> float:
        """Energy of one ``action`` in pJ; EnergyError if the table has no entry for it."""
        entry = self.actions.get(action)
        if entry is None:
            raise EnergyError(
                f"energy table '{self.name}' ({self.origin}) has no entry for action "
                f"'{action}'{_hint(action, self.actions)}"
            )
        return entry.energy_pj(arch)

    def leakage_mw(self, kind: str) -> float:
        """Leakage of one component of ``kind`` in mW; EnergyError if the table has none."""
        entry = self.leakage.get(kind)
        if entry is None:
            raise EnergyError(
                f"energy table '{self.name}' ({self.origin}) has no leakage entry for component "
                f"kind '{kind}'{_hint(kind, self.leakage)}"
            )
        return entry.leakage_mw

    def area_entry(self, kind: str) -> AreaEntry:
        """Area entry of component ``kind``; EnergyError naming it if the table has none."""
        entry = self.area.get(kind)
        if entry is None:
            raise EnergyError(
                f"energy table '{self.name}' ({self.origin}) has no area entry for component "
                f"kind '{kind}'{_hint(kind, self.area)}"
            )
        return entry

    def area_um2(self, kind: str, arch: ArchConfig | None = None) -> float:
        """Area of one component instance of ``kind`` in um^2 on chip ``arch``."""
        return self.area_entry(kind).instance_um2(arch)

    def resolve(self, arch: ArchConfig | None = None) -> dict[str, float]:
        """Every action's energy in pJ on chip ``arch``, sorted by action."""
        return {a: self.actions[a].energy_pj(arch) for a in sorted(self.actions)}

    def with_overrides(
        self,
        action_pj: Mapping[str, float] | None = None,
        leakage_mw: Mapping[str, float] | None = None,
        area_um2: Mapping[str, float] | None = None,
    ) -> EnergyTable:
        """A copy with some actions set to fixed energies (pJ), some leakages (mW) and some
        component areas (fixed um^2 per instance).

        Used by sweeps over energy-table fields; the copy has a new hash, and its entries'
        sources say they were overridden.
        """
        data = copy.deepcopy(dict(self.data))
        for action, pj in (action_pj or {}).items():
            if action not in data["actions"]:
                raise EnergyError(
                    f"cannot override unknown action '{action}' of energy table "
                    f"'{self.name}'{_hint(action, self.actions)}"
                )
            data["actions"][action] = {
                "energy_pj": float(pj),
                "source": f"override of table '{self.name}'",
            }
        for kind, mw in (leakage_mw or {}).items():
            if kind not in data["leakage"]:
                raise EnergyError(
                    f"cannot override unknown leakage kind '{kind}' of energy table "
                    f"'{self.name}'{_hint(kind, self.leakage)}"
                )
            data["leakage"][kind] = {
                "leakage_mw": float(mw),
                "source": f"override of table '{self.name}'",
            }
        for kind, um2 in (area_um2 or {}).items():
            if kind not in data.get("area", {}):
                raise EnergyError(
                    f"cannot override unknown area kind '{kind}' of energy table "
                    f"'{self.name}'{_hint(kind, self.area)}"
                )
            data["area"][kind] = {"um2": float(um2), "source": f"override of table '{self.name}'"}
        return table_from_dict(data, origin=f"{self.origin} + overrides")


def table_hash(data: Mapping[str, Any]) -> str:
    """sha256 (hex) of the canonical JSON of a table's parsed content."""
    canon = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def table_from_dict(data: Mapping[str, Any], origin: str = "<dict>") -> EnergyTable:
    """Validate parsed table data; EnergyError listing every problem found."""
    problems: list[str] = []
    for key in sorted(set(data) - _TOP_KEYS):
        problems.append(f"unknown top-level key '{key}'{_hint(key, _TOP_KEYS)}")
    name = data.get("name")
    if not isinstance(name, str) or not name:
        problems.append("missing 'name'")
        name = "?"
    presets = data.get("presets", [])
    if not isinstance(presets, list) or not all(isinstance(p, str) for p in presets):
        problems.append("'presets' must be a list of chip names")
        presets = []
    actions: dict[str, ActionEntry] = {}
    raw_actions = data.get("actions", {})
    if not isinstance(raw_actions, dict):
        problems.append("'actions' must be a table")
        raw_actions = {}
    for action, entry in sorted(raw_actions.items()):
        where = f'actions."{action}"'
        known = action in all_actions()
        if not known:
            problems.append(_unknown(where, "action", action, all_actions()))
        parsed = _one_rule(entry, RULES, where, problems)
        if parsed is not None and known:
            actions[action] = ActionEntry(action, *parsed)
    leakage: dict[str, LeakageEntry] = {}
    raw_leak = data.get("leakage", {})
    if not isinstance(raw_leak, dict):
        problems.append("'leakage' must be a table")
        raw_leak = {}
    for kind, entry in sorted(raw_leak.items()):
        where = f"leakage.{kind}"
        known = kind in COMPONENT_KINDS
        if not known:
            problems.append(_unknown(where, "component kind", kind, COMPONENT_KINDS))
        parsed = _one_rule(entry, ("leakage_mw",), where, problems)
        if parsed is not None and known:
            leakage[kind] = LeakageEntry(kind, parsed[1], parsed[2])
    area = _parse_area(data.get("area", {}), problems)
    if problems:
        raise EnergyError(f"invalid energy table {origin}:\n  " + "\n  ".join(problems))
    return EnergyTable(
        name=name,
        description=str(data.get("description", "")),
        presets=tuple(presets),
        source=str(data.get("source", "")),
        actions=actions,
        leakage=leakage,
        sha256=table_hash(data),
        origin=origin,
        data=copy.deepcopy(dict(data)),
        area=area,
    )


def _parse_area(raw: Any, problems: list[str]) -> dict[str, AreaEntry]:
    """Area entries of a table's ``[area.<kind>]`` sections; problems appended to the list."""
    area: dict[str, AreaEntry] = {}
    if not isinstance(raw, dict):
        problems.append("'area' must be a table")
        return area
    for kind, entry in sorted(raw.items()):
        where = f"area.{kind}"
        known = kind in AREA_KINDS
        if not known:
            problems.append(_unknown(where, "component kind with area", kind, AREA_KINDS))
        parsed = _one_rule(entry, AREA_RULES, where, problems)
        if parsed is None or not known:
            continue
        rule = parsed[0]
        if rule in AREA_RULE_KINDS and kind not in AREA_RULE_KINDS[rule]:
            problems.append(
                f"{where}: rule '{rule}' applies only to kind(s) "
                f"{', '.join(AREA_RULE_KINDS[rule])} (use 'um2' per instance)"
            )
            continue
        area[kind] = AreaEntry(kind, *parsed)
    return area


def _one_rule(
    entry: Any, rules: Sequence[str], where: str, problems: list[str]
) -> tuple[str, float, str] | None:
    """``(rule, value, source)`` of a table entry that names exactly one of ``rules`` with a
    finite number in [0, FLOAT_LIMIT] and a non-empty ``source``; None (and the problem
    appended) otherwise."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    named = [r for r in rules if r in entry]
    extra = sorted(set(entry) - set(rules) - {"source"})
    if extra:
        problems.append(f"{where}: unknown key(s) {extra} (rules: {', '.join(rules)})")
    if len(named) != 1:
        problems.append(f"{where}: needs exactly one of {', '.join(rules)} (got {named})")
        return None
    value = entry[named[0]]
    if not _is_valid_number(value):
        problems.append(
            f"{where}: {named[0]} must be a finite number >= 0 and <= {FLOAT_LIMIT:g} "
            f"(got {value!r})"
        )
        return None
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(f"{where}: missing 'source' (paper + table/figure, or rule)")
        return None
    return named[0], float(value), source


def load_table_file(path: str | Path) -> EnergyTable:
    """Load and validate an energy table TOML file."""
    return table_from_dict(read_toml(path, what="energy table"), origin=str(path))


def list_tables() -> list[str]:
    """Names of the shipped energy tables, sorted."""
    return sorted(
        e.name.removesuffix(".toml")
        for e in resources.files(TABLE_PACKAGE).iterdir()
        if e.name.endswith(".toml")
    )


@functools.cache
def builtin_table(name: str) -> EnergyTable:
    """A shipped table by its file name (e.g. ``"hermes"``)."""
    names = list_tables()
    if name not in names:
        raise EnergyError(
            f"unknown energy table '{name}'{_hint(name, names)} (tables: {', '.join(names)})"
        )
    text = resources.files(TABLE_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return table_from_dict(tomllib.loads(text), origin=f"aimcsim/energy/tables/{name}.toml")


def select_table(
    arch: ArchConfig | str | None = None, energy_table: str | Path | None = None
) -> EnergyTable:
    """The energy table for a run.

    ``energy_table`` wins when given: a shipped table name or a path to a TOML file.
    Otherwise the table whose ``presets`` list names the chip (``arch.chip.name``, or
    ``arch`` itself when it is a string) is chosen. No match is an EnergyError.
    """
    if energy_table is not None:
        text = str(energy_table)
        if text in list_tables():
            return builtin_table(text)
        if text.endswith(".toml") or Path(text).exists():
            return load_table_file(text)
        return builtin_table(text)  # raises with a did-you-mean
    if arch is None:
        raise EnergyError("no energy table: give a chip (preset) name or energy_table")
    chip = arch if isinstance(arch, str) else arch.chip.name
    for name in list_tables():
        table = builtin_table(name)
        if chip in table.presets or chip == table.name:
            return table
    raise EnergyError(
        f"no shipped energy table for chip '{chip}'; pass energy_table= (a name among "
        f"{', '.join(list_tables())} or a TOML path)"
    )


def _is_valid_number(value: Any) -> bool:
    """A table number: an int or float (not a bool), finite, in [0, FLOAT_LIMIT]."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 <= value <= FLOAT_LIMIT


def _unknown(where: str, what: str, name: str, vocabulary: Sequence[str]) -> str:
    """The problem of an entry naming an ``what`` outside ``vocabulary``."""
    known = ", ".join(vocabulary)
    return f"{where}: unknown {what} '{name}'{_hint(name, vocabulary)} (known: {known})"


def _hint(word: str, choices: Any) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``choices``; the cutoff 0.5 still finds
    one-letter slips in two-letter names (``ai`` for ``ni``)."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return f"; did you mean '{match[0]}'?" if match else ""
