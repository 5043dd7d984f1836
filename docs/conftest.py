"""pytest over docs/: the pages' examples run as doctests (--doctest-glob=*.md); not conf.py."""

from __future__ import annotations

from pathlib import Path

import pytest

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*"]


@pytest.fixture(autouse=True)
def _in_a_temporary_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each page's examples in a fresh directory, so the files they write never land in the repo."""
    monkeypatch.chdir(tmp_path)
