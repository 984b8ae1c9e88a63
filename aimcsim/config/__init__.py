"""Architecture configuration: dataclasses, presets and the TOML loader."""

from aimcsim.config.arch import (
    AdcConfig,
    ArchConfig,
    BufferConfig,
    ChipConfig,
    CrossbarConfig,
    DacConfig,
    DpuConfig,
    MemoryConfig,
    NocConfig,
    TileConfig,
)
from aimcsim.config.loader import (
    PresetInfo,
    arch_to_dict,
    get_key,
    iter_params,
    known_keys,
    list_presets,
    load_arch,
)
from aimcsim.config.noise import AnalogIoConfig, DeviceNoiseConfig

__all__ = [
    "AdcConfig",
    "AnalogIoConfig",
    "ArchConfig",
    "BufferConfig",
    "ChipConfig",
    "CrossbarConfig",
    "DacConfig",
    "DeviceNoiseConfig",
    "DpuConfig",
    "MemoryConfig",
    "NocConfig",
    "PresetInfo",
    "TileConfig",
    "arch_to_dict",
    "get_key",
    "iter_params",
    "known_keys",
    "list_presets",
    "load_arch",
]
