"""Tests of to_dataframe: exact values, nullable types, and a clear message without pandas."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest

import xinjiang_fta as x
from xinjiang_fta import TABLE_SCHEMAS, to_dataframe, zone_tables

pd = pytest.importorskip("pandas")


@pytest.mark.parametrize("name", list(TABLE_SCHEMAS))
def test_every_table_becomes_a_frame_with_its_rows(name: str) -> None:
    table = zone_tables(x.ZONE)[name]
    frame = to_dataframe(x.ZONE, name)
    assert list(frame.columns) == list(table.schema.column_names)
    assert len(frame) == len(table.rows)
    for row, values in zip(table.rows, frame.astype(object).itertuples(index=False), strict=True):
        assert tuple(None if v is pd.NA else v for v in values) == row


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
    assert actions.merge(to_dataframe(x.ZONE, "measures"), on="measure_number").shape[0] == len(actions)


def test_an_unknown_table() -> None:
    with pytest.raises(KeyError, match="expected one of zone, areas"):
        to_dataframe(x.ZONE, "nothing")


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"xinjiang-fta\[pandas\]"):
        to_dataframe(x.ZONE, "areas")
