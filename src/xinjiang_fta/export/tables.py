"""The zone as tidy tables: one table per kind of record, with keys that join.

The tables are derived from the record classes (:mod:`xinjiang_fta.records`):

- one table for the zone, and one for each tuple field below it, named after
  the field (or its ``table`` metadata): ``areas``, ``sub_areas``, ``focus``,
  ``area_aliases``, ``domains``, ``measures``, ``actions``;
- a record's key (``id``, ``number``) is a column named after the record
  (``area_id``, ``measure_number``); a child table repeats its parent's key, which
  refers to the parent table (the zone's key is not repeated: a file holds one
  zone), and a child without a number of its own has a ``position``, from 1;
- a field holding a record is flattened into one column per field of that record,
  prefixed with the field's name (or its ``column`` metadata): ``name_ja``,
  ``source_title_en``, ``data_as_of``; so each text has one column per language.

Sizes stay exact :class:`~decimal.Decimal` values.

>>> import xinjiang_fta
>>> areas = zone_tables(xinjiang_fta.ZONE)["areas"]
>>> areas.schema.column_names[:3], areas.rows[0][:3]
(('area_id', 'position', 'name_ja'), ('urumqi', 1, 'ウルムチエリア'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType, UnionType
from typing import Any, Literal, get_args, get_origin

import attrs

from ..records import Zone

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

_TYPES: dict[Any, ColumnType] = {str: "string", int: "integer", Decimal: "number", date: "date"}
_POSITION_DOC = "The row's place among its parent's rows, from 1."


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


@attrs.frozen
class _Leaf:
    """A column holding one value of a row's item, and the fields that lead from the item to the value."""

    column: Column
    path: tuple[str, ...]
    optional: tuple[str, ...] | None  # the path of the optional record holding the value, if any


@attrs.frozen
class _Plan:
    """How one table is made from a zone and read back: its schema and where each value is in its item."""

    schema: TableSchema
    keys: tuple[tuple[str, str], ...]  # the item's own key: (field, column)
    parent_keys: tuple[str, ...]  # the columns repeating the parent's key
    position: bool
    leaves: tuple[_Leaf, ...]
    children: tuple[tuple[str, _Plan], ...]  # the item's tuple fields and their tables


def _unwrap(kind: Any) -> tuple[Any, bool]:
    """The type inside ``X | None``, and whether it was optional."""
    if isinstance(kind, UnionType):
        return next(a for a in get_args(kind) if a is not type(None)), True
    return kind, False


def _leaves(
    kind: Any, prefix: str, path: tuple[str, ...], docs: tuple[str, ...], optional: Any
) -> Iterator[_Leaf]:
    """The columns of a value of type *kind*: one for a plain value, those of its fields for a record."""
    kind, is_optional = _unwrap(kind)
    if attrs.has(kind):
        for field in attrs.fields(kind):
            if get_origin(field.type) is tuple or field.metadata.get("key"):
                continue  # a child table, or a key column of the table
            yield from _leaves(
                field.type,
                f"{prefix}{field.metadata.get('column', field.name)}_",
                (*path, field.name),
                (*docs, field.metadata["doc"]),
                path if is_optional else optional,
            )
        return
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        docs, kind = (*docs, f"One of: {', '.join(str(m.value) for m in kind)}."), str
    column = Column(prefix.rstrip("_"), _TYPES[kind], " ".join(docs), not is_optional and optional is None)
    yield _Leaf(column, path, optional)


def _plan(
    kind: Any, name: str, description: str, item: tuple[str, str], parent: tuple[str, tuple[Column, ...]]
) -> _Plan:
    """The plan of the table *name*, of items of type *kind*.

    *item* is the prefix and the description of the columns of a plain item (an
    alias, a text); *parent* the parent table's name and the key columns it hands down.
    """
    fields = attrs.fields(kind) if attrs.has(kind) else ()
    keyed = [f for f in fields if f.metadata.get("key")]
    key_columns = tuple(
        Column(f"{kind.__name__.lower()}_{f.name}", _TYPES[f.type], f.metadata["doc"]) for f in keyed
    )
    parent_table, handed = parent
    position = bool(parent_table) and not any(f.type is int for f in keyed)
    leaves = tuple(_leaves(kind, item[0], (), item[1:] if item[1] else (), None))
    columns = (*key_columns, *handed)
    columns += (Column("position", "integer", _POSITION_DOC),) if position else ()
    columns += tuple(leaf.column for leaf in leaves)
    primary = tuple(c.name for c in key_columns) or (*(c.name for c in handed), "position")
    names = tuple(c.name for c in handed)
    foreign = (ForeignKey(names, parent_table, names),) if handed else ()
    # The zone's key is not handed down: a table holds one zone.
    hand_down = (name, key_columns if parent_table else ())
    children = []
    for field in fields:
        if get_origin(field.type) is tuple:
            member = get_args(field.type)[0]
            column = field.metadata.get("column")
            table = field.metadata.get("table", field.name)
            if column is None:  # a record with columns of its own
                child = _plan(member, table, (member.__doc__ or "").split("\n")[0], ("", ""), hand_down)
            else:
                doc = field.metadata["doc"]
                about = f"One item of {kind.__name__}.{field.name}: {doc[0].lower()}{doc[1:]}"
                child = _plan(member, table, about, (f"{column}_", doc), hand_down)
            children.append((field.name, child))
    schema = TableSchema(name, description, columns, primary, foreign)
    keys = tuple((f.name, c.name) for f, c in zip(keyed, key_columns, strict=True))
    return _Plan(schema, keys, names, position, leaves, tuple(children))


