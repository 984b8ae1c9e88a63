"""Units on the command line: durations such as ``1h`` or ``30d`` turned into seconds."""

from __future__ import annotations

import re

from aimcsim.errors import ConfigError

SECONDS_PER_UNIT: dict[str, float] = {
    "": 1.0,
    "s": 1.0,
    "m": 60.0,
    "min": 60.0,
    "h": 3600.0,
    "d": 86400.0,
    "w": 604800.0,
    "y": 31536000.0,
    "yr": 31536000.0,
}


def parse_times(text: str) -> list[float]:
    """``"0,60,1h,1d,1y"`` -> seconds (units s, m/min, h, d, w, y/yr)."""
    out = []
    for part in text.split(","):
        m = re.fullmatch(r"\s*([0-9.eE+-]+)\s*([a-z]*)\s*", part)
        if m is None or m.group(2) not in SECONDS_PER_UNIT:
            raise ConfigError(
                f"bad inference time {part!r} in --t-inference; use numbers with an optional "
                f"unit among {', '.join(u for u in SECONDS_PER_UNIT if u)} (e.g. 0,1h,1d)"
            )
        try:
            v = float(m.group(1)) * SECONDS_PER_UNIT[m.group(2)]
        except ValueError as exc:
            raise ConfigError(f"bad inference time {part!r} in --t-inference") from exc
        out.append(v)
    return out
