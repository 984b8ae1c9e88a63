"""CLI subcommand ``energy``: list the shipped energy tables, show one with its sources."""

from __future__ import annotations

import argparse


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``energy tables`` and ``energy show``."""
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
    return 0
