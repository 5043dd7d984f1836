"""Exports of a zone for other tools: tables, CSV files, pandas, a Frictionless Data Package, the JSON Schema.

Every name is read from its module on first use, so that ``xinjiang_fta.export``
imports neither :mod:`csv` nor pandas before they are needed.

>>> import xinjiang_fta as fta
>>> list(fta.export.zone_tables(fta.ZONE))[:3]
['zone', 'areas', 'sub_areas']
"""

from .._face import lazy

_FACE = {
    "tables": "TABLE_SCHEMAS Cell Column ColumnType ForeignKey Table TableSchema zone_tables",
    "csv_files": "CSV_ENCODING dump_csv load_csv",
    "dataframe": "to_dataframe",
    "datapackage": "DATA_LICENSE datapackage_descriptor dump_datapackage",
    "..json_schema": "zone_schema",
}
"""Each module and the public names it gives the namespace (``..json_schema``: a module of the package)."""

__all__, __getattr__, __dir__ = lazy(__name__, _FACE)
