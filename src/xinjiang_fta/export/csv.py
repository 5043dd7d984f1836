"""The zone as a directory of CSV files, one per table, and back.

The files are UTF-8 with a byte order mark, so Excel opens the Japanese and
Chinese text intact, with a header row and CRLF line ends (RFC 4180). An empty
cell means no value. Sizes are written digit for digit (``134.6``), dates as
``YYYY-MM-DD``.

>>> import tempfile, pathlib, xinjiang_fta
>>> with tempfile.TemporaryDirectory() as directory:
...     paths = dump_csv(xinjiang_fta.ZONE, directory)
...     [p.name for p in paths][:3], load_csv(directory) == xinjiang_fta.ZONE
(['zone.csv', 'areas.csv', 'area_aliases.csv'], True)
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._atomic import write_all_atomic
from ..converter import converter
from ..records import LANGUAGES, Zone
from ..serialize import DataError, from_dict
from .tables import TABLE_SCHEMAS, Cell, Table, TableSchema, zone_tables

__all__ = ["CSV_ENCODING", "csv_bytes", "csv_files", "dump_csv", "load_csv"]

CSV_ENCODING = "utf-8-sig"
"""The encoding of the CSV files: UTF-8 with a byte order mark, which Excel needs to read it as UTF-8."""

_INTEGER = re.compile(r"-?[0-9]+\Z", re.ASCII)

Row = dict[str, Any]


def csv_bytes(table: Table) -> bytes:
    """Return *table* as the bytes of a CSV file: header, then one line per row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.schema.column_names)
    writer.writerows([_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode(CSV_ENCODING)


def csv_files(zone: Zone) -> dict[str, bytes]:
    """Return the CSV file of every table of *zone*: its name (``areas.csv``…) and its bytes."""
    return {f"{name}.csv": csv_bytes(table) for name, table in zone_tables(zone).items()}


def _cell(value: Cell) -> str:
    return "" if value is None else str(converter.unstructure(value))


def dump_csv(zone: Zone, directory: str | os.PathLike[str], *, overwrite: bool = False) -> list[Path]:
    """Write one CSV file per table of *zone* (``areas.csv``…) into *directory*; return their paths.

    The directory is created if missing. If any of the files exists and
    *overwrite* is false, :class:`FileExistsError` is raised before anything is
    written; each file is written atomically.
    """
    return write_all_atomic(Path(directory), csv_files(zone), overwrite=overwrite)


def load_csv(directory: str | os.PathLike[str]) -> Zone:
    """Read back a zone from the CSV files :func:`dump_csv` wrote into *directory*.

    A missing file raises :class:`FileNotFoundError`. Bad content raises
    :class:`~xinjiang_fta.DataError`: problems of a table (wrong header, an
    integer that is not one, a key without a parent, positions not 1, 2, 3…)
    are located by file, row and column; problems of the records rebuilt
    from the rows are located by their path in the zone, as for a zone file.
    """
    problems: list[tuple[str, str]] = []
    tables = {name: _read(Path(directory), schema, problems) for name, schema in TABLE_SCHEMAS.items()}
    data = _document(tables, problems)
    if problems:
        raise DataError(problems, os.fspath(directory))
    try:
        return from_dict(data, Zone)
    except DataError as error:
        raise error.with_source(os.fspath(directory)) from None


def _read(directory: Path, schema: TableSchema, problems: list[tuple[str, str]]) -> list[Row]:
    """The rows of one CSV file as dicts: "" becomes None, integer columns become int."""
    file_name = f"{schema.name}.csv"
    try:
        text = (directory / file_name).read_bytes().decode(CSV_ENCODING)
    except UnicodeDecodeError as error:
        problems.append((f"{file_name}, byte {error.start}", "the file is not UTF-8"))
        return []
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records or tuple(records[0]) != schema.column_names:
        problems.append((f"{file_name}, row 1", f"expected the columns {', '.join(schema.column_names)}"))
        return []
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if len(record) != len(schema.columns):
            problems.append(
                (f"{file_name}, row {number}", f"expected {len(schema.columns)} values, got {len(record)}")
            )
            continue
        row: Row = {"_at": f"{file_name}, row {number}"}
        for column, value in zip(schema.columns, record, strict=True):
            if value == "":
                row[column.name] = None
            elif column.type == "integer" and not _INTEGER.match(value):
                problems.append(
                    (f"{file_name}, row {number}, column {column.name}", f"not an integer: {value!r}")
                )
                row[column.name] = None
            else:
                row[column.name] = int(value) if column.type == "integer" else value
        rows.append(row)
    return rows


def _text(row: Row, prefix: str) -> dict[str, Any]:
    return {lang: row[f"{prefix}{lang}"] for lang in LANGUAGES}


def _source_ref(row: Row) -> dict[str, Any] | None:
    if row["source_table"] is None and row["source_row"] is None:
        return None
    return {"table": row["source_table"], "row": row["source_row"]}


def _in_position_order(rows: list[Row], problems: list[tuple[str, str]]) -> list[Row]:
    """*rows* by position, which must be 1, 2, 3… in any order; rows without a position keep theirs."""
    if not rows or "position" not in rows[0]:
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


def _children(
    rows: list[Row],
    key: str,
    parents: list[Any],
    build: Callable[[Row], Any],
    problems: list[tuple[str, str]],
) -> dict[Any, list[Any]]:
    """Group child rows under their parents' keys, in position order; report rows without a parent."""
    groups: dict[Any, list[Row]] = {parent: [] for parent in parents}
    for row in rows:
        if row[key] in groups:
            groups[row[key]].append(row)
        else:
            problems.append(
                (f"{row['_at']}, column {key}", f"no such {key} in the parent table: {row[key]!r}")
            )
    return {
        parent: [build(row) for row in _in_position_order(group, problems)]
        for parent, group in groups.items()
    }


def _document(tables: dict[str, list[Row]], problems: list[tuple[str, str]]) -> dict[str, Any]:
    """The zone as the plain data :func:`~xinjiang_fta.from_dict` reads, from the rows of its tables."""
    if len(tables["zone"]) != 1:
        problems.append(("zone.csv", f"expected exactly one row, got {len(tables['zone'])}"))
        return {}
    zone = tables["zone"][0]
    areas = _in_position_order(tables["areas"], problems)
    area_ids = [row["area_id"] for row in areas]
    aliases = _children(tables["area_aliases"], "area_id", area_ids, lambda row: row["alias"], problems)
    sub_areas = _children(
        tables["sub_areas"],
        "area_id",
        area_ids,
        lambda row: {"kind": row["kind"], "name": _text(row, "name_"), "area_km2": row["area_km2"]},
        problems,
    )
    focus = _children(tables["focus"], "area_id", area_ids, lambda row: _text(row, "text_"), problems)
    domain_numbers = [row["domain_number"] for row in tables["domains"]]
    measures = _children(
        tables["measures"],
        "domain_number",
        domain_numbers,
        lambda row: {
            "number": row["measure_number"],
            "title": _text(row, "title_"),
            "source_ref": _source_ref(row),
        },
        problems,
    )
    measure_numbers = [measure["number"] for group in measures.values() for measure in group]
    actions = _children(
        tables["actions"], "measure_number", measure_numbers, lambda row: _text(row, "text_"), problems
    )
    for group in measures.values():
        for measure in group:
            measure["actions"] = actions[measure["number"]]
    return {
        "id": zone["zone_id"],
        "name": _text(zone, "name_"),
        "areas": [
            {
                "id": row["area_id"],
                "name": _text(row, "name_"),
                "area_km2": row["area_km2"],
                "sub_areas": sub_areas[row["area_id"]],
                "focus": focus[row["area_id"]],
                "aliases": aliases[row["area_id"]],
                "source_ref": _source_ref(row),
            }
            for row in areas
        ],
        "domains": [
            {
                "number": row["domain_number"],
                "title": _text(row, "title_"),
                "measures": measures[row["domain_number"]],
            }
            for row in tables["domains"]
        ],
        "source": {
            "title": _text(zone, "source_title_"),
            "issuer": zone["source_issuer"],
            "dated": zone["source_dated"],
            "published": zone["source_published"],
        },
        "data_version": {"version": zone["data_version"], "as_of": zone["data_as_of"]},
        "inaugurated": zone["inaugurated"],
        "ordinal": zone["ordinal"],
    }
