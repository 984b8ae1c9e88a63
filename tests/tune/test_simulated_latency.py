"""The latency the tuner prices is the simulator's, not a bare cycle count.

Two candidates for cnn-digits on yu2025-rram read conv2's inputs with the same number of
input-pulse cycles per MVM (Yu et al.'s time factor: bit-serial 4 bits at 1 bit per phase =
4 one-cycle phases; pulse-width 3 bits = 2^2 = 4 pulse steps), so their bare cycle counts
are equal. The simulator sees that the bit-serial read converts its 128 columns through 16
shared ADCs after each of its 4 phases (4 x 8 rounds) against once for the pulse (8
rounds): its latency is higher. Under a budget between the two, the tuner keeps the pulse
candidate and refuses the bit-serial one, whatever their errors.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from aimcsim.compiler.layer_settings import LayerSettings, LayerSettingsTable
from aimcsim.timing.latency import BIT_SERIAL as BIT_SERIAL_CODE
from aimcsim.timing.latency import PULSE_WIDTH, input_phases
from aimcsim.tune.metrics import Budget, scores_of
from aimcsim.tune.problem import resolve_problem
from aimcsim.tune.scoring import Scoring, score_tables
from aimcsim.tune.study import Finished, best_of

CNN = str(Path(__file__).resolve().parents[2] / "workloads" / "cnn-digits")
BIT_SERIAL = LayerSettings(input_encoding="bit_serial", input_bits=4, bits_per_phase=1)
PULSE = LayerSettings(input_encoding="pulse_width", input_bits=3)


def _bare_cycles(workload, settings: dict[str, LayerSettings], dac) -> int:
    """Yu et al.'s time factor: per layer, MVMs per sample x input-pulse cycles per MVM."""
    total = 0
    for layer in workload.layers:
        if not layer["analog"]:
            continue
        s = settings.get(layer["name"], LayerSettings())
        pulse = (s.input_encoding or dac.encoding) == "pulse_width"
        n, cycles = input_phases(
            PULSE_WIDTH if pulse else BIT_SERIAL_CODE,
            s.input_bits or dac.bits,
            s.bits_per_phase or dac.bits_per_phase,
            dac.cycles_per_phase,
            dac.cycles_per_pulse_step,
        )
        total += int(layer["mvms_per_sample"]) * n * cycles
    return total


def test_equal_bare_cycles_different_simulated_latency_ranked_by_the_simulator() -> None:
    problem = resolve_problem(CNN, "yu2025-rram", (), None)
    arch = problem.arch()
    a = LayerSettingsTable(layers={"conv2": BIT_SERIAL})
    b = LayerSettingsTable(layers={"conv2": PULSE})
    wl_a, wl_b = problem.compile(a, arch), problem.compile(b, arch)
    assert _bare_cycles(wl_a, {"conv2": BIT_SERIAL}, arch.tile.dac) == _bare_cycles(
        wl_b, {"conv2": PULSE}, arch.tile.dac
    )
    results = score_tables(CNN, "yu2025-rram", (), [a, b], Scoring(times_s=(0.0,), n_samples=32))
    sa, sb = (scores_of(r, (0.0,)) for r in results)
    assert sb.latency_ns < sa.latency_ns
    conv2 = {r["layer_name"]: r["latency_cycles"] for r in results[0]["layers"]}["conv2"]
    conv2_b = {r["layer_name"]: r["latency_cycles"] for r in results[1]["layers"]}["conv2"]
    assert conv2_b < conv2

    budget = Budget(max_latency_ns=(sa.latency_ns + sb.latency_ns) / 2)
    assert budget.admits(sb) and not budget.admits(sa)
    trials = [Finished(0, {}, sa, budget.admits(sa)), Finished(1, {}, sb, budget.admits(sb))]
    assert best_of(trials).number == 1
    # with equal errors and no binding budget, the lower simulated latency still wins
    sb_same = dataclasses.replace(sb, error=sa.error, mean_rel_error=sa.mean_rel_error)
    same_error = [Finished(0, {}, sa, True), Finished(1, {}, sb_same, True)]
    assert best_of(same_error).number == 1
