"""Pure array kernels of the functional model: numba-jitted kernels and their numpy twins.

No dataclasses, no SimPy: every kernel takes arrays and scalars and writes into arrays.
The elementwise stages of the analog MVM and the device kernels exist with one signature and
the same numbers to the bit as a numba kernel (``mvm``, ``device``, ``rng``, compiled with
``parallel=True``, and serially) and as a vectorised numpy twin (``mvm_np``, ``device_np``,
``rng_np``). :mod:`aimcsim.kernels.variants` picks one per call: the numpy twin on small
inputs until the numba kernel pays for itself, which a small workload never reaches, so it
never imports numba (:mod:`aimcsim.kernels.jit`). tests/kernels checks every pair on random
inputs.
"""
