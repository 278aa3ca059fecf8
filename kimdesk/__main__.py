"""``python -m kimdesk`` is the same program as ``kimdesk``."""

from kimdesk.cli import main

raise SystemExit(main())
