"""Tests of xinjiang_fta.export.tables: tidy tables derived from the records, keys that join, and back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, get_args, get_origin

import attrs
import pytest
from hypothesis import given

import xinjiang_fta as x
from xinjiang_fta._exact import exact_sum
from xinjiang_fta.export.tables import (
    TABLE_SCHEMAS,
    Cell,
    Column,
    ForeignKey,
    Table,
    zone_data,
    zone_tables,
)
from xinjiang_fta.records import Zone
from xinjiang_fta.serialize import from_dict, to_dict

from .strategies import sizes, zone_settings, zones

Row = dict[str, Any]

COLUMNS = {
    "zone": (
        "zone_id name_ja name_en name_zh source_title_ja source_title_en source_title_zh source_issuer "
        "source_dated source_published data_version data_as_of inaugurated ordinal"
    ),
    "areas": "area_id position name_ja name_en name_zh area_km2 source_table source_row",
    "sub_areas": "area_id position kind name_ja name_en name_zh area_km2",
    "focus": "area_id position text_ja text_en text_zh",
    "area_aliases": "area_id position alias",
    "domains": "domain_number title_ja title_en title_zh",
    "measures": "measure_number domain_number title_ja title_en title_zh source_table source_row",
    "actions": "measure_number position text_ja text_en text_zh",
}
"""Every table and its columns, in order: the names users' spreadsheets and scripts rely on."""


def _dicts(table: Table) -> list[dict[str, Cell]]:
    return [dict(zip(table.schema.column_names, row, strict=True)) for row in table.rows]


def _plain(cell: Cell) -> Cell:
    """A cell as a zone file writes it: a size in plain notation, a date as YYYY-MM-DD."""
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return cell.isoformat() if isinstance(cell, date) else cell


def _rows(zone: Zone) -> dict[str, list[Row]]:
    """The rows of every table of *zone* as zone_data reads them: plain values by column, and where."""
    return {
        name: [
            {"_at": f"{name}, row {i}", **dict(zip(table.schema.column_names, map(_plain, row), strict=True))}
            for i, row in enumerate(table.rows, start=2)
        ]
        for name, table in zone_tables(zone).items()
    }


