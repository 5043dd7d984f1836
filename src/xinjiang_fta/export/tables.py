"""The zone as tidy tables, one a kind of record, with keys that join, derived from the records; and back."""

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
_Path = tuple[str, ...]  # the fields that lead from a record to a value
_Columns = tuple[Column, ...]


@attrs.frozen
class _Leaf:
    """A column of one value of a row's item, its path, and the path of the optional record holding it."""

    column: Column
    path: _Path
    optional: _Path | None


@attrs.frozen
class _Plan:
    """How a table is made and read back: schema, leaves, each tuple field's table, parent table and key."""

    schema: TableSchema
    leaves: tuple[_Leaf, ...]
    children: tuple[tuple[str, str], ...]
    parent: str
    parent_keys: tuple[str, ...]


def _leaves(
    kind: Any, prefix: str = "", path: _Path = (), docs: _Path = (), held: _Path | None = None
) -> Iterator[_Leaf]:
    """The leaves of a value of type *kind*: one for a plain value, those of its fields for a record.

    A record's fields in child tables have none; a key field's column is named after its record.
    """
    is_optional = isinstance(kind, UnionType)  # X | None
    kind = next(a for a in get_args(kind) if a is not type(None)) if is_optional else kind
    if attrs.has(kind):
        held = path if is_optional else held
        for f in (f for f in attrs.fields(kind) if get_origin(f.type) is not tuple):
            name = f.metadata.get("column", f.name)
            name = f"{kind.__name__.lower()}_{name}" if f.metadata.get("key") else name
            yield from _leaves(f.type, f"{prefix}{name}_", (*path, f.name), (*docs, f.metadata["doc"]), held)
        return
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        docs, kind = (*docs, f"One of: {', '.join(str(m.value) for m in kind)}."), str
    column = Column(prefix.rstrip("_"), _TYPES[kind], " ".join(docs), not is_optional and held is None)
    yield _Leaf(column, path, held)


def _plans(
    kind: Any, name: str, about: str, found: Iterator[_Leaf], parent: str = "", handed: _Columns = ()
) -> list[_Plan]:
    """The plans of the table *name* of items of type *kind* and of its child tables, parents first.

    Its rows hold the leaves *found*, after the key columns *handed* down from the table *parent*.
    """
    fields = attrs.fields(kind) if attrs.has(kind) else ()
    keys = {(f.name,) for f in fields if f.metadata.get("key")}
    leaves = tuple(found)
    own = tuple(leaf.column for leaf in leaves if leaf.path in keys)
    position = (_POSITION,) if parent and not any(c.type == "integer" for c in own) else ()
    columns = (*own, *handed, *position, *(leaf.column for leaf in leaves if leaf.path not in keys))
    names = tuple(c.name for c in handed)
    primary = tuple(c.name for c in own) or (*names, "position")
    foreign = (ForeignKey(names, parent, names),) if handed else ()
    down = own if parent else ()  # the zone's key is not handed down: a table holds one zone
    children, below = [], []
    for field in (f for f in fields if get_origin(f.type) is tuple):
        member, column, doc = get_args(field.type)[0], field.metadata.get("column"), field.metadata["doc"]
        table = field.metadata.get("table", field.name)
        if column is None:  # a record with columns of its own
            below += _plans(member, table, (member.__doc__ or "").split("\n")[0], _leaves(member), name, down)
        else:  # a plain item, in one column
            what = f"One item of {kind.__name__}.{field.name}: {doc[0].lower()}{doc[1:]}"
            below += _plans(member, table, what, _leaves(member, f"{column}_", docs=(doc,)), name, down)
        children.append((field.name, table))
    schema = TableSchema(name, about, columns, primary, foreign)
    return [_Plan(schema, leaves, tuple(children), parent, names), *below]


_ZONE = "The zone, its source document and the data's version (one row)."
_PLANS = {plan.schema.name: plan for plan in _plans(Zone, "zone", _ZONE, _leaves(Zone))}

TABLE_SCHEMAS: Mapping[str, TableSchema] = MappingProxyType({name: p.schema for name, p in _PLANS.items()})
"""The schema of every table by name, parents before children (a read-only mapping)."""


def _rows(plan: _Plan, item: Any, handed: dict[str, Cell], out: dict[str, list[Any]]) -> None:
    cells = dict(handed)
    for leaf in plan.leaves:
        value = item
        for step in leaf.path:
            value = None if value is None else getattr(value, step)
        cells[leaf.column.name] = value.value if isinstance(value, enum.Enum) else value
    out[plan.schema.name].append(tuple(cells[c] for c in plan.schema.column_names))
    for field, table in plan.children:
        key = {c: cells[c] for c in _PLANS[table].parent_keys}
        for i, member in enumerate(getattr(item, field), 1):
            _rows(_PLANS[table], member, key | {"position": i}, out)


def zone_tables(zone: Zone) -> dict[str, Table]:
    """Return the tables of *zone* by name, in the order of :data:`TABLE_SCHEMAS`."""
    if not isinstance(zone, Zone):
        raise TypeError(f"zone must be a Zone, not {type(zone).__name__}")
    out: dict[str, list[Any]] = {name: [] for name in _PLANS}
    _rows(_PLANS["zone"], zone, {}, out)
    return {name: Table(_PLANS[name].schema, tuple(rows)) for name, rows in out.items()}


Row = dict[str, Any]  # a row read back: its cells by column name, and where it was read under "_at"
_Problems = list[tuple[str, str]]
_Groups = dict[str, dict[tuple[Any, ...], list[Row]]]  # table: parent key: rows


def zone_data(tables: Mapping[str, list[Row]], problems: _Problems) -> Any:
    """The zone as plain data, rebuilt from the rows of its tables; table problems go to *problems*."""
    groups: _Groups = {}
    for name, plan in _PLANS.items():
        columns = plan.parent_keys  # the keys its rows may refer to, in the parent table:
        parents = {tuple(r[c] for c in columns) for r in tables[plan.parent]} if columns else {()}
        grouped = groups[name] = {}
        for row in tables[name]:
            key = tuple(row[c] for c in columns)
            if key in parents:
                grouped.setdefault(key, []).append(row)
            else:
                shown = short(key[0]) if isinstance(key[0], str) else key[0]
                message = f"no such {columns[0]} in the parent table: {shown}"
                problems.append((f"{row['_at']}, column {columns[0]}", message))
    zone_rows = groups.pop("zone").get((), [])
    if len(zone_rows) != 1:
        problems.append(("zone.csv", f"expected exactly one row, got {len(zone_rows)}"))
        return {}
    return _item(_PLANS["zone"], zone_rows[0], groups, problems)


def _item(plan: _Plan, row: Row, groups: _Groups, problems: _Problems) -> Any:
    if not plan.leaves[0].path:  # a plain item: an alias
        return row[plan.leaves[0].column.name]
    data: dict[str, Any] = {}
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
    for field, table in plan.children:
        child = _PLANS[table]
        members = groups[table].pop(tuple(row[c] for c in child.parent_keys), [])
        ordered = _in_order(members, problems) if "position" in child.schema.column_names else members
        data[field] = [_item(child, member, groups, problems) for member in ordered]
    return data


def _in_order(rows: list[Row], problems: _Problems) -> list[Row]:
    left = set(range(1, len(rows) + 1))  # the positions not seen yet
    for row in rows:
        if row["position"] in left:
            left.remove(row["position"])
        else:
            message = f"positions must run 1 to {len(rows)} once each, got {row['position']}"
            problems.append((f"{row['_at']}, column position", message))
    return sorted(rows, key=lambda row: row["position"] or 0)  # an empty cell: None
