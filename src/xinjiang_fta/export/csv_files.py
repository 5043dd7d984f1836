"""The zone as a directory of CSV files, one per table, and back.

The files are UTF-8 with a byte order mark, so Excel opens the Japanese and
Chinese text intact, with a header row and CRLF line ends (RFC 4180). An empty
cell means no value. Sizes are written digit for digit (``134.6``), dates as
``YYYY-MM-DD``.

>>> import tempfile, pathlib, xinjiang_fta
>>> with tempfile.TemporaryDirectory() as directory:
...     paths = dump_csv(xinjiang_fta.ZONE, directory)
...     [p.name for p in paths][:3], load_csv(directory) == xinjiang_fta.ZONE
(['zone.csv', 'areas.csv', 'sub_areas.csv'], True)
"""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from .._atomic import write_all_atomic
from ..errors import DataError
from ..records import Zone
from ..serialize import from_dict
from .tables import TABLE_SCHEMAS, Cell, Row, Table, TableSchema, zone_data, zone_tables

__all__ = ["CSV_ENCODING", "dump_csv", "load_csv"]

CSV_ENCODING = "utf-8-sig"
"""The encoding of the CSV files: UTF-8 with a byte order mark, which Excel needs to read it as UTF-8."""

_INTEGER = re.compile(r"-?[0-9]+\Z", re.ASCII)


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
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")  # plain notation, as in a zone file
    return value.isoformat() if isinstance(value, date) else str(value)


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
    data = zone_data(tables, problems)
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
