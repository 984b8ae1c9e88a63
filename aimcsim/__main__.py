"""``python -m aimcsim``: the same as the ``aimcsim`` command."""

from aimcsim.cli import main

raise SystemExit(main())
