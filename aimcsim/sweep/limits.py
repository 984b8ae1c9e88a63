"""Limits and defaults of a sweep that the command line shows before any heavy import."""

N_MVM_RANGE = (1, 10_000)
"""Allowed MVMs per crossbar of ``streaming-mvm`` (the program is unrolled: its size, and
the memory it takes, grow with this times the crossbars of the chip)."""

DEFAULT_N_MVM = 64
"""MVMs per crossbar of ``streaming-mvm`` when ``--n-mvm`` is not given."""

DEFAULT_TIMEOUT_S = 10.0
"""Default deadline for reaching a Dask scheduler (connection, handshake and client)."""
