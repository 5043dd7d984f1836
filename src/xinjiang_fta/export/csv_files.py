"""The zone as a directory of CSV files, one per table, and back (the format is in docs/export.md)."""

import csv
import io
import os
import re
from decimal import Decimal
from pathlib import Path

from .._atomic import write_all_atomic
from ..errors import DataError
from ..records import MAX_DIGITS, Zone
from ..serialize import from_dict
from .tables import TABLE_SCHEMAS, Cell, Row, Table, TableSchema, zone_data, zone_tables

__all__ = ["CSV_ENCODING", "dump_csv", "load_csv"]

CSV_ENCODING = "utf-8-sig"
"""The encoding of the CSV files: UTF-8 with a byte order mark, which Excel needs to read it as UTF-8."""

_INTEGER = re.compile(f"-?[0-9]{{1,{MAX_DIGITS}}}\\Z", re.ASCII)
_FORMULA = ("=", "+", "-", "@", "'")  # a text cell so begun gets a quote in front (OWASP), and loses it


def csv_bytes(table: Table) -> bytes:
    """Return *table* as the bytes of a CSV file: header, then one line per row, each line ended."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.schema.column_names)
    writer.writerows([_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode(CSV_ENCODING)


def csv_files(zone: Zone) -> dict[str, bytes]:
    """Return the CSV file of every table of *zone*: its name (``areas.csv``…) and its bytes."""
    return {f"{name}.csv": csv_bytes(table) for name, table in zone_tables(zone).items()}


def _cell(value: Cell) -> str:
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    if isinstance(value, Decimal):
        return format(value, "f")  # plain notation, as in a zone file
    return "" if value is None else str(value)  # a whole number, or a date as YYYY-MM-DD


def directory_path(directory: str | os.PathLike[str]) -> Path:
    """*directory* as a :class:`~pathlib.Path`; a :class:`TypeError` naming the argument if it is none."""
    if not isinstance(directory, str | os.PathLike):
        raise TypeError(f"directory must be a str or a path, not {type(directory).__name__}")
    return Path(directory)


def dump_csv(zone: Zone, directory: str | os.PathLike[str], *, overwrite: bool = False) -> list[Path]:
    """Write one CSV file per table of *zone* (``areas.csv``…) into *directory*; return their paths.

    The directory is created if missing. An existing file raises :class:`FileExistsError`, before
    anything is written, unless *overwrite* is true; each file is written atomically.
    """
    return write_all_atomic(directory_path(directory), csv_files(zone), overwrite=overwrite)


def load_csv(directory: str | os.PathLike[str]) -> Zone:
    """Read back a zone from the CSV files :func:`dump_csv` wrote into *directory*.

    A missing file raises :class:`FileNotFoundError`; bad content :class:`~xinjiang_fta.DataError`,
    each problem located by file, row and column (or, for the rebuilt records, by path in the zone).
    """
    path, problems = directory_path(directory), list[tuple[str, str]]()
    tables = {name: _read(path, schema, problems) for name, schema in TABLE_SCHEMAS.items()}
    data = zone_data(tables, problems)
    if problems:
        raise DataError(problems, os.fspath(directory))
    try:
        return from_dict(data, Zone)
    except DataError as error:
        raise error.with_source(os.fspath(directory)) from None


def _read(directory: Path, schema: TableSchema, problems: list[tuple[str, str]]) -> list[Row]:
    name = f"{schema.name}.csv"
    try:
        text = (directory / name).read_bytes().decode(CSV_ENCODING)
    except UnicodeDecodeError as error:
        problems.append((f"{name}, byte {error.start}", "the file is not UTF-8"))
        return []
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:  # such as a field longer than any text
        problems.append((f"{name}, row {len(records) + 1}", f"not CSV: {error}"))
        return []
    if text and not text.endswith(("\n", "\r")):
        fix = "If a spreadsheet dropped the final line end, add a line end after the last row"
        problems.append((f"{name}, row {len(records)}", f"cut short? {fix}"))
    if not records or tuple(records[0]) != schema.column_names:
        problems.append((f"{name}, row 1", f"expected the columns {', '.join(schema.column_names)}"))
        return []
    rows = []
    for number, record in enumerate(records[1:], start=2):
        at = f"{name}, row {number}"
        if len(record) != len(schema.columns):
            problems.append((at, f"expected {len(schema.columns)} values, got {len(record)}"))
            continue
        row: Row = {"_at": at}
        for column, value in zip(schema.columns, record, strict=True):
            if column.type == "integer" and value and not _INTEGER.match(value):
                shown = repr(value if len(value) <= 40 else value[:39] + "…")
                message = f"not an integer of at most {MAX_DIGITS} digits: {shown}"
                problems.append((f"{at}, column {column.name}", message))
                value = ""
            elif column.type == "string" and value.startswith("'"):
                value = value[1:]  # the quote that kept a spreadsheet from reading a formula
            row[column.name] = None if value == "" else int(value) if column.type == "integer" else value
        rows.append(row)
    return rows
