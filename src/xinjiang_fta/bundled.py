"""The bundled zone, ``data/zone.json``, and its constants: read once, on first use, thread-safely."""

import enum
import json
import os
import threading
from datetime import date
from types import UnionType
from typing import Any, get_args

import attrs

from .provenance import DataVersion
from .records import Area, Domain, Measure, Zone

__all__ = ["AREAS", "DATA_VERSION", "DOMAINS", "HORGOS", "KASHGAR", "MEASURES", "URUMQI", "ZONE"]

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

_PATH = os.path.join(os.path.dirname(__file__), "data", "zone.json")
_lock = threading.Lock()
_zone: Zone | None = None


def bundled_zone() -> Zone:
    """Return the zone of the bundled data, reading the file on the first call only."""
    global _zone
    if _zone is None:
        with _lock:
            if _zone is None:
                _zone = build(Zone, json.loads(_bundled_bytes()))
    return _zone


def _bundled_bytes() -> bytes:
    # importlib.resources costs milliseconds of imports: only for a package in a zip archive
    try:
        with open(_PATH, "rb") as file:
            return file.read()
    except (FileNotFoundError, NotADirectoryError):
        from importlib.resources import files

        return files("xinjiang_fta.data").joinpath("zone.json").read_bytes()


# Rule 7: cattrs would add about 10 ms to an import and first lookup of about 6.5 ms (benchmarks/run.py),
# so the package's own file is read by this loader; a test proves it gives the converter's records.
def build(kind: Any, data: Any) -> Any:
    """The value of type *kind* in JSON *data* the package wrote; a key left out takes its field's default."""
    if isinstance(kind, UnionType):  # X | None
        return None if data is None else build(get_args(kind)[0], data)
    if isinstance(data, dict):
        return kind(**{f.name: build(f.type, data[f.name]) for f in attrs.fields(kind) if f.name in data})
    if isinstance(data, list):
        return tuple(build(get_args(kind)[0], member) for member in data)
    if kind is date:
        return date.fromisoformat(data)
    if isinstance(kind, enum.EnumMeta):
        return kind(data)
    return data  # a string, an integer, or a decimal as a string: the record's converter reads it exactly


def __getattr__(name: str) -> Any:
    """Give the constants, reading the bundled zone on first use; later reads are plain attribute reads."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    zone = bundled_zone()
    constants: dict[str, Any] = {"ZONE": zone, "AREAS": zone.areas, "DOMAINS": zone.domains}
    constants |= {"MEASURES": zone.measures, "DATA_VERSION": zone.data_version}
    constants |= {area.id.upper(): area for area in zone.areas if area.id in ("urumqi", "kashgar", "horgos")}
    globals().update(constants)
    return constants[name]
