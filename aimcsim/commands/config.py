"""CLI subcommands ``presets`` and ``config show``."""

from __future__ import annotations

import argparse
import json

from aimcsim.config.arch import ArchConfig


def add_arch_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that builds a chip accepts: --preset, --config, --set."""
    parser.add_argument("--preset", help="architecture preset (see 'aimcsim presets')")
    parser.add_argument("--config", metavar="FILE", help="architecture TOML file")
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config value, e.g. --set tile.adc.bits=6 (repeatable)",
    )


def arch_from_args(args: argparse.Namespace, default_preset: str | None = None) -> ArchConfig:
    """Resolve the architecture named by :func:`add_arch_arguments`' options."""
    from aimcsim.config.loader import load_arch

    preset = args.preset if args.preset is not None else default_preset
    if args.config is not None and args.preset is None:
        preset = None
    return load_arch(preset=preset, path=args.config, overrides=args.overrides)


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``presets`` and ``config``."""
    p = subparsers.add_parser("presets", help="list the shipped architecture presets")
    p.add_argument("--sources", action="store_true", help="also print each preset's sources")
    p.set_defaults(func=_presets)

    c = subparsers.add_parser("config", help="inspect architecture configs")
    csub = c.add_subparsers(title="config commands", metavar="ACTION")
    show = csub.add_parser(
        "show", help="print the resolved config, marking what differs from the defaults"
    )
    add_arch_arguments(show)
    show.add_argument("--json", action="store_true", help="print as JSON")
    show.add_argument("--docs", action="store_true", help="print each field's meaning and range")
    show.set_defaults(func=_show)
    keys = csub.add_parser("keys", help="list every config key with its unit and range")
    keys.set_defaults(func=_keys)


def _presets(args: argparse.Namespace) -> int:
    from aimcsim.config.loader import list_presets

    infos = list_presets()
    width = max(len(p.name) for p in infos)
    for p in infos:
        print(f"{p.name:<{width}}  {p.description}")
        if args.sources:
            print(f"{'':<{width}}  source: {' '.join(p.source.split())}\n")
    return 0


def _show(args: argparse.Namespace) -> int:
    from aimcsim.config.loader import arch_to_dict, iter_params

    arch = arch_from_args(args)
    if args.json:
        print(json.dumps(arch_to_dict(arch), indent=2, sort_keys=True))
        return 0
    defaults = {k: v for k, v, _ in iter_params(ArchConfig())}
    section = None
    n_changed = 0
    for key, value, doc in iter_params(arch):
        head, _, leaf = key.rpartition(".")
        if head != section:
            print(f"\n[{head}]")
            section = head
        changed = value != defaults[key]
        n_changed += changed
        unit = f"  # {doc.unit}" if doc.unit else ""
        mark = f"   (default {defaults[key]!r})" if changed else ""
        print(f"{'*' if changed else ' '} {leaf} = {value!r}{unit}{mark}")
        if args.docs:
            print(f"      {doc.doc}; range {doc.describe_range(value)}")
    print(f"\n{n_changed} value(s) differ from the defaults (marked *).")
    return 0


def _keys(args: argparse.Namespace) -> int:
    from aimcsim.config.loader import iter_params

    for key, value, doc in iter_params(ArchConfig()):
        unit = f" [{doc.unit}]" if doc.unit else ""
        print(f"{key}{unit} = {value!r}  {doc.describe_range(value)}: {doc.doc}")
    return 0