def _problems(tables: dict[str, list[Row]]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    zone_data(tables, problems)
    return problems


# The tables


def test_one_table_per_kind_of_record_in_the_order_of_the_record_fields() -> None:
    assert list(zone_tables(x.ZONE)) == list(TABLE_SCHEMAS) == list(COLUMNS)
    assert list(TABLE_SCHEMAS) == [
        "zone",
        "areas",
        "sub_areas",
        "focus",
        "area_aliases",
        "domains",
        "measures",
        "actions",
    ]


@pytest.mark.parametrize("name", list(COLUMNS))
def test_the_column_names_are_unchanged(name: str) -> None:
    assert TABLE_SCHEMAS[name].column_names == tuple(COLUMNS[name].split())
    assert TABLE_SCHEMAS[name].name == name


def test_keys_and_foreign_keys() -> None:
    keys = {name: schema.primary_key for name, schema in TABLE_SCHEMAS.items()}
    assert keys == {
        "zone": ("zone_id",),
        "areas": ("area_id",),
        "sub_areas": ("area_id", "position"),
        "focus": ("area_id", "position"),
        "area_aliases": ("area_id", "position"),
        "domains": ("domain_number",),
        "measures": ("measure_number",),
        "actions": ("measure_number", "position"),
    }
    to_areas = (ForeignKey(("area_id",), "areas", ("area_id",)),)
    foreign = {name: schema.foreign_keys for name, schema in TABLE_SCHEMAS.items()}
    assert foreign == {
        "zone": (),
        "areas": (),  # the zone's key is not repeated: a file holds one zone
        "sub_areas": to_areas,
        "focus": to_areas,
        "area_aliases": to_areas,
        "domains": (),
        "measures": (ForeignKey(("domain_number",), "domains", ("domain_number",)),),
        "actions": (ForeignKey(("measure_number",), "measures", ("measure_number",)),),
    }


def test_column_types_and_which_may_be_missing() -> None:
    columns = {(t, c.name): c for t, schema in TABLE_SCHEMAS.items() for c in schema.columns}
    assert {key for key, c in columns.items() if c.type == "number"} == {
        ("areas", "area_km2"),
        ("sub_areas", "area_km2"),
    }
    assert {key for key, c in columns.items() if c.type == "date"} == {
        ("zone", "source_dated"),
        ("zone", "source_published"),
        ("zone", "data_as_of"),
        ("zone", "inaugurated"),
    }
    assert {key for key, c in columns.items() if c.type == "integer"} == {
        ("zone", "ordinal"),
        *((t, "position") for t in ("areas", "sub_areas", "focus", "area_aliases", "actions")),
        *((t, n) for t in ("areas", "measures") for n in ("source_table", "source_row")),
        ("domains", "domain_number"),
        ("measures", "domain_number"),
        ("measures", "measure_number"),
        ("actions", "measure_number"),
    }
    optional = {key for key, c in columns.items() if not c.required}
    assert optional == {
        *((t, n) for t in ("zone", "areas", "sub_areas") for n in ("name_zh",)),
        ("zone", "source_title_zh"),
        ("zone", "inaugurated"),
        ("zone", "ordinal"),
        ("focus", "text_zh"),
        ("actions", "text_zh"),
        ("domains", "title_zh"),
        ("measures", "title_zh"),
        *((t, n) for t in ("areas", "measures") for n in ("source_table", "source_row")),
    }


def _field_docs(cls: type) -> list[str]:
    """What the tables must say of *cls* and the records below it: each field's ``doc``, or, for a
    field holding records in a table of their own, the first line of their class's docstring."""
    docs = []
    for field in attrs.fields(cls):
        kind = field.type
        member = get_args(kind)[0] if get_origin(kind) is tuple else None
        if member is not None and attrs.has(member) and "column" not in field.metadata:
            docs.append((member.__doc__ or "").split("\n")[0])
        else:
            docs.append(field.metadata["doc"])
        for inner in (kind, *get_args(kind)):
            if attrs.has(inner):
                docs += _field_docs(inner)
    return docs


def test_descriptions_come_from_the_fields_doc_metadata() -> None:
    described = " ".join(
        [schema.description for schema in TABLE_SCHEMAS.values()]
        + [c.description for schema in TABLE_SCHEMAS.values() for c in schema.columns]
    )
    for doc in _field_docs(Zone):
        assert doc in described, doc
    areas = {c.name: c.description for c in TABLE_SCHEMAS["areas"].columns}
    assert areas["area_km2"] == "The area's size in km², exact; its parts are included in it."
    assert (
        areas["name_zh"]
        == "The area's name. In Chinese: the official name (names only; other texts have none)."
    )
    assert areas["position"] == "The row's place among its parent's rows, from 1."
    kind = TABLE_SCHEMAS["sub_areas"].columns[2]
    assert kind == Column("kind", "string", "What the part belongs to. One of: xpcc_division, bonded_zone.")


def test_the_schemas_are_read_only() -> None:
    with pytest.raises(TypeError):
        TABLE_SCHEMAS["extra"] = TABLE_SCHEMAS["zone"]  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        TABLE_SCHEMAS["zone"].name = "other"  # type: ignore[misc]


def test_the_bundled_tables_hold_every_figure() -> None:
    tables = zone_tables(x.ZONE)
    areas = _dicts(tables["areas"])
    assert [(a["area_id"], a["position"], a["area_km2"]) for a in areas] == [
        ("urumqi", 1, Decimal("134.6")),
        ("kashgar", 2, Decimal("28.48")),
        ("horgos", 3, Decimal("16.58")),
    ]
    assert exact_sum(a["area_km2"] for a in areas if isinstance(a["area_km2"], Decimal)) == Decimal("179.66")
    parts = [(p["area_id"], p["position"], p["kind"], p["area_km2"]) for p in _dicts(tables["sub_areas"])]
    assert parts[:2] == [
        ("urumqi", 1, "xpcc_division", Decimal("30.8")),
        ("urumqi", 2, "bonded_zone", Decimal("2.41")),
    ]
    assert [p[3] for p in parts] == [Decimal(s) for s in ("30.8", "2.41", "3.81", "3.56", "1.95", "3.61")]
    (zone,) = _dicts(tables["zone"])
    assert (zone["zone_id"], zone["source_dated"], zone["data_version"], zone["ordinal"]) == (
        "xinjiang",
        date(2023, 10, 21),
        "1.1.0",
        22,
    )
    assert (areas[1]["source_table"], areas[1]["source_row"]) == (1, 2)
    assert ("horgos", 1, "Khorgos") in tables["area_aliases"].rows
    assert len(tables["focus"].rows) == sum(len(a.focus) for a in x.AREAS)
    assert len(tables["domains"].rows) == 8
    assert len(tables["measures"].rows) == 25
    assert [row[1] for row in tables["measures"].rows] == [1, 1, 1, 2, 2, *([3] * 3), *([4] * 3)] + [
        d.number for d in x.DOMAINS[4:] for _ in d.measures
    ]
    assert len(tables["actions"].rows) == sum(len(m.actions) for m in x.MEASURES) == 52
    assert all(row[4] is None for row in tables["actions"].rows)  # actions have no Chinese


@zone_settings
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
        for index, column in enumerate(schema.columns):
            kinds = {"string": str, "integer": int, "number": Decimal, "date": date}
            assert all(isinstance(row[index], kinds[column.type]) or row[index] is None for row in table.rows)
            assert all(row[index] is not None for row in table.rows) or not column.required
        for foreign in schema.foreign_keys:
            parent = tables[foreign.table]
            parent_index = [parent.schema.column_names.index(c) for c in foreign.table_fields]
            parent_keys = {tuple(row[i] for i in parent_index) for row in parent.rows}
            child_index = [schema.column_names.index(c) for c in foreign.fields]
            assert {tuple(row[i] for i in child_index) for row in table.rows} <= parent_keys
    assert len(tables["zone"].rows) == 1
    assert len(tables["areas"].rows) == len(zone.areas)
    assert len(tables["sub_areas"].rows) == sum(len(a.sub_areas) for a in zone.areas)
    assert len(tables["focus"].rows) == sum(len(a.focus) for a in zone.areas)
    assert len(tables["area_aliases"].rows) == sum(len(a.aliases) for a in zone.areas)
    assert len(tables["measures"].rows) == len(zone.measures)
    assert len(tables["actions"].rows) == sum(len(m.actions) for m in zone.measures)
    assert [row[-3] for row in tables["areas"].rows] == [a.area_km2 for a in zone.areas]  # exact


# Back from the rows: zone_data


@zone_settings
@given(zones(area_sizes=sizes))
def test_zone_data_rebuilds_the_zone_from_the_rows_of_its_tables(zone: Zone) -> None:
    problems: list[tuple[str, str]] = []
    data = zone_data(_rows(zone), problems)
    assert problems == []
    assert data == to_dict(zone)
    assert from_dict(data, Zone) == zone


def test_rows_may_come_in_any_order_of_positions() -> None:
    tables = _rows(x.ZONE)
    tables["areas"].reverse()
    tables["actions"].reverse()  # positions within each measure come backwards
    tables["actions"].sort(key=lambda row: row["measure_number"])
    assert from_dict(zone_data(tables, []), Zone) == x.ZONE


def test_an_optional_record_with_every_column_empty_is_none() -> None:
    tables = _rows(x.ZONE)
    tables["areas"][0] |= {"source_table": None, "source_row": None}
    half = tables["measures"][0] | {"source_row": None}
    tables["measures"][0] = half
    data = zone_data(tables, [])
    assert data["areas"][0]["source_ref"] is None
    # half a record is left for the converter to refuse
    assert data["domains"][0]["measures"][0]["source_ref"] == {"table": 2, "row": None}


def test_the_zone_table_needs_exactly_one_row() -> None:
    tables = _rows(x.ZONE)
    none = tables | {"zone": []}
    assert _problems(none) == [("zone.csv", "expected exactly one row, got 0")]
    two = tables | {"zone": tables["zone"] * 2}
    assert _problems(two) == [("zone.csv", "expected exactly one row, got 2")]
    assert zone_data(none, []) == {}


def test_a_row_without_a_parent_is_located() -> None:
    tables = _rows(x.ZONE)
    tables["focus"].append(tables["focus"][0] | {"_at": "focus, row 99", "area_id": "nowhere"})
    tables["actions"].append(tables["actions"][0] | {"_at": "actions, row 99", "measure_number": 26})
    assert _problems(tables) == [
        ("focus, row 99, column area_id", "no such area_id in the parent table: 'nowhere'"),
        ("actions, row 99, column measure_number", "no such measure_number in the parent table: 26"),
    ]


def test_positions_must_run_from_1_once_each() -> None:
    tables = _rows(x.ZONE)
    tables["sub_areas"][1]["position"] = 1  # urumqi's parts: 1, 1
    tables["focus"][0]["position"] = 9  # beyond the number of urumqi's focus rows
    tables["area_aliases"][0]["position"] = None  # an empty cell
    assert _problems(tables) == [
        ("sub_areas, row 3, column position", "positions must run 1 to 2 once each, got 1"),
        ("focus, row 2, column position", f"positions must run 1 to {len(x.URUMQI.focus)} once each, got 9"),
        ("area_aliases, row 2, column position", "positions must run 1 to 1 once each, got None"),
    ]
