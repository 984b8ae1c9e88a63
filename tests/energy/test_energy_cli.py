"""``aimcsim energy tables`` and ``aimcsim energy show``."""

from __future__ import annotations

import pytest

from aimcsim import cli


def test_energy_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.main(["energy", "tables"]) == 0
    assert "hermes" in capsys.readouterr().out
    assert cli.main(["energy", "show", "--preset", "hermes", "--set", "tile.adc.bits=6"]) == 0
    out = capsys.readouterr().out
    assert "adc.convert" in out and "source:" in out and "0.124992 pJ" in out
    assert cli.main(["energy", "show", "pumma", "--preset", "puma"]) == 2
    assert "did you mean 'puma'" in capsys.readouterr().err
