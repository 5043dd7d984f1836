"""The indexes the queries keep for a zone: built on first use, kept while the zone lives.

Records carry data only, so an index lives here, keyed by the zone's identity
(``id``, not its hash, which would walk the whole tree) and never holding the
zone itself. An index is built completely under a lock before any thread can see
it, and is dropped when its zone is collected (a :func:`weakref.finalize`
callback, which runs before the zone's ``id`` can be given to another object).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar, cast

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
    key = (id(zone), kind)
    found = _built.get(key)
    if found is None:
        with _lock:
            found = _built.get(key)
            if found is None:
                found = build(zone)
                _built[key] = found  # published only when complete
                weakref.finalize(zone, _built.pop, key, None)
    return cast("IndexT", found)
