"""Zone files: JSON in the format of the bundled ``zone.json``, read strictly and written atomically."""

import json
import os
from pathlib import Path

from ._atomic import write_atomic
from .errors import ROOT, DataError
from .records import Zone
from .serialize import MAX_SIZE, _too_deep, from_json, to_json

__all__ = ["dump_zone", "load_zone"]

_NOT_A_ZONE = {  # a key that tells what a JSON object is: what it is, and what to do
    "total_area_km2": "the output of `summary --json`; `export --format json` writes a zone file",
    "resources": "a data package descriptor; read its CSV files with xinjiang_fta.export.load_csv",
}


def load_zone(path: str | os.PathLike[str]) -> Zone:
    """Read the zone file at *path* (a ``str`` or path object; anything else is a :class:`TypeError`).

    An unreadable file raises :class:`OSError`; bad content a :class:`~xinjiang_fta.DataError` with every
    problem, or one that says what the file is if no zone file (CSV, a data package, `summary --json`, JSON).
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"load_zone reads a file named by a str or a path, not {type(path).__name__}")
    with open(path, "rb") as stream:
        return zone_from(stream.read(MAX_SIZE + 1), os.fspath(path))  # enough to see a file too large


def zone_from(content: bytes, source: str) -> Zone:
    """The zone of a zone file's *content*, read from *source* (for messages); see :func:`load_zone`."""
    try:
        return from_json(content, Zone)
    except DataError as error:
        what = _what(content)
        raise DataError([(ROOT, f"not a zone file but {what}")] if what else error.problems, source) from None


def _what(content: bytes) -> str | None:  # what content that is no zone file holds, told from its shape
    try:
        text = content.decode("utf-8")
        if _too_deep(text):  # never parsed, whatever the recursion limit
            return None
        data = json.loads(text.lstrip("\ufeff"))
    except UnicodeDecodeError:  # from_json's problem (where the text stops being UTF-8) says more
        return None
    except (ValueError, RecursionError):
        csv = "," in text.partition("\n")[0] and not text.lstrip("\ufeff \t\r\n").startswith(("{", "["))
        return "CSV; read a directory of CSV files with xinjiang_fta.export.load_csv" if csv else None
    if not isinstance(data, dict):
        return f"a JSON {'array' if isinstance(data, list) else 'value'}; a zone file is one object"
    what = next((what for key, what in _NOT_A_ZONE.items() if key in data), None)
    if what is None and not {"areas", "domains"} & set(data):
        return "JSON without the keys of a zone; `export --format json` writes a zone file"
    return what


def dump_zone(zone: Zone, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write *zone* to *path* as a zone file (``to_json(zone)`` in UTF-8) and return the path.

    The file appears whole or not at all; an existing one raises :class:`FileExistsError` unless
    *overwrite* is true (the rules for links, modes and special files are in docs/serialization.md).
    """
    if not isinstance(zone, Zone):
        raise TypeError(f"dump_zone writes a Zone, not {type(zone).__name__}")
    return write_atomic(path, to_json(zone).encode("utf-8"), overwrite=overwrite)
