"""Synthetic zones of any size, as plain JSON data generated in memory (never written to the repo).

A zone of *n* measures has domains of 10 measures (the last may have fewer),
3 actions per measure and ``max(3, n // 10)`` areas of 2 parts each, so that every
collection a lookup or a search walks grows with *n*. Every text is distinct and
carries a Japanese, an English and, for names, a Chinese form.

The numbers in the texts are written with :data:`WIDTH` digits (``措置00017の題目``), so
that a record is as long in a large zone as in a small one (up to 99,999 records of a
kind): ten times the measures is then ten times the data, and a growth of the time
measures the code, not longer numbers.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ACTION_WORD", "WIDTH", "zone_data"]

ACTION_WORD = "物流"
"""A word found in one action of every tenth measure: searches for it hit ~1 record in 30."""

WIDTH = 5
"""The digits of every number written in a text."""


def _n(number: int) -> str:
    return f"{number:0{WIDTH}d}"


def _text(ja: str, en: str, zh: str | None = None) -> dict[str, Any]:
    return {"ja": ja, "en": en, "zh": zh}


def _area(i: int) -> dict[str, Any]:
    return {
        "id": f"area{_n(i)}",
        "name": _text(f"第{_n(i)}エリア", f"Area {_n(i)}", f"第{_n(i)}片区"),
        "area_km2": f"{100 + i}.25",
        "sub_areas": [
            {
                "kind": "xpcc_division",
                "name": _text(f"第{_n(i)}師団", f"Division {_n(i)}", f"第{_n(i)}师"),
                "area_km2": "10.5",
            },
            {
                "kind": "bonded_zone",
                "name": _text(f"第{_n(i)}保税区", f"Bonded Zone {_n(i)}", f"第{_n(i)}综合保税区"),
                "area_km2": "2.41",
            },
        ],
        "focus": [_text(f"重点分野{_n(i)}", f"Focus industry {_n(i)}")],
        "aliases": [f"Alias {_n(i)}"],
        "source_ref": {"table": 1, "row": i},
    }


def _measure(number: int) -> dict[str, Any]:
    word = ACTION_WORD if number % 10 == 0 else "取り組み"
    return {
        "number": number,
        "title": _text(f"措置{_n(number)}の題目", f"Title of measure {_n(number)}"),
        "actions": [
            _text(f"措置{_n(number)}の{word}{k}", f"Action {k} of measure {_n(number)}") for k in range(1, 4)
        ],
        "source_ref": {"table": 2, "row": number},
    }


def zone_data(measures: int) -> dict[str, Any]:
    """The JSON data of a valid zone with *measures* measures, in the bundled file's form."""
    domains = [
        {
            "number": d,
            "title": _text(f"分野{_n(d)}", f"Domain {_n(d)}"),
            "measures": [_measure(n) for n in range(first, min(first + 10, measures + 1))],
        }
        for d, first in enumerate(range(1, measures + 1, 10), start=1)
    ]
    return {
        "id": "synthetic",
        "name": _text("合成試験区", "Synthetic Zone", "合成试验区"),
        "areas": [_area(i) for i in range(1, max(3, measures // 10) + 1)],
        "domains": domains,
        "source": {
            "title": _text("合成の計画", "A synthetic plan"),
            "issuer": "The benchmarks",
            "dated": "2023-10-21",
            "published": "2023-10-31",
        },
        "data_version": {"version": f"synthetic-{measures}", "as_of": "2023-10-21"},
        "inaugurated": None,
        "ordinal": None,
    }
