"""``python -m xinjiang_fta``: the command line."""

from .cli import main

raise SystemExit(main())
