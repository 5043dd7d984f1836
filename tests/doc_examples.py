"""Run the ``pycon`` examples of a page of docs/ as a doctest, so that the docs stay true."""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

__all__ = ["check_examples"]

DOCS = Path(__file__).resolve().parents[1] / "docs"
_BLOCK = re.compile(r"^```pycon\n(.*?)^```", re.DOTALL | re.MULTILINE)


def check_examples(page: str) -> int:
    """Run every example of docs/*page*; fail with doctest's report if one fails; return how many ran."""
    path = DOCS / page
    source = "\n".join(m.group(1) for m in _BLOCK.finditer(path.read_text(encoding="utf-8")))
    test = doctest.DocTestParser().get_doctest(source, {}, page, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    runner.run(test, out=report.write)
    assert runner.failures == 0, report.getvalue()
    return runner.tries
