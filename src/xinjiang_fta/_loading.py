"""Loading of the bundled zone: once, on first use, thread-safely."""

from __future__ import annotations

import threading
from importlib.resources import files

from .records import Zone

__all__ = ["bundled_zone"]

_RESOURCE = "zone.json"
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
    """Read and structure the bundled JSON resource."""
    from .serialize import from_json

    return from_json(files("xinjiang_fta.data").joinpath(_RESOURCE).read_bytes(), Zone)
