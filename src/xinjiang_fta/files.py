"""Zone files: JSON in the format of the bundled ``zone.json``, read strictly and written atomically."""

import os
from pathlib import Path

from ._atomic import write_atomic
from .errors import DataError
from .records import Zone
from .serialize import MAX_SIZE, from_json, to_json

__all__ = ["dump_zone", "load_zone"]


def load_zone(path: str | os.PathLike[str]) -> Zone:
    """Read the zone file at *path* (a ``str`` or path object; anything else is a :class:`TypeError`).

    An unreadable file raises :class:`OSError`; bad content :class:`~xinjiang_fta.DataError`, every problem.
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"load_zone reads a file named by a str or a path, not {type(path).__name__}")
    with open(path, "rb") as stream:
        content = stream.read(MAX_SIZE + 1)  # enough to see that a file is too large
    try:
        return from_json(content, Zone)
    except DataError as error:
        raise error.with_source(os.fspath(path)) from None


def dump_zone(zone: Zone, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write *zone* to *path* as a zone file (``to_json(zone)`` in UTF-8) and return the path.

    The file appears whole or not at all; an existing one raises :class:`FileExistsError` unless
    *overwrite* is true (the rules for links, modes and special files are in docs/serialization.md).

    >>> import tempfile, pathlib, xinjiang_fta as x
    >>> with tempfile.TemporaryDirectory() as directory:
    ...     load_zone(dump_zone(x.ZONE, pathlib.Path(directory) / "zone.json")) == x.ZONE
    True
    """
    if not isinstance(zone, Zone):
        raise TypeError(f"dump_zone writes a Zone, not {type(zone).__name__}")
    return write_atomic(path, to_json(zone).encode("utf-8"), overwrite=overwrite)
