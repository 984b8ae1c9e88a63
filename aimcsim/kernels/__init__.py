"""Pure array kernels of the functional model: numba-jitted kernels and their numpy twins.

No dataclasses, no SimPy: every kernel takes arrays and scalars and writes into arrays.
The elementwise stages of the analog MVM and the device kernels exist twice with one
signature and the same numbers to the bit: a numba kernel (``mvm``, ``device``, ``rng``,
compiled with ``parallel=True``) and a vectorised numpy twin (``mvm_np``, ``device_np``,
``rng_np``). :mod:`aimcsim.kernels.variants` calls the numpy twin on small inputs, where it
is as fast and needs no compilation, and the numba kernel on large ones; numba is imported
only then (:mod:`aimcsim.kernels.jit`). tests/kernels checks every pair on random inputs.
"""
