"""Tests of xinjiang_fta.export.dataframe: numeric frames, exact ones on request, a message without pandas."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta.export.dataframe import to_dataframe
from xinjiang_fta.export.tables import TABLE_SCHEMAS, Cell, zone_tables
from xinjiang_fta.records import Zone

from .strategies import zones

pd = pytest.importorskip("pandas")


def _frame_rows(frame: Any) -> list[tuple[object, ...]]:
    """The rows of *frame*, pandas' missing values read as None and timestamps as dates."""
    return [
        tuple(
            None if v is pd.NA or v is pd.NaT else v.date() if isinstance(v, pd.Timestamp) else v for v in row
        )
        for row in frame.astype(object).itertuples(index=False)
    ]


def _numeric(rows: list[tuple[Cell, ...]]) -> list[tuple[object, ...]]:
    """*rows* with their sizes as the floats a default frame holds."""
    return [tuple(float(v) if isinstance(v, Decimal) else v for v in row) for row in rows]


def test_the_namespace_gives_to_dataframe() -> None:
    assert x.export.to_dataframe is to_dataframe


@pytest.mark.parametrize("name", list(TABLE_SCHEMAS))
def test_every_table_becomes_a_frame_with_its_rows(name: str) -> None:
    table = zone_tables(x.ZONE)[name]
    frame, exact = to_dataframe(x.ZONE, name), to_dataframe(x.ZONE, name, exact=True)
    assert list(frame.columns) == list(exact.columns) == list(table.schema.column_names)
    assert _frame_rows(frame) == _numeric(list(table.rows))
    assert _frame_rows(exact) == list(table.rows)
    kinds = {"integer": "Int64", "string": "string", "number": "float64", "date": "datetime64[s]"}
    assert [str(frame[c.name].dtype) for c in table.schema.columns] == [
        kinds[c.type] for c in table.schema.columns
    ]
    exact_kinds = {**kinds, "number": "object", "date": "object"}
    assert [str(exact[c.name].dtype) for c in table.schema.columns] == [
        exact_kinds[c.type] for c in table.schema.columns
    ]


@settings(max_examples=5)
@given(zones(max_domains=2))
def test_the_frames_of_any_zone_hold_its_rows(zone: Zone) -> None:
    tables = zone_tables(zone)
    for name in ("zone", "areas", "sub_areas", "area_aliases"):  # empty tables and missing dates too
        assert _frame_rows(to_dataframe(zone, name, exact=True)) == list(tables[name].rows)
        assert _frame_rows(to_dataframe(zone, name)) == _numeric(list(tables[name].rows))


def test_sizes_are_numbers_that_print_as_written() -> None:
    areas = to_dataframe(x.ZONE, "areas")
    assert areas["area_km2"].tolist() == [134.6, 28.48, 16.58]
    assert [str(v) for v in areas["area_km2"]] == [str(a.area_km2) for a in x.AREAS]
    assert [str(v) for v in to_dataframe(x.ZONE, "sub_areas")["area_km2"]] == [
        str(p.area_km2) for a in x.AREAS for p in a.sub_areas
    ]
    assert round(areas["area_km2"].mean(), 2) == 59.89
    assert areas.sort_values("area_km2")["area_id"].tolist() == ["horgos", "kashgar", "urumqi"]
    assert float(areas["area_km2"].sum()) == pytest.approx(179.66)


def test_a_bar_plot_of_the_sizes() -> None:
    """What failed with "no numeric data to plot" while sizes were Decimal objects."""
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    ax = to_dataframe(x.ZONE, "areas").plot.bar(x="area_id", y="area_km2")
    try:
        assert [bar.get_height() for bar in ax.patches if isinstance(bar, Rectangle)] == [134.6, 28.48, 16.58]
        assert [label.get_text() for label in ax.get_xticklabels()] == ["urumqi", "kashgar", "horgos"]
    finally:
        plt.close("all")


def test_dates_are_pandas_dates() -> None:
    zone = to_dataframe(x.ZONE, "zone")
    assert zone.loc[0, "source_dated"] == pd.Timestamp(2023, 10, 21)
    assert zone["inaugurated"].dt.date.tolist() == [date(2023, 11, 1)]
    assert (zone["source_published"] - zone["source_dated"]).dt.days.tolist() == [10]
    assert zone.loc[0, "ordinal"] == 22


def test_exact_frames_keep_decimals_and_dates() -> None:
    areas = to_dataframe(x.ZONE, "areas", exact=True)
    assert all(isinstance(v, Decimal) for v in areas["area_km2"])
    assert areas["area_km2"].sum() == sum(areas["area_km2"], Decimal(0)) == Decimal("179.66")
    assert str(areas["position"].dtype) == "Int64"
    zone = to_dataframe(x.ZONE, "zone", exact=True)
    assert type(zone.loc[0, "source_dated"]) is date
    assert zone.loc[0, "source_dated"] == date(2023, 10, 21)
    actions = to_dataframe(x.ZONE, "actions")
    assert actions["text_zh"].isna().all()
    assert actions.merge(to_dataframe(x.ZONE, "measures"), on="measure_number").shape[0] == len(actions) == 52


@settings(max_examples=20)
@given(st.integers(1, 10**50 - 1) | st.sampled_from([2**63 - 1, 2**63, 2**64, 10**50 - 1]))
def test_an_integer_of_up_to_50_digits_is_exact_in_a_column_of_its_own_type(number: int) -> None:
    """An integer beyond pandas' Int64 made an OverflowError; its column now holds Python ints."""
    zone = attrs.evolve(x.ZONE, ordinal=number)
    for exact in (False, True):
        frame = to_dataframe(zone, "zone", exact=exact)
        assert frame.loc[0, "ordinal"] == number
        assert str(frame["ordinal"].dtype) == ("Int64" if number < 2**63 else "object")
        assert str(frame["zone_id"].dtype) == "string"


def test_sizes_of_more_digits_than_a_float_holds_are_rounded_unless_exact() -> None:
    size = Decimal("134." + "1" * 50)
    zone = attrs.evolve(x.ZONE, areas=[attrs.evolve(x.URUMQI, area_km2=size), *x.AREAS[1:]])
    assert to_dataframe(zone, "areas").loc[0, "area_km2"] == float(size)
    assert to_dataframe(zone, "areas", exact=True).loc[0, "area_km2"] == size


@pytest.mark.parametrize("table", [5, None, ("areas",)])
def test_a_table_not_named_by_a_str_is_a_type_error_naming_it(table: object) -> None:
    with pytest.raises(
        TypeError, match=f"^table must be a str, the name of a table, not {type(table).__name__}$"
    ):
        to_dataframe(x.ZONE, table)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^zone must be a Zone, not str$"):
        to_dataframe("xinjiang", "areas")  # type: ignore[arg-type]


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
