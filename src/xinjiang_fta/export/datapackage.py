"""The zone as a Frictionless Data Package: the CSV files and a ``datapackage.json`` describing them."""

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .._atomic import write_all_atomic
from ..records import Zone
from .csv_files import CSV_ENCODING, csv_files, directory_path
from .tables import TABLE_SCHEMAS, TableSchema

__all__ = ["DATA_LICENSE", "datapackage_descriptor", "dump_datapackage"]

DATA_LICENSE: Mapping[str, str] = MappingProxyType(
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0",
    }
)
"""The licence declared for the data in the package (the library's code is MIT); read-only."""


def _table_schema(schema: TableSchema) -> dict[str, Any]:
    """The Frictionless Table Schema of *schema*: typed fields, required ones, integers from 1, keys."""
    fields = []
    for column in schema.columns:
        constraints: dict[str, Any] = {"required": True} if column.required else {}
        if column.type == "integer":
            constraints["minimum"] = 1
        field = {"name": column.name, "type": column.type, "description": column.description}
        fields.append(field | ({"constraints": constraints} if constraints else {}))
    keys = [
        {"fields": list(key.fields), "reference": {"resource": key.table, "fields": list(key.table_fields)}}
        for key in schema.foreign_keys
    ]
    result = {"fields": fields, "missingValues": [""], "primaryKey": list(schema.primary_key)}
    return result | ({"foreignKeys": keys} if keys else {})


def datapackage_descriptor(zone: Zone) -> dict[str, Any]:
    """Return the content of ``datapackage.json`` for the CSV files of *zone*, as a dict.

    It gives each file its Table Schema (types, required fields, keys), the licence and the
    source, so that ``frictionless validate`` checks the package.
    """
    if not isinstance(zone, Zone):
        raise TypeError(f"zone must be a Zone, not {type(zone).__name__}")
    name, source = zone.name, zone.source
    issued = f"Issued by {source.issuer}, dated {source.dated}, published {source.published}."
    return {
        "name": zone.id,
        "title": name.en,
        "description": (
            f"{name.en} ({name.ja}): its areas, their parts and key fields, and its policy domains, "
            f"measures and actions, from {source.title.en} ({source.title.ja}). Japanese is the "
            "source text, English a translation, Chinese the official names."
        ),
        "version": zone.data_version.version,
        "licenses": [dict(DATA_LICENSE)],
        "sources": [{"title": f"{source.title.ja} / {source.title.en}", "description": issued}],
        "resources": [
            {
                "name": table,
                "description": schema.description,
                "path": f"{table}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": CSV_ENCODING,
                "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n"},
                "schema": _table_schema(schema),
            }
            for table, schema in TABLE_SCHEMAS.items()
        ],
    }


def dump_datapackage(zone: Zone, directory: str | os.PathLike[str], *, overwrite: bool = False) -> list[Path]:
    """Write the CSV files of *zone* and their ``datapackage.json`` into *directory*; return the paths.

    Writes as :func:`~xinjiang_fta.export.dump_csv` does: nothing is replaced without *overwrite*.
    """
    import json

    path, contents = directory_path(directory), csv_files(zone)
    descriptor = json.dumps(datapackage_descriptor(zone), ensure_ascii=False, indent=2) + "\n"
    contents["datapackage.json"] = descriptor.encode("utf-8")
    return write_all_atomic(path, contents, overwrite=overwrite)
