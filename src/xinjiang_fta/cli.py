"""The command line: ``xinjiang-fta`` and ``python -m xinjiang_fta``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._version import __version__
from .records import LANGUAGES, Lang

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = argparse.ArgumentParser(
        prog="xinjiang-fta",
        description="The China (Xinjiang) Pilot Free Trade Zone: a summary of the bundled data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the output (default: en)"
    )
    args = parser.parse_args(argv)
    from ._loading import bundled_zone
    from .summary import format_summary

    lang: Lang = args.lang
    sys.stdout.write(format_summary(bundled_zone(), lang))
    return 0
