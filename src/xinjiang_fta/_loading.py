"""Loading of the bundled zone: once, on first use, thread-safely, without cattrs.

The file is opened by its path next to this module, which is where an installed wheel
or a source checkout puts it, and costs nothing to import; only when the package is
imported from a zip archive (no such file on disk) is it read through
:mod:`importlib.resources`, which is correct everywhere but costs several
milliseconds of imports. The JSON is turned into records by the hand-written
:func:`~xinjiang_fta._structure.structure_zone`, which gives the same records as the
cattrs converter (tested) without importing cattrs.
"""

from __future__ import annotations

import os
import threading

from .records import Zone

__all__ = ["bundled_zone"]

_RESOURCE = "zone.json"
_PATH = os.path.join(os.path.dirname(__file__), "data", _RESOURCE)
_lock = threading.Lock()
_zone: Zone | None = None


def bundled_zone() -> Zone:
    """Return the zone of the bundled data, reading it on the first call only."""
    global _zone
    if _zone is None:
        with _lock:
            if _zone is None:
                _zone = _read()
    return _zone


def _read() -> Zone:
    """Read the bundled JSON and structure it into records."""
    import json

    from ._structure import structure_zone

    return structure_zone(json.loads(_bundled_bytes()))


def _bundled_bytes() -> bytes:
    """The bytes of the bundled file: from disk, or through importlib.resources from a zip."""
    try:
        with open(_PATH, "rb") as file:
            return file.read()
    except (FileNotFoundError, NotADirectoryError):
        from importlib.resources import files

        return files("xinjiang_fta.data").joinpath(_RESOURCE).read_bytes()
