"""aimcsim: a cycle-accurate architectural simulator of analog in-memory computing chips.

The public API is re-exported here; see the README for a tour.
"""

__version__ = "0.1.0"

from aimcsim.config import ArchConfig, list_presets, load_arch
from aimcsim.errors import AimcSimError

__all__ = ["AimcSimError", "ArchConfig", "__version__", "list_presets", "load_arch"]
