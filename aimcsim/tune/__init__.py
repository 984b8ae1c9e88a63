"""``aimcsim tune``: per-layer crossbar settings searched with Optuna under a simulated
latency / energy budget (issue 14). :func:`aimcsim.tune.run.run_tune` runs it end to end;
:mod:`aimcsim.tune.space` says what is searched, :mod:`aimcsim.tune.metrics` what is
minimised and :mod:`aimcsim.tune.study` how the search loop stays deterministic. The package
itself imports nothing, so the command line can read :mod:`aimcsim.tune.limits` cheaply."""
