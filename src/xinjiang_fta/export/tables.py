"""The zone as tidy tables, one per kind of record, with keys that join, derived from the records; and back.

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

from .._checks import short
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


@attrs.frozen
class Column:
    """A column: its ``name``, the ``type`` of its values, a ``description``, whether it is ``required``."""

    name: str
    type: ColumnType
    description: str
    required: bool = True


@attrs.frozen
class ForeignKey:
    """A reference from the columns ``fields`` to the primary key ``table_fields`` of ``table``."""

    fields: tuple[str, ...]
    table: str
    table_fields: tuple[str, ...]


@attrs.frozen
class TableSchema:
    """The shape of a table: its ``name``, ``description``, ``columns``, ``primary_key``, ``foreign_keys``."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(c.name for c in self.columns)


@attrs.frozen
class Table:
    """One tidy table: its ``schema`` and its ``rows``, in source order, one value per column."""

    schema: TableSchema
    rows: tuple[tuple[Cell, ...], ...]


_POSITION = Column("position", "integer", "The row's place among its parent's rows, from 1.")


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


def _leaves(
    kind: Any, prefix: str, path: tuple[str, ...], docs: tuple[str, ...], optional: Any
) -> Iterator[_Leaf]:
    """The columns of a value of type *kind*: one for a plain value, those of its fields for a record."""
    is_optional = isinstance(kind, UnionType)  # X | None
    kind = next(a for a in get_args(kind) if a is not type(None)) if is_optional else kind
    if attrs.has(kind):
        for field in attrs.fields(kind):
            if get_origin(field.type) is tuple or field.metadata.get("key"):
                continue  # a child table, or a key column of the table
            name = f"{prefix}{field.metadata.get('column', field.name)}_"
            holder = path if is_optional else optional
            yield from _leaves(field.type, name, (*path, field.name), (*docs, field.metadata["doc"]), holder)
        return
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        docs, kind = (*docs, f"One of: {', '.join(str(m.value) for m in kind)}."), str
    column = Column(prefix.rstrip("_"), _TYPES[kind], " ".join(docs), not is_optional and optional is None)
    yield _Leaf(column, path, optional)


def _plan(
    kind: Any,
    name: str,
    description: str,
    *,
    prefix: str = "",
    about: tuple[str, ...] = (),
    parent_table: str = "",
    handed: tuple[Column, ...] = (),
) -> _Plan:
    """The plan of the table *name* of the records (or plain items) of type *kind*.

    A plain item's column is named *prefix* and described by *about*; a child table's rows repeat
    the key columns *handed* down from *parent_table*.
    """
    fields = attrs.fields(kind) if attrs.has(kind) else ()
    keyed = [f for f in fields if f.metadata.get("key")]
    key_columns = tuple(
        Column(f"{kind.__name__.lower()}_{f.name}", _TYPES[f.type], f.metadata["doc"]) for f in keyed
    )
    position = bool(parent_table) and not any(f.type is int for f in keyed)
    leaves = tuple(_leaves(kind, prefix, (), about, None))
    columns = (*key_columns, *handed)
    columns += (_POSITION,) if position else ()
    columns += tuple(leaf.column for leaf in leaves)
    primary = tuple(c.name for c in key_columns) or (*(c.name for c in handed), "position")
    names = tuple(c.name for c in handed)
    foreign = (ForeignKey(names, parent_table, names),) if handed else ()
    down = key_columns if parent_table else ()  # the zone's key is not handed down: a table holds one zone
    children = []
    for field in (f for f in fields if get_origin(f.type) is tuple):
        member, column, doc = get_args(field.type)[0], field.metadata.get("column"), field.metadata["doc"]
        table = field.metadata.get("table", field.name)
        if column is None:  # a record with columns of its own
            child = _plan(
                member, table, (member.__doc__ or "").split("\n")[0], parent_table=name, handed=down
            )
        else:  # a plain item, in one column
            what = f"One item of {kind.__name__}.{field.name}: {doc[0].lower()}{doc[1:]}"
            child = _plan(
                member, table, what, prefix=f"{column}_", about=(doc,), parent_table=name, handed=down
            )
        children.append((field.name, child))
    schema = TableSchema(name, description, columns, primary, foreign)
    keys = tuple((f.name, c.name) for f, c in zip(keyed, key_columns, strict=True))
    return _Plan(schema, keys, names, position, leaves, tuple(children))


