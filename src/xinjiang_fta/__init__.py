"""The China (Xinjiang) Pilot Free Trade Zone as typed, frozen records.

Every name is read from its module on first use, and the data from the bundled
file on first use of a constant or a query, so importing the package is cheap:

>>> import xinjiang_fta
>>> xinjiang_fta.ZONE.total_area_km2
Decimal('179.66')
>>> xinjiang_fta.URUMQI.name.en
'Urumqi Area'
>>> xinjiang_fta.area("カシュガル").name.zh
'喀什片区'

``aggregate``, ``export`` and ``plot`` are namespaces:
``xinjiang_fta.aggregate.area_shares()``, ``xinjiang_fta.export.dump_csv(...)``,
``xinjiang_fta.plot.areas()``.
"""

from ._face import lazy
from ._version import __version__ as __version__

_FACE = {
    "records": "Area Domain Measure SubArea SubAreaKind Zone",
    "texts": "Text",
    "provenance": "DataVersion Source SourceRef",
    "bundled": "AREAS DATA_VERSION DOMAINS HORGOS KASHGAR MEASURES URUMQI ZONE",
    "errors": "DataError NotFoundError",
    "lookup": "area domain domain_of measure",
    "text_search": "Hit records_of search",
    "serialize": "from_dict from_json to_dict to_json",
    "files": "dump_zone load_zone",
    "html_view": "to_html",
    "aggregate": "aggregate",
    "export": "export",
    "plot": "plot",
}
"""Each module and the public names it gives the package (a module named by itself is a namespace)."""

__all__, __getattr__, __dir__ = lazy(__name__, _FACE)
