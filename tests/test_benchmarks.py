"""Tests of benchmarks/_synthetic.py: the synthetic zones are valid and grow with the data.

No figure's value is checked: timings belong to the benchmark run, never to the tests.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import xinjiang_fta as x

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from _synthetic import ACTION_WORD, zone  # noqa: E402


@settings(max_examples=20)
@given(st.integers(1, 60))
def test_a_synthetic_zone_has_the_measures_asked_for(n: int) -> None:
    made = zone(n)
    assert [m.number for m in made.measures] == list(range(1, n + 1))
    assert len(made.areas) == max(3, n // 10)
    assert x.from_json(x.to_json(made)) == made
    hits = {h.key for h in x.search(ACTION_WORD, zone=made) if h.kind == "measure"}
    assert hits == set(range(10, n + 1, 10))


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


@settings(max_examples=10)
@given(st.integers(3, 30))
def test_ten_times_the_measures_is_ten_times_the_text(tens: int) -> None:
    """Numbers in the texts have a fixed width, so a record is as long in a large zone as in a small one."""
    small, large = x.to_dict(zone(10 * tens)), x.to_dict(zone(100 * tens))

    def length(data: dict[str, Any]) -> int:
        return sum(len(s) for s in _strings([data["areas"], data["domains"]]))

    assert length(large) == 10 * length(small)
