# Generated from _FACE in __init__.py by `python -m tests.test_init`: do not edit.

from . import aggregate as aggregate
from . import export as export
from . import plot as plot
from ._version import __version__ as __version__
from .bundled import AREAS as AREAS
from .bundled import DATA_VERSION as DATA_VERSION
from .bundled import DOMAINS as DOMAINS
from .bundled import HORGOS as HORGOS
from .bundled import KASHGAR as KASHGAR
from .bundled import MEASURES as MEASURES
from .bundled import URUMQI as URUMQI
from .bundled import ZONE as ZONE
from .errors import DataError as DataError
from .errors import NotFoundError as NotFoundError
from .files import dump_zone as dump_zone
from .files import load_zone as load_zone
from .html_view import to_html as to_html
from .lookup import area as area
from .lookup import domain as domain
from .lookup import domain_of as domain_of
from .lookup import measure as measure
from .provenance import DataVersion as DataVersion
from .provenance import Source as Source
from .provenance import SourceRef as SourceRef
from .records import Area as Area
from .records import Domain as Domain
from .records import Measure as Measure
from .records import SubArea as SubArea
from .records import SubAreaKind as SubAreaKind
from .records import Zone as Zone
from .serialize import from_dict as from_dict
from .serialize import from_json as from_json
from .serialize import to_dict as to_dict
from .serialize import to_json as to_json
from .text_search import Hit as Hit
from .text_search import records_of as records_of
from .text_search import search as search
from .texts import Text as Text

__all__ = [
    "AREAS",
    "DATA_VERSION",
    "DOMAINS",
    "HORGOS",
    "KASHGAR",
    "MEASURES",
    "URUMQI",
    "ZONE",
    "Area",
    "DataError",
    "DataVersion",
    "Domain",
    "Hit",
    "Measure",
    "NotFoundError",
    "Source",
    "SourceRef",
    "SubArea",
    "SubAreaKind",
    "Text",
    "Zone",
    "aggregate",
    "area",
    "domain",
    "domain_of",
    "dump_zone",
    "export",
    "from_dict",
    "from_json",
    "load_zone",
    "measure",
    "plot",
    "records_of",
    "search",
    "to_dict",
    "to_html",
    "to_json",
]
