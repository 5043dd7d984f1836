"""The environment for tests that run Python in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["SRC", "imported_after", "src_env"]

SRC = Path(__file__).resolve().parents[1] / "src"


def src_env(**extra: str) -> dict[str, str]:
    """This process's environment with the checkout's src/ first on the child's path.

    pytest's ``pythonpath`` setting reaches only the test process, so a child
    would otherwise import whatever copy of the package is installed, or none.
    """
    paths = [str(SRC), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p), **extra}


def imported_after(code: str, modules: Iterable[str]) -> list[str]:
    """Which of *modules* a fresh Python process has imported after running *code*."""
    names = sorted(modules)
    probe = f"{code}\nimport sys\nprint('\\n'.join(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=src_env()
    )
    return out.stdout.split()
