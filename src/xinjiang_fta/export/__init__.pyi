# Generated from _FACE in __init__.py by `python -m tests.test_init`: do not edit.

from ..json_schema import zone_schema as zone_schema
from .csv_files import CSV_ENCODING as CSV_ENCODING
from .csv_files import dump_csv as dump_csv
from .csv_files import load_csv as load_csv
from .dataframe import to_dataframe as to_dataframe
from .datapackage import DATA_LICENSE as DATA_LICENSE
from .datapackage import datapackage_descriptor as datapackage_descriptor
from .datapackage import dump_datapackage as dump_datapackage
from .tables import TABLE_SCHEMAS as TABLE_SCHEMAS
from .tables import Cell as Cell
from .tables import Column as Column
from .tables import ColumnType as ColumnType
from .tables import ForeignKey as ForeignKey
from .tables import Table as Table
from .tables import TableSchema as TableSchema
from .tables import zone_tables as zone_tables

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
    "datapackage_descriptor",
    "dump_csv",
    "dump_datapackage",
    "load_csv",
    "to_dataframe",
    "zone_schema",
    "zone_tables",
]
