"""The JSON Schema (draft 2020-12) of a zone file, shipped as ``data/zone.schema.json``.

Validators in any language can check a zone file with it before reading it.
A few rules need the whole document and stay with the library (see the
schema's ``description``): a file the schema accepts may still be refused by
:func:`~xinjiang_fta.load_zone`, never the other way round.

>>> zone_schema()["$schema"]
'https://json-schema.org/draft/2020-12/schema'
"""

from __future__ import annotations

from typing import Any

__all__ = ["zone_schema"]


def zone_schema() -> dict[str, Any]:
    """Return the JSON Schema of a zone file as a new dict (free to change)."""
    import json
    from importlib.resources import files

    schema: dict[str, Any] = json.loads(
        files("xinjiang_fta.data").joinpath("zone.schema.json").read_text(encoding="utf-8")
    )
    return schema
