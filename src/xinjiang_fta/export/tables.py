"""The zone as tidy tables: one table per kind of record, with keys that join.

Every table has a primary key; a child table refers to its parent by the
parent's key (``area_id``, ``domain_number``, ``measure_number``) and orders
its rows by ``position`` (counted from 1). Each text field becomes one column
per language (``name_ja``, ``name_en``, ``name_zh``). Sizes stay exact
:class:`~decimal.Decimal` values.

>>> import xinjiang_fta
>>> areas = zone_tables(xinjiang_fta.ZONE)["areas"]
>>> areas.schema.column_names[:3], areas.rows[0][:3]
(('area_id', 'position', 'name_ja'), ('urumqi', 1, 'ウルムチエリア'))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

import attrs

from ..records import LANGUAGES, SourceRef, Text, Zone

__all__ = [
    "TABLE_SCHEMAS",
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "Table",
    "TableSchema",
    "zone_tables",
]

ColumnType = Literal["string", "integer", "number", "date"]
"""The kind of value in a column, named as in Frictionless Table Schema."""

Cell = str | int | Decimal | date | None
"""A value in a table: text, a whole number, an exact decimal, a date, or ``None`` for none."""


@attrs.frozen
class Column:
    """A column of a table: its name, the kind of its values, and whether a value may be missing."""

    name: str
    """The column's name, such as ``"area_km2"``."""
    type: ColumnType
    """The kind of its values."""
    description: str
    """What the column holds, in English."""
    required: bool = True
    """Whether every row has a value (``False``: the value may be ``None``)."""


@attrs.frozen
class ForeignKey:
    """A reference from columns of one table to the primary key of another."""

    fields: tuple[str, ...]
    """The referring columns."""
    table: str
    """The referred table."""
    table_fields: tuple[str, ...]
    """The referred columns: that table's primary key."""


@attrs.frozen
class TableSchema:
    """The shape of a table: its name, columns and keys."""

    name: str
    """The table's name, such as ``"areas"``."""
    description: str
    """What one row is, in English."""
    columns: tuple[Column, ...]
    """The columns, in order."""
    primary_key: tuple[str, ...]
    """The columns whose values identify a row."""
    foreign_keys: tuple[ForeignKey, ...] = ()
    """The references to other tables."""

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(c.name for c in self.columns)


@attrs.frozen
class Table:
    """One tidy table: its schema and its rows, in source order, one value per column."""

    schema: TableSchema
    """The table's name, columns and keys."""
    rows: tuple[tuple[Cell, ...], ...]
    """The rows."""


def _texts(prefix: str, what: str) -> tuple[Column, ...]:
    names = {"ja": "Japanese (source)", "en": "English", "zh": "Chinese"}
    return tuple(
        Column(f"{prefix}{lang}", "string", f"{what}, {names[lang]}", required=lang != "zh")
        for lang in LANGUAGES
    )


_AREA_KEY = Column("area_id", "string", "The area's identifier")
_POSITION = Column("position", "integer", "The row's order within its parent, from 1")
_SOURCE_REF = (
    Column("source_table", "integer", "The source table (表) the row comes from", required=False),
    Column("source_row", "integer", "The row of that source table", required=False),
)
_TO_AREAS = (ForeignKey(("area_id",), "areas", ("area_id",)),)

