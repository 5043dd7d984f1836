"""The bundled zone for the module-level functions, loaded on their first call."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Zone

__all__ = ["zone"]

_zone: Zone | None = None


def zone() -> Zone:
    """Return the bundled zone, loading it on the first call (later calls are one global read)."""
    global _zone
    if _zone is None:
        from ._loading import bundled_zone

        _zone = bundled_zone()
    return _zone
