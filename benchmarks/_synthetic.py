"""Synthetic zones of any size, as plain JSON data generated in memory (never written to the repo).

A zone of *n* measures has domains of 10 measures (the last may have fewer),
3 actions per measure and ``max(3, n // 10)`` areas of 2 parts each, so that every
collection a lookup or a search walks grows with *n*. Every text is distinct and
carries a Japanese, an English and, for names, a Chinese form.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ACTION_WORD", "zone_data"]

ACTION_WORD = "物流"
"""A word found in one action of every tenth measure: searches for it hit ~1 record in 30."""


def _text(ja: str, en: str, zh: str | None = None) -> dict[str, Any]:
    return {"ja": ja, "en": en, "zh": zh}


def _area(i: int) -> dict[str, Any]:
    return {
        "id": f"area{i}",
        "name": _text(f"第{i}エリア", f"Area {i}", f"第{i}片区"),
        "area_km2": f"{100 + i}.25",
        "sub_areas": [
            {
                "kind": "xpcc_division",
                "name": _text(f"第{i}師団", f"Division {i}", f"第{i}师"),
                "area_km2": "10.5",
            },
            {
                "kind": "bonded_zone",
                "name": _text(f"第{i}保税区", f"Bonded Zone {i}", f"第{i}综合保税区"),
                "area_km2": "2.41",
            },
        ],
        "focus": [_text(f"重点分野{i}", f"Focus industry {i}")],
        "aliases": [f"Alias {i}"],
        "source_ref": {"table": 1, "row": i},
    }


def _measure(number: int) -> dict[str, Any]:
    word = ACTION_WORD if number % 10 == 0 else "取り組み"
    return {
        "number": number,
        "title": _text(f"措置{number}の題目", f"Title of measure {number}"),
        "actions": [
            _text(f"措置{number}の{word}{k}", f"Action {k} of measure {number}") for k in range(1, 4)
        ],
        "source_ref": {"table": 2, "row": number},
    }


def zone_data(measures: int) -> dict[str, Any]:
    """The JSON data of a valid zone with *measures* measures, in the bundled file's form."""
    domains = [
        {
            "number": d,
            "title": _text(f"分野{d}", f"Domain {d}"),
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
