"""Numba-jitted pure array kernels of the functional model, each with a numpy reference twin.

No dataclasses, no SimPy: every kernel takes arrays and scalars and writes into arrays.
The twin of kernel ``foo`` is ``foo_ref`` in the same module and must give the same numbers
(tests/kernels check both on random inputs).
"""
