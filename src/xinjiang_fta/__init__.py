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

from ._search import Hit, HitField, HitKind, search
from ._version import __version__
from .aggregate import AreaRow, action_counts, area_shares, area_table, measure_counts, sub_area_totals
from .html import to_html
from .lookups import NotFoundError, area, domain, domain_of, measure, normalize
from .plot import CJKFontWarning, find_cjk_font, plot_areas, plot_measure_counts
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

__all__ = [
    "AREAS",
    "DATA_VERSION",
    "DOMAINS",
    "HORGOS",
    "KASHGAR",
    "LANGUAGES",
    "MEASURES",
    "URUMQI",
    "ZONE",
    "Area",
    "AreaRow",
    "CJKFontWarning",
    "DataVersion",
    "Domain",
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
    "Text",
    "Zone",
    "__version__",
    "action_counts",
    "area",
    "area_shares",
    "area_table",
    "domain",
    "domain_of",
    "find_cjk_font",
    "measure",
    "measure_counts",
    "normalize",
    "plot_areas",
    "plot_measure_counts",
    "search",
    "sub_area_totals",
    "to_html",
]

_AREA_CONSTANTS = {"URUMQI": "urumqi", "KASHGAR": "kashgar", "HORGOS": "horgos"}


def __getattr__(name: str) -> object:
    """Give the data constants, loading the bundled zone on first use."""
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
