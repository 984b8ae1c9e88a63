"""CLI subcommands ``energy`` (list the shipped energy tables, show one with its sources) and
``area`` (the chip's area breakdown per component kind, with sources)."""

from __future__ import annotations

import argparse


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``energy tables``, ``energy show`` and ``area``."""
    from aimcsim.commands.config import add_arch_arguments

    e = subparsers.add_parser("energy", help="energy tables: per-action pJ and leakage, sourced")
    esub = e.add_subparsers(title="energy commands", metavar="ACTION")
    t = esub.add_parser("tables", help="list the shipped energy tables")
    t.set_defaults(func=_tables)
    s = esub.add_parser(
        "show", help="print a table's entries, their sources and their pJ on a chip"
    )
    s.add_argument("table", nargs="?", help="table name or TOML path (default: the chip's)")
    add_arch_arguments(s)
    s.set_defaults(func=_show)
    a = subparsers.add_parser(
        "area", help="chip area per component kind from the energy table's area entries"
    )
    a.add_argument("table", nargs="?", help="table name or TOML path (default: the chip's)")
    add_arch_arguments(a)
    a.set_defaults(func=_area)


def _tables(args: argparse.Namespace) -> int:
    from aimcsim.energy.table import builtin_table, list_tables

    for name in list_tables():
        table = builtin_table(name)
        print(f"{name:<12} presets {', '.join(table.presets):<24} {table.description}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from aimcsim.commands.config import arch_from_args
    from aimcsim.energy.table import select_table

    arch = arch_from_args(args)
    table = select_table(arch, args.table)
    print(f"energy table {table.name} ({table.origin}), sha256 {table.sha256}")
    print(f"chip {arch.chip.name}: {table.description}\n")
    print("actions (energy per counted action on this chip):")
    for action, entry in sorted(table.actions.items()):
        pj = entry.energy_pj(arch)
        print(f"  {action:<18} {pj:>12.6g} pJ   [{entry.rule} = {entry.value:g}]")
        print(f"  {'':<18} source: {entry.source}")
    print("\nleakage per component instance:")
    for kind, leak in sorted(table.leakage.items()):
        print(f"  {kind:<18} {leak.leakage_mw:>12.6g} mW   source: {leak.source}")
    print("\narea per component instance on this chip:")
    for kind, area in sorted(table.area.items()):
        um2 = area.instance_um2(arch)
        print(f"  {kind:<18} {um2:>12.6g} um2  [{area.rule} = {area.value:g}]")
        print(f"  {'':<18} source: {area.source}")
    return 0


def _area(args: argparse.Namespace) -> int:
    from aimcsim.commands.config import arch_from_args
    from aimcsim.energy.area import area_breakdown, core_area_mm2
    from aimcsim.energy.table import select_table

    arch = arch_from_args(args)
    table = select_table(arch, args.table)
    df = area_breakdown(arch, table)
    print(f"chip {arch.chip.name}: area from energy table {table.name} ({table.origin})\n")
    print(f"  {'kind':<8} {'count':>6} {'area_mm2':>12} {'share':>7}  source")
    total = float(df["area_mm2"].sum())
    for row in df.itertuples(index=False):
        share = row.area_mm2 / total if total > 0 else 0.0
        print(f"  {row.kind:<8} {row.count:>6} {row.area_mm2:>12.6g} {share:>7.1%}  {row.source}")
    print(f"\n  total    {'':>6} {total:>12.6g} mm^2")
    core = core_area_mm2(arch, table)
    print(f"  one core (one tile without its network interface): {core:.6g} mm^2")
    return 0
