"""Synthetic zones of any size, built as records (so in the format of the bundled file), never in the repo.

A zone of *n* measures has domains of 10 measures (the last may have fewer), 3
actions per measure and ``max(3, n // 10)`` areas of 2 parts each, so that every
collection a lookup or a search walks grows with *n*. Numbers in texts have
:data:`WIDTH` digits (``措置00017の題目``), so that ten times the measures is ten
times the data, and a growth of the time measures the code, not longer numbers.
"""

from __future__ import annotations

from datetime import date

from xinjiang_fta import (
    Area,
    DataVersion,
    Domain,
    Measure,
    Source,
    SourceRef,
    SubArea,
    SubAreaKind,
    Text,
    Zone,
)

ACTION_WORD = "物流"
"""A word found in one action of every tenth measure: a search for it hits about 1 text in 30."""

WIDTH = 5
"""The digits of every number written in a text."""


def _n(number: int) -> str:
    return f"{number:0{WIDTH}d}"


def _area(i: int) -> Area:
    return Area(
        id=f"area{_n(i)}",
        name=Text(f"第{_n(i)}エリア", f"Area {_n(i)}", f"第{_n(i)}片区"),
        area_km2=f"{100 + i}.25",
        sub_areas=[
            SubArea(
                SubAreaKind.XPCC_DIVISION, Text(f"第{_n(i)}師団", f"Division {_n(i)}", f"第{_n(i)}师"), "10.5"
            ),
            SubArea(SubAreaKind.BONDED_ZONE, Text(f"第{_n(i)}保税区", f"Bonded Zone {_n(i)}"), "2.41"),
        ],
        focus=[Text(f"重点分野{_n(i)}", f"Key field {_n(i)}")],
        aliases=[f"Alias {_n(i)}"],
        source_ref=SourceRef(1, i),
    )


def _measure(number: int) -> Measure:
    word = ACTION_WORD if number % 10 == 0 else "取り組み"
    actions = [
        Text(f"措置{_n(number)}の{word}{k}", f"Action {k} of measure {_n(number)}") for k in range(1, 4)
    ]
    return Measure(
        number,
        Text(f"措置{_n(number)}の題目", f"Title of measure {_n(number)}"),
        actions,
        SourceRef(2, number),
    )


def zone(measures: int) -> Zone:
    """A valid zone with *measures* measures."""
    domains = [
        Domain(
            d,
            Text(f"分野{_n(d)}", f"Domain {_n(d)}"),
            [_measure(n) for n in range(first, min(first + 10, measures + 1))],
        )
        for d, first in enumerate(range(1, measures + 1, 10), start=1)
    ]
    return Zone(
        id="synthetic",
        name=Text("合成試験区", "Synthetic Zone", "合成试验区"),
        areas=[_area(i) for i in range(1, max(3, measures // 10) + 1)],
        domains=domains,
        source=Source(
            Text("合成の計画", "A synthetic plan"), "The benchmarks", date(2023, 10, 21), date(2023, 10, 31)
        ),
        data_version=DataVersion(f"synthetic-{measures}", date(2023, 10, 21)),
    )