def _plans(plan: _Plan) -> Iterator[_Plan]:
    yield plan
    for _, child in plan.children:
        yield from _plans(child)


_ROOT = _plan(Zone, "zone", "The zone, its source document and the data's version (one row).")
_PLANS = {plan.schema.name: plan for plan in _plans(_ROOT)}

TABLE_SCHEMAS: Mapping[str, TableSchema] = MappingProxyType({name: p.schema for name, p in _PLANS.items()})
"""The schema of every table by name, parents before children (a read-only mapping)."""


def _value(item: Any, leaf: _Leaf) -> Cell:
    for step in leaf.path:
        item = None if item is None else getattr(item, step)
    return item.value if isinstance(item, enum.Enum) else item  # type: ignore[no-any-return]


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
    if not isinstance(zone, Zone):
        raise TypeError(f"the tables are those of a Zone, not of {type(zone).__name__}")
    out: dict[str, list[tuple[Cell, ...]]] = {name: [] for name in _PLANS}
    _rows(_ROOT, zone, (), 0, out)
    return {name: Table(_PLANS[name].schema, tuple(rows)) for name, rows in out.items()}


Row = dict[str, Any]  # a row read back: its cells by column name, and where it was read under "_at"
_Problems = list[tuple[str, str]]
_Groups = dict[str, dict[tuple[Any, ...], list[Row]]]  # table: parent key: rows


def zone_data(tables: Mapping[str, list[Row]], problems: _Problems) -> Any:
    """The zone as plain data, rebuilt from the rows of its tables; table problems go to *problems*."""
    groups: _Groups = {}
    for name, plan in _PLANS.items():
        parents = None
        if plan.parent_keys:  # the keys its rows may refer to, in the parent table
            parent = _PLANS[plan.schema.foreign_keys[0].table]
            parents = {tuple(row[c] for _, c in parent.keys) for row in tables[parent.schema.name]}
        grouped = groups[name] = {}
        for row in tables[name]:
            key = tuple(row[c] for c in plan.parent_keys)
            if parents is not None and key not in parents:
                column, shown = plan.parent_keys[0], short(key[0]) if isinstance(key[0], str) else key[0]
                message = f"no such {column} in the parent table: {shown}"
                problems.append((f"{row['_at']}, column {column}", message))
            else:
                grouped.setdefault(key, []).append(row)
    zone_rows = groups.pop("zone").get((), [])
    if len(zone_rows) != 1:
        problems.append(("zone.csv", f"expected exactly one row, got {len(zone_rows)}"))
        return {}
    return _item(_ROOT, zone_rows[0], groups, problems)


def _item(plan: _Plan, row: Row, groups: _Groups, problems: _Problems) -> Any:
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
        ordered = _in_order(child, members, problems)
        data[field] = [_item(child, member, groups, problems) for member in ordered]
    return data


def _in_order(plan: _Plan, rows: list[Row], problems: _Problems) -> list[Row]:
    if not plan.position:
        return rows
    seen: set[int] = set()
    for row in rows:
        position = row["position"]
        if not isinstance(position, int) or not 1 <= position <= len(rows) or position in seen:
            message = f"positions must run 1 to {len(rows)} once each, got {position}"
            problems.append((f"{row['_at']}, column position", message))
        else:
            seen.add(position)
    return sorted(rows, key=lambda row: row["position"] if isinstance(row["position"], int) else 0)
