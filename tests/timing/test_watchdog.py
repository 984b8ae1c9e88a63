"""The runaway-loop watchdog: loops with memory instructions end in an error naming the tile
and its loop, without --max-cycles; loops that make progress are left alone."""

from __future__ import annotations

import pytest

from aimcsim.timing import RunawayLoopError

from .conftest import run


def test_load_and_jump_loop_stops_at_once_without_a_cycle_limit() -> None:
    program = """
    .tile 2
        li r1, 0
        li r2, 64
    spin:
        ld r1, r2, sram, 16
        jmp spin
    """
    with pytest.raises(RunawayLoopError) as info:
        run(program, max_cycles=None)
    message = str(info.value)
    assert "tile 2 came back to instruction 2 with the same registers" in message
    assert "tile 2 instruction 2 (ld, line 6)" in message and "branch at instruction 3" in message


def test_counting_memory_loop_stops_after_the_watchdog_cycles() -> None:
    # the counter makes every state new: only the no-progress watchdog can see the loop
    program = """
    .tile 1
        li r1, 0
    spin:
        addi r3, r3, 1
        st r1, r1, dram, 8
        jmp spin
    """
    with pytest.raises(RunawayLoopError) as info:
        run(program, max_cycles=None, watchdog_cycles=5_000)
    message = str(info.value)
    assert "tile 1 made no progress" in message
    assert "more than the watchdog's 5,000" in message
    assert "tile 1 instruction 1 (addi, line 5)" in message and "branch at instruction 3" in message


def test_the_error_names_the_other_tiles_waiting_on_the_looping_one() -> None:
    program = """
    .tile 0
        li r1, 0
    spin:
        ld r1, r1, dram, 4
        jmp spin
        send r1, 1, 5, 4
        halt
    .tile 1
        li r1, 0
        recv r1, 0, 5, 4
        halt
    """
    with pytest.raises(RunawayLoopError) as info:
        run(program, max_cycles=None)
    message = str(info.value)
    assert "tile 0 came back to instruction 1" in message
    assert "other tiles: tile 1 instruction 2 (halt, line 12)" in message
    assert "message from tile 0 with tag 5" in message


def test_loops_that_exchange_messages_or_change_layer_are_not_runaway() -> None:
    # 40 iterations of ~200 cycles each, far beyond a 300-cycle watchdog: every iteration
    # sends (tile 0) or receives (tile 1), which is progress
    res = run(
        """
        .tile 0
            li r1, 0
            li r2, 64
            li r3, 0
            li r4, 40
        loop:
            mvm x0, r1, r2, 0
            send r2, 1, 0, 64
            addi r3, r3, 1
            bne r3, r4, loop
            halt
        .tile 1
            li r1, 0
            li r3, 0
            li r4, 40
        loop1:
            recv r1, 0, 0, 64
            vrelu r1, r1, 64
            addi r3, r3, 1
            bne r3, r4, loop1
            halt
        """,
        max_cycles=None,
        watchdog_cycles=300,
    )
    assert res.total_cycles > 40 * 180
    # a long loop on one tile without messages: only the watchdog's span matters
    res = run(
        """
        .tile 0
            li r1, 0
            li r2, 64
            li r3, 0
            li r4, 40
        loop:
            mvm x0, r1, r2, 0
            addi r3, r3, 1
            bne r3, r4, loop
            halt
        """,
        max_cycles=None,
    )
    assert res.total_cycles > 40 * 180


def test_waiting_for_a_message_or_working_through_layers_is_progress() -> None:
    # tile 0 runs 20 x (MVM of layer a, ReLU of layer b) ~ 4,000 cycles without a message;
    # tile 1 waits as long for its message, then loops: neither trips a 1,000-cycle watchdog
    res = run(
        """
        .layer 0 "a"
        .layer 1 "b"
        .tile 0
            li r1, 0
            li r2, 64
            li r3, 0
            li r4, 20
        loop:
        .layer 0
            mvm x0, r1, r2, 0
        .layer 1
            vrelu r2, r2, 64
        .layer -
            addi r3, r3, 1
            bne r3, r4, loop
            send r2, 1, 0, 64
            halt
        .tile 1
            li r1, 0
            li r3, 0
            li r4, 3
            recv r1, 0, 0, 64
        loop1:
            vrelu r1, r1, 64
            addi r3, r3, 1
            bne r3, r4, loop1
            halt
        """,
        max_cycles=None,
        watchdog_cycles=1_000,
    )
    assert res.tile_finish_cycles[1] > 20 * 184
    # the same chip without the layer changes on tile 0 is a runaway at that watchdog
    with pytest.raises(RunawayLoopError, match="tile 0 made no progress"):
        run(
            """
            .tile 0
                li r1, 0
                li r2, 64
                li r3, 0
                li r4, 20
            loop:
                mvm x0, r1, r2, 0
                addi r3, r3, 1
                bne r3, r4, loop
                halt
            """,
            max_cycles=None,
            watchdog_cycles=1_000,
        )
