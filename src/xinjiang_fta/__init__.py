"""The China (Xinjiang) Pilot Free Trade Zone as typed, frozen records.

The data is read from the bundled JSON on first use of a constant or of a
module-level function, not at import:

>>> import xinjiang_fta
>>> xinjiang_fta.ZONE.total_area_km2
Decimal('179.66')
>>> xinjiang_fta.URUMQI.name.en
'Urumqi Area'
>>> xinjiang_fta.area("カシュガル").name.zh
'喀什片区'
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
    from ._search import Hit, HitField, HitKind, search
    from .aggregate import AreaRow, action_counts, area_shares, area_table, measure_counts, sub_area_totals
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
    from .html import to_html
    from .lookups import NotFoundError, area, domain, domain_of, measure, normalize
    from .plot import CJKFontWarning, find_cjk_font, plot_areas, plot_measure_counts
    from .schema import zone_schema
    from .serialize import MAX_DEPTH, MAX_SIZE, DataError, from_dict, from_json, to_dict, to_json

    ZONE: Zone
    """The China (Xinjiang) Pilot Free Trade Zone, read from the bundled data on first use."""
    AREAS: tuple[Area, ...]
    """The zone's three areas, in source order: ``ZONE.areas``."""
    DOMAINS: tuple[Domain, ...]
    """The zone's eight policy domains, in number order: ``ZONE.domains``."""
    MEASURES: tuple[Measure, ...]
    """The zone's 25 measures, in number order: ``ZONE.measures``."""
    URUMQI: Area
    """The Urumqi Area (ウルムチエリア, 乌鲁木齐片区)."""
    KASHGAR: Area
    """The Kashgar Area (カシュガルエリア, 喀什片区)."""
    HORGOS: Area
    """The Horgos Area (ホルゴスエリア, 霍尔果斯片区)."""
    DATA_VERSION: DataVersion
    """The version of the bundled data and the date it is as of: ``ZONE.data_version``."""

_LAZY_NAMES: dict[str, str] = {
    **dict.fromkeys(("NotFoundError", "area", "domain", "domain_of", "measure", "normalize"), "lookups"),
    **dict.fromkeys(("Hit", "HitField", "HitKind", "search"), "_search"),
    **dict.fromkeys(
        ("AreaRow", "action_counts", "area_shares", "area_table", "measure_counts", "sub_area_totals"),
        "aggregate",
    ),
    "to_html": "html",
    **dict.fromkeys(("CJKFontWarning", "find_cjk_font", "plot_areas", "plot_measure_counts"), "plot"),
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
    "AreaRow",
    "CJKFontWarning",
    "Cell",
    "Column",
    "ColumnType",
    "DataError",
    "DataVersion",
    "Domain",
    "ForeignKey",
    "Hit",
    "HitField",
    "HitKind",
    "Lang",
    "Measure",
    "NotFoundError",
    "Source",
    "SourceRef",
    "SubArea",
    "SubAreaKind",
    "Table",
    "TableSchema",
    "Text",
    "Zone",
    "__version__",
    "action_counts",
    "area",
    "area_shares",
    "area_table",
    "csv_bytes",
    "csv_files",
    "datapackage_descriptor",
    "domain",
    "domain_of",
    "dump_csv",
    "dump_datapackage",
    "dump_zone",
    "find_cjk_font",
    "from_dict",
    "from_json",
    "load_csv",
    "load_zone",
    "measure",
    "measure_counts",
    "normalize",
    "plot_areas",
    "plot_measure_counts",
    "search",
    "sub_area_totals",
    "to_dataframe",
    "to_dict",
    "to_html",
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
