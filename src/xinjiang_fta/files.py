"""Reading and writing zone files: JSON in the format of the bundled ``zone.json``.

Other projects keep their own zone files (another zone, a later revision of the
plan) and get the same records and helpers:

>>> import tempfile, pathlib, xinjiang_fta
>>> with tempfile.TemporaryDirectory() as directory:
...     path = dump_zone(xinjiang_fta.ZONE, pathlib.Path(directory) / "zone.json")
...     load_zone(path) == xinjiang_fta.ZONE
True
"""

from __future__ import annotations

import os
from pathlib import Path

from ._atomic import write_atomic
from .errors import DataError
from .records import Zone
from .serialize import MAX_SIZE, from_json, to_json

__all__ = ["dump_zone", "load_zone"]


def load_zone(path: str | os.PathLike[str]) -> Zone:
    """Read the zone file at *path*.

    A file that cannot be read raises the :class:`OSError` the system gives
    (such as :class:`FileNotFoundError` or :class:`IsADirectoryError`); a file
    whose content is not a valid zone (not UTF-8, not JSON, larger than
    :data:`~xinjiang_fta.serialize.MAX_SIZE`, or any problem in the data) raises
    :class:`~xinjiang_fta.DataError` naming the file and every problem.
    """
    with open(path, "rb") as stream:
        content = stream.read(MAX_SIZE + 1)  # enough to see that a file is too large
    try:
        return from_json(content, Zone)
    except DataError as error:
        raise error.with_source(os.fspath(path)) from None


def dump_zone(zone: Zone, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write *zone* to *path* as a zone file (``to_json(zone)`` in UTF-8) and return the path.

    The write is atomic: the file appears whole or not at all. An existing file
    raises :class:`FileExistsError` and is left alone unless *overwrite* is true;
    a failed write leaves it as it was and no temporary file behind.
    """
    if not isinstance(zone, Zone):
        raise TypeError(f"dump_zone writes a Zone, not {type(zone).__name__}")
    return write_atomic(path, to_json(zone).encode("utf-8"), overwrite=overwrite)
