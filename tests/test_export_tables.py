"""Tests of the tidy tables of a zone: shapes, keys that join, exact values."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings

import xinjiang_fta as x
from tests.strategies import zones
from xinjiang_fta import TABLE_SCHEMAS, Zone, zone_tables
from xinjiang_fta._exact import exact_sum


def test_one_table_per_kind_of_record() -> None:
    assert list(zone_tables(x.ZONE)) == [
        "zone",
        "areas",
        "area_aliases",
        "sub_areas",
        "focus",
        "domains",
        "measures",
        "actions",
    ]


def test_the_bundled_tables_hold_every_figure() -> None:
    tables = zone_tables(x.ZONE)
    areas = [dict(zip(tables["areas"].schema.column_names, row, strict=True)) for row in tables["areas"].rows]
    assert [(a["area_id"], a["area_km2"]) for a in areas] == [
        ("urumqi", Decimal("134.6")),
        ("kashgar", Decimal("28.48")),
        ("horgos", Decimal("16.58")),
    ]
    assert exact_sum(a["area_km2"] for a in areas if isinstance(a["area_km2"], Decimal)) == Decimal("179.66")
    assert len(tables["measures"].rows) == 25
    assert len(tables["domains"].rows) == 8
    assert len(tables["actions"].rows) == sum(len(m.actions) for m in x.MEASURES)


@settings(max_examples=30)
@given(zones())
def test_rows_match_columns_keys_are_unique_and_foreign_keys_join(zone: Zone) -> None:
    tables = zone_tables(zone)
    for name, table in tables.items():
        schema = table.schema
        assert schema is TABLE_SCHEMAS[name]
        assert all(len(row) == len(schema.columns) for row in table.rows)
        key_columns = [schema.column_names.index(c) for c in schema.primary_key]
        keys = [tuple(row[i] for i in key_columns) for row in table.rows]
        assert len(set(keys)) == len(keys)
        for column in schema.columns:
            index = schema.column_names.index(column.name)
            assert all(row[index] is not None for row in table.rows) or not column.required
        for foreign in schema.foreign_keys:
            parent = tables[foreign.table]
            parent_index = [parent.schema.column_names.index(c) for c in foreign.table_fields]
            parent_keys = {tuple(row[i] for i in parent_index) for row in parent.rows}
            child_index = [schema.column_names.index(c) for c in foreign.fields]
            assert {tuple(row[i] for i in child_index) for row in table.rows} <= parent_keys
    assert len(tables["sub_areas"].rows) == sum(len(a.sub_areas) for a in zone.areas)
    assert len(tables["actions"].rows) == sum(len(m.actions) for m in zone.measures)