def _plans(plan: _Plan) -> Iterator[_Plan]:
    yield plan
    for _, child in plan.children:
        yield from _plans(child)


_ROOT = _plan(
    Zone, "zone", "The zone, its source document and the data's version (one row).", ("", ""), ("", ())
)
_PLANS = {plan.schema.name: plan for plan in _plans(_ROOT)}

TABLE_SCHEMAS: Mapping[str, TableSchema] = MappingProxyType({name: p.schema for name, p in _PLANS.items()})
"""The schema of every table by name, parents before children (a read-only mapping)."""


def _value(item: Any, leaf: _Leaf) -> Cell:
    value = item
    for step in leaf.path:
        if value is None:
            return None
        value = getattr(value, step)
    cell: Cell = value.value if isinstance(value, enum.Enum) else value
    return cell


def _rows(
    plan: _Plan, item: Any, handed: tuple[Cell, ...], position: int, out: dict[str, list[tuple[Cell, ...]]]
) -> None:
    own = tuple(getattr(item, field) for field, _ in plan.keys)
    place = (position,) if plan.position else ()
    out[plan.schema.name].append((*own, *handed, *place, *(_value(item, leaf) for leaf in plan.leaves)))
    for field, child in plan.children:
        for i, member in enumerate(getattr(item, field), 1):
            _rows(child, member, own if child.parent_keys else (), i, out)


def zone_tables(zone: Zone) -> dict[str, Table]:
    """Return the tables of *zone* by name, in the order of :data:`TABLE_SCHEMAS`."""
    out: dict[str, list[tuple[Cell, ...]]] = {name: [] for name in _PLANS}
    _rows(_ROOT, zone, (), 0, out)
    return {name: Table(_PLANS[name].schema, tuple(rows)) for name, rows in out.items()}


Row = dict[str, Any]
"""A row read back: its cells by column name, and where it was read under ``"_at"`` (for messages)."""


def zone_data(tables: Mapping[str, list[Row]], problems: list[tuple[str, str]]) -> Any:
    """The zone as plain data for :func:`~xinjiang_fta.from_dict`, rebuilt from the rows of its tables.

    Problems of the tables (a row without a parent, positions that are not 1, 2,
    3…) are added to *problems*; what the rows hold is left for the converter to
    check.
    """
    groups: dict[str, dict[tuple[Any, ...], list[Row]]] = {}
    for name, plan in _PLANS.items():
        parents = None
        if plan.parent_keys:  # the keys its rows may refer to, in the parent table
            parent = _PLANS[plan.schema.foreign_keys[0].table]
            parents = {tuple(row[c] for _, c in parent.keys) for row in tables[parent.schema.name]}
        grouped = groups[name] = {}
        for row in tables[name]:
            key = tuple(row[c] for c in plan.parent_keys)
            if parents is not None and key not in parents:
                column = plan.parent_keys[0]
                problems.append(
                    (f"{row['_at']}, column {column}", f"no such {column} in the parent table: {key[0]!r}")
                )
            else:
                grouped.setdefault(key, []).append(row)
    zone_rows = groups.pop("zone").get((), [])
    if len(zone_rows) != 1:
        problems.append(("zone.csv", f"expected exactly one row, got {len(zone_rows)}"))
        return {}
    return _item(_ROOT, zone_rows[0], groups, problems)


def _item(
    plan: _Plan,
    row: Row,
    groups: dict[str, dict[tuple[Any, ...], list[Row]]],
    problems: list[tuple[str, str]],
) -> Any:
    if plan.leaves and not plan.leaves[0].path:  # a plain item: an alias
        return row[plan.leaves[0].column.name]
    data: dict[str, Any] = {field: row[column] for field, column in plan.keys}
    for leaf in plan.leaves:
        place = data
        for step in leaf.path[:-1]:
            place = place.setdefault(step, {})
        place[leaf.path[-1]] = row[leaf.column.name]
    for path in {leaf.optional for leaf in plan.leaves if leaf.optional is not None}:
        holder = data
        for step in path[:-1]:
            holder = holder[step]
        if all(value is None for value in holder[path[-1]].values()):
            holder[path[-1]] = None  # an optional record with all its columns empty: none
    own = tuple(row[column] for _, column in plan.keys)
    for field, child in plan.children:
        members = groups[child.schema.name].pop(own if child.parent_keys else (), [])
        data[field] = [
            _item(child, member, groups, problems) for member in _in_order(child, members, problems)
        ]
    return data


def _in_order(plan: _Plan, rows: list[Row], problems: list[tuple[str, str]]) -> list[Row]:
    """*rows* by position, which must be 1, 2, 3… in any order; rows of a numbered table keep theirs."""
    if not plan.position:
        return rows
    seen: set[int] = set()
    for row in rows:
        position = row["position"]
        if not isinstance(position, int) or not 1 <= position <= len(rows) or position in seen:
            problems.append(
                (
                    f"{row['_at']}, column position",
                    f"positions must run 1 to {len(rows)} once each, got {position}",
                )
            )
        else:
            seen.add(position)
    return sorted(rows, key=lambda row: row["position"] if isinstance(row["position"], int) else 0)
