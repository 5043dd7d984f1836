"""Tests of xinjiang_fta.export.dataframe: exact values, nullable types, a clear message without pandas."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from xinjiang_fta.export.dataframe import to_dataframe
from xinjiang_fta.export.tables import TABLE_SCHEMAS, zone_tables
from xinjiang_fta.records import Zone

from .strategies import zones

pd = pytest.importorskip("pandas")


def _frame_rows(frame: Any) -> list[tuple[object, ...]]:
    """The rows of *frame*, pandas' missing value read as None."""
    return [
        tuple(None if v is pd.NA else v for v in values)
        for values in frame.astype(object).itertuples(index=False)
    ]


def test_the_namespace_gives_to_dataframe() -> None:
    assert x.export.to_dataframe is to_dataframe


@pytest.mark.parametrize("name", list(TABLE_SCHEMAS))
def test_every_table_becomes_a_frame_with_its_rows(name: str) -> None:
    table = zone_tables(x.ZONE)[name]
    frame = to_dataframe(x.ZONE, name)
    assert list(frame.columns) == list(table.schema.column_names)
    assert _frame_rows(frame) == list(table.rows)
    kinds = {"integer": "Int64", "string": "string", "number": "object", "date": "object"}
    assert [str(frame[c.name].dtype) for c in table.schema.columns] == [
        kinds[c.type] for c in table.schema.columns
    ]


@settings(max_examples=5)
@given(zones(max_domains=2))
def test_the_frames_of_any_zone_hold_its_rows(zone: Zone) -> None:
    tables = zone_tables(zone)
    for name in ("areas", "sub_areas", "area_aliases"):  # empty tables too
        assert _frame_rows(to_dataframe(zone, name)) == list(tables[name].rows)


def test_sizes_stay_exact_decimals_and_dates_stay_dates() -> None:
    areas = to_dataframe(x.ZONE, "areas")
    assert all(isinstance(v, Decimal) for v in areas["area_km2"])
    assert sum(areas["area_km2"], Decimal(0)) == Decimal("179.66")
    assert str(areas["position"].dtype) == "Int64"
    zone = to_dataframe(x.ZONE, "zone")
    assert zone.loc[0, "source_dated"] == date(2023, 10, 21)
    assert zone.loc[0, "ordinal"] == 22
    actions = to_dataframe(x.ZONE, "actions")
    assert actions["text_zh"].isna().all()
    assert actions.merge(to_dataframe(x.ZONE, "measures"), on="measure_number").shape[0] == len(actions) == 52


def test_an_unknown_table() -> None:
    with pytest.raises(KeyError, match="no table 'nothing': expected one of zone, areas, sub_areas"):
        to_dataframe(x.ZONE, "nothing")


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="to_dataframe needs pandas") as caught:
        to_dataframe(x.ZONE, "areas")
    # as docs/export.md says and the message said before issue 12: '.[pandas]' only works in a checkout
    assert "pip install pandas" in str(caught.value)
    assert "pip install '.[pandas]'" in str(caught.value)
