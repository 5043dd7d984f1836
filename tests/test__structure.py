"""Tests of xinjiang_fta._structure: the hand-written reader gives the converter's records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from xinjiang_fta._structure import structure_zone
from xinjiang_fta.converter import converter

from .strategies import zone_data

BUNDLED = Path(x.__file__).parent / "data" / "zone.json"


def test_bundled_file_gives_the_converters_records() -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    fast = structure_zone(data)
    assert fast == converter.structure(data, x.Zone)
    assert converter.unstructure(fast) == data  # nothing read is lost or changed
    assert len(fast.measures) == 25


@settings(max_examples=60)
@given(zone_data())
def test_generated_zones_give_the_converters_records(generated: tuple[x.Zone, dict[str, Any]]) -> None:
    zone, data = generated
    fast, slow = structure_zone(data), converter.structure(data, x.Zone)
    assert fast == slow
    assert fast == zone
    # the same decimals, digit for digit (a generated 1.2E+3 is written and read back as 1200)
    assert repr(fast) == repr(slow)


def test_records_validate_themselves_on_the_fast_path() -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["areas"][0]["area_km2"] = "-1"
    with pytest.raises(ValueError, match="Area 'urumqi': size must be greater than zero"):
        structure_zone(data)


def test_a_missing_required_key_is_named() -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    del data["domains"][0]["measures"][0]["title"]
    with pytest.raises(KeyError, match="title"):
        structure_zone(data)