_SCHEMAS = (
    TableSchema(
        "zone",
        "The zone, its source document and the data's version (one row)",
        (
            Column("zone_id", "string", "The zone's identifier"),
            *_texts("name_", "The zone's name"),
            *_texts("source_title_", "The source document's title"),
            Column("source_issuer", "string", "Who issued the source document"),
            Column("source_dated", "date", "The date the source document bears"),
            Column("source_published", "date", "The date the source document was made public"),
            Column("data_version", "string", "The data's own version"),
            Column("data_as_of", "date", "The date the data is as of"),
            Column("inaugurated", "date", "The day the zone was inaugurated", required=False),
            Column("ordinal", "integer", "Which pilot free trade zone of China it is", required=False),
        ),
        ("zone_id",),
    ),
    TableSchema(
        "areas",
        "An area of the zone",
        (
            _AREA_KEY,
            _POSITION,
            *_texts("name_", "The area's name"),
            Column("area_km2", "number", "The area's size in km², exact, its parts included"),
            *_SOURCE_REF,
        ),
        ("area_id",),
    ),
    TableSchema(
        "area_aliases",
        "Another name an area is known by",
        (_AREA_KEY, _POSITION, Column("alias", "string", "The other name")),
        ("area_id", "position"),
        _TO_AREAS,
    ),
    TableSchema(
        "sub_areas",
        "A part of an area (a corps division or a bonded zone), included in the area's size",
        (
            _AREA_KEY,
            _POSITION,
            Column("kind", "string", "xpcc_division or bonded_zone"),
            *_texts("name_", "The part's name"),
            Column("area_km2", "number", "The part's size in km², exact"),
        ),
        ("area_id", "position"),
        _TO_AREAS,
    ),
    TableSchema(
        "focus",
        "A focus industry of an area",
        (_AREA_KEY, _POSITION, *_texts("text_", "The focus industry")),
        ("area_id", "position"),
        _TO_AREAS,
    ),
    TableSchema(
        "domains",
        "A policy domain",
        (Column("domain_number", "integer", "The domain's number"), *_texts("title_", "The domain's title")),
        ("domain_number",),
    ),
    TableSchema(
        "measures",
        "A measure of a policy domain",
        (
            Column("measure_number", "integer", "The measure's number, across the zone"),
            Column("domain_number", "integer", "The number of the measure's domain"),
            *_texts("title_", "The measure's title"),
            *_SOURCE_REF,
        ),
        ("measure_number",),
        (ForeignKey(("domain_number",), "domains", ("domain_number",)),),
    ),
    TableSchema(
        "actions",
        "An action of a measure",
        (
            Column("measure_number", "integer", "The number of the action's measure"),
            _POSITION,
            *_texts("text_", "The action"),
        ),
        ("measure_number", "position"),
        (ForeignKey(("measure_number",), "measures", ("measure_number",)),),
    ),
)

TABLE_SCHEMAS: dict[str, TableSchema] = {s.name: s for s in _SCHEMAS}
"""The schema of every table by name, parents before children."""


def _text(text: Text) -> tuple[Cell, ...]:
    return tuple(text.get(lang) for lang in LANGUAGES)


def _ref(ref: SourceRef | None) -> tuple[Cell, ...]:
    return (None, None) if ref is None else (ref.table, ref.row)


def _rows(zone: Zone) -> dict[str, list[tuple[Cell, ...]]]:
    source, areas = zone.source, zone.areas
    return {
        "zone": [
            (
                zone.id,
                *_text(zone.name),
                *_text(source.title),
                source.issuer,
                source.dated,
                source.published,
                zone.data_version.version,
                zone.data_version.as_of,
                zone.inaugurated,
                zone.ordinal,
            )
        ],
        "areas": [
            (a.id, i, *_text(a.name), a.area_km2, *_ref(a.source_ref)) for i, a in enumerate(areas, start=1)
        ],
        "area_aliases": [(a.id, i, alias) for a in areas for i, alias in enumerate(a.aliases, start=1)],
        "sub_areas": [
            (a.id, i, p.kind.value, *_text(p.name), p.area_km2)
            for a in areas
            for i, p in enumerate(a.sub_areas, start=1)
        ],
        "focus": [(a.id, i, *_text(f)) for a in areas for i, f in enumerate(a.focus, start=1)],
        "domains": [(d.number, *_text(d.title)) for d in zone.domains],
        "measures": [
            (m.number, d.number, *_text(m.title), *_ref(m.source_ref))
            for d in zone.domains
            for m in d.measures
        ],
        "actions": [
            (m.number, i, *_text(a)) for m in zone.measures for i, a in enumerate(m.actions, start=1)
        ],
    }


def zone_tables(zone: Zone) -> dict[str, Table]:
    """Return the tables of *zone* by name, in the order of :data:`TABLE_SCHEMAS`."""
    rows = _rows(zone)
    return {name: Table(schema, tuple(rows[name])) for name, schema in TABLE_SCHEMAS.items()}
