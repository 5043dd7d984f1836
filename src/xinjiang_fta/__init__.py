"""The China (Xinjiang) Pilot Free Trade Zone as typed, frozen records.

The data is read from the bundled JSON on first use of a constant, not at
import:

>>> import xinjiang_fta
>>> xinjiang_fta.ZONE.total_area_km2
Decimal('179.66')
>>> xinjiang_fta.URUMQI.name.en
'Urumqi Area'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__
from .records import (
    LANGUAGES,
    Area,
    DataVersion,
    Domain,
    Lang,
    Measure,
    Source,
    SourceRef,
    SubArea,
    SubAreaKind,
    Text,
    Zone,
)

if TYPE_CHECKING:
    from .export import (
        CSV_ENCODING,
        DATA_LICENSE,
        TABLE_SCHEMAS,
        Cell,
        Column,
        ColumnType,
        ForeignKey,
        Table,
        TableSchema,
        csv_bytes,
        csv_files,
        datapackage_descriptor,
        dump_csv,
        dump_datapackage,
        load_csv,
        to_dataframe,
        zone_tables,
    )
    from .files import dump_zone, load_zone
    from .schema import zone_schema
    from .serialize import MAX_DEPTH, MAX_SIZE, DataError, from_dict, from_json, to_dict, to_json

    ZONE: Zone
    AREAS: tuple[Area, ...]
    DOMAINS: tuple[Domain, ...]
    MEASURES: tuple[Measure, ...]
    URUMQI: Area
    KASHGAR: Area
    HORGOS: Area
    DATA_VERSION: DataVersion

_LAZY_NAMES: dict[str, str] = {
    **dict.fromkeys(
        ("MAX_DEPTH", "MAX_SIZE", "DataError", "from_dict", "from_json", "to_dict", "to_json"), "serialize"
    ),
    **dict.fromkeys(("dump_zone", "load_zone"), "files"),
    "zone_schema": "schema",
    **dict.fromkeys(
        (
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
        ),
        "export",
    ),
}
"""The names given by a submodule, imported from it on first use so that importing the package stays cheap.

The converter itself is ``xinjiang_fta.converter.converter``: the package
attribute ``converter`` is its module, as Python sets it on import.
"""

__all__ = [
    "AREAS",
    "CSV_ENCODING",
    "DATA_LICENSE",
    "DATA_VERSION",
    "DOMAINS",
    "HORGOS",
    "KASHGAR",
    "LANGUAGES",
    "MAX_DEPTH",
    "MAX_SIZE",
    "MEASURES",
    "TABLE_SCHEMAS",
    "URUMQI",
    "ZONE",
    "Area",
    "Cell",
    "Column",
    "ColumnType",
    "DataError",
    "DataVersion",
    "Domain",
    "ForeignKey",
    "Lang",
    "Measure",
    "Source",
    "SourceRef",
    "SubArea",
    "SubAreaKind",
    "Table",
    "TableSchema",
    "Text",
    "Zone",
    "__version__",
    "csv_bytes",
    "csv_files",
    "datapackage_descriptor",
    "dump_csv",
    "dump_datapackage",
    "dump_zone",
    "from_dict",
    "from_json",
    "load_csv",
    "load_zone",
    "to_dataframe",
    "to_dict",
    "to_json",
    "zone_schema",
    "zone_tables",
]

_AREA_CONSTANTS = {"URUMQI": "urumqi", "KASHGAR": "kashgar", "HORGOS": "horgos"}


def __getattr__(name: str) -> object:
    """Give the data constants, loading the bundled zone on first use, and the names of submodules."""
    if name in _LAZY_NAMES:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_LAZY_NAMES[name]}"), name)
        globals()[name] = value
        return value
    if name in ("ZONE", "AREAS", "DOMAINS", "MEASURES", "DATA_VERSION", *_AREA_CONSTANTS):
        from ._loading import bundled_zone

        zone = bundled_zone()
        constants: dict[str, object] = {
            "ZONE": zone,
            "AREAS": zone.areas,
            "DOMAINS": zone.domains,
            "MEASURES": zone.measures,
            "DATA_VERSION": zone.data_version,
        }
        for constant, area_id in _AREA_CONSTANTS.items():
            constants[constant] = next(a for a in zone.areas if a.id == area_id)
        globals().update(constants)  # later reads are plain attribute reads
        return constants[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
