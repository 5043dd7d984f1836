"""A user's script with typed search hits, as docs/searching.md shows it.

CI checks it with ``mypy --strict`` (it is in pyproject's ``files``) and
tests/test_text_search.py runs it: asking for one *kind* of record types the hits,
so ``hit.record.number`` needs no ``isinstance``.
"""

from __future__ import annotations

from typing import assert_type

import xinjiang_fta as x
from xinjiang_fta import Area, Domain, Hit, Measure, SubArea, Zone


def measure_numbers(query: str) -> list[int]:
    """The number of the measure of every hit of *query* in a measure."""
    return [hit.record.number for hit in x.search(query, kind="measure")]


def area_ids(query: str) -> list[str]:
    """The ids of the areas whose name, aliases or key fields hold *query*, once each, in order."""
    return [area.id for area in x.records_of(x.search(query, kind="area"))]


def hit_types() -> None:
    """What a type checker knows of each search (``assert_type`` does nothing when run)."""
    assert_type(x.search("物流", kind="measure"), tuple[Hit[Measure], ...])
    assert_type(x.search("物流", kind="area")[0].record, Area)
    assert_type(x.search("bonded", kind="sub_area", lang="en")[0].record, SubArea)
    assert_type(x.records_of(x.search("物流", kind="domain")), tuple[Domain, ...])
    assert_type(x.search("新疆", kind="zone")[0].record, Zone)
    anything = x.search("物流")[0]  # no kind: a hit in any kind of record, narrowed by isinstance
    assert_type(anything, Hit[Zone | Area | SubArea | Domain | Measure])
    assert_type(anything, Hit)
    if isinstance(anything.record, Measure):
        assert_type(anything.record.number, int)
