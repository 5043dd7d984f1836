"""Exports of a zone for data tools: tidy tables, CSV, pandas DataFrames and a Frictionless Data Package.

Each kind lives in its own module; pandas is imported only by
:func:`~xinjiang_fta.export.dataframe.to_dataframe`, when called.
"""

from __future__ import annotations

from .csv import CSV_ENCODING, csv_bytes, csv_files, dump_csv, load_csv
from .dataframe import to_dataframe
from .datapackage import DATA_LICENSE, datapackage_descriptor, dump_datapackage
from .tables import TABLE_SCHEMAS, Cell, Column, ColumnType, ForeignKey, Table, TableSchema, zone_tables

__all__ = [
    "CSV_ENCODING",
    "DATA_LICENSE",
    "TABLE_SCHEMAS",
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "Table",
    "TableSchema",
    "csv_bytes",
    "csv_files",
    "datapackage_descriptor",
    "dump_csv",
    "dump_datapackage",
    "load_csv",
    "to_dataframe",
    "zone_tables",
]
