"""Per-zone indexes: keyed by the zone's id (not its hash, nor the zone), built once under a lock."""

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from .bundled import bundled_zone
from .records import Zone

IndexT = TypeVar("IndexT")

_built: dict[tuple[int, str], Any] = {}
_lock = threading.Lock()


def zone_or_bundled(zone: Zone | None) -> Zone:
    """*zone*, or the bundled zone when it is ``None``; :class:`TypeError` for anything else."""
    if zone is None:
        return bundled_zone()
    if not isinstance(zone, Zone):
        raise TypeError(f"zone must be a Zone or None, not {type(zone).__name__}")
    return zone


def index(zone: Zone, kind: str, build: Callable[[Zone], IndexT]) -> IndexT:
    """The index *kind* of *zone*: ``build(zone)``, made on the first call and kept."""
    key = (id(zone), kind)  # not the zone's hash, which would walk its whole tree
    found: IndexT | None = _built.get(key)  # without the lock: 0.3 µs of a 0.4 µs lookup (2026-12-02)
    if found is None:
        with _lock:  # a second caller waits for the index being built, never sees it half made
            if key not in _built:
                _built[key] = build(zone)  # published only when complete
                # dropped with the zone, before its id is reused
                weakref.finalize(zone, _built.pop, key, None)
            found = _built[key]
    return found
