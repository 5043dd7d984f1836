"""The JSON Schema (draft 2020-12) of a zone file, derived from the record classes and their metadata."""

import copy
import enum
from datetime import date
from decimal import Decimal
from types import UnionType
from typing import Any, get_args, get_origin

import attrs

from ._checks import MAX_DIGITS, MAX_TEXT, TEXT_PATTERN
from .records import Zone

__all__ = ["zone_schema"]

_DESCRIPTION = (
    "A pilot free trade zone file, as read by xinjiang_fta.load_zone. Rules the schema cannot express, "
    "checked by the library only: area ids are unique; domains and measures are numbered 1, 2, 3, ... in "
    "order (measures across domains); no part is larger than its area; a source is not published before "
    "the date it bears; and integers are JSON integers (the schema, as JSON Schema does, also accepts 1.0)."
)
_COMMON = {
    "size": {
        "type": "string",
        "pattern": (  # at most MAX_DIGITS digits before the point and after it; positive
            rf"^(?=[0-9]{{1,{MAX_DIGITS}}}(\.[0-9]{{1,{MAX_DIGITS}}})?$)"
            r"([1-9][0-9]*(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$"
        ),
        "description": (
            f"A size in km² greater than zero, as a decimal string in plain notation ('134.6'), with at most "
            f"{MAX_DIGITS} digits before the point and {MAX_DIGITS} after it."
        ),
    },
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
}
_DEFINED = {Decimal: "size", date: "date"}  # the types whose schema is in _COMMON, once


def _value(kind: Any, metadata: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value annotated *kind*, the records it holds added to *defs*."""
    if isinstance(kind, UnionType):
        (inner,) = (a for a in get_args(kind) if a is not type(None))
        return {"anyOf": [_value(inner, metadata, defs), {"type": "null"}]}
    if get_origin(kind) is tuple:
        array = {"type": "array", "items": _value(get_args(kind)[0], {}, defs)}
        return array | ({"minItems": metadata["min_items"]} if "min_items" in metadata else {})
    if attrs.has(kind):  # a record: defined once in $defs, named in snake case (SubArea is sub_area)
        name = "".join(f"_{c.lower()}" if c.isupper() else c for c in kind.__name__).lstrip("_")
        if name not in defs:
            fields = attrs.fields(kind)
            defs[name] = {
                "title": kind.__name__,
                "description": (kind.__doc__ or "").split("\n")[0],
                "type": "object",
                "properties": {
                    f.name: _value(f.type, f.metadata, defs) | {"description": f.metadata["doc"]}
                    for f in fields
                },
                "required": [f.name for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if kind in _DEFINED:
        return {"$ref": f"#/$defs/{_DEFINED[kind]}"}
    if kind is int:
        least = {"minimum": metadata["minimum"]} if "minimum" in metadata else {}
        return {"type": "integer"} | least | {"maximum": 10**MAX_DIGITS - 1}
    pattern = f"^{metadata['pattern']}$" if "pattern" in metadata else TEXT_PATTERN
    return {"type": "string", "pattern": pattern, "maxLength": MAX_TEXT}


def zone_schema() -> dict[str, Any]:
    """Return the JSON Schema of a zone file as a new dict (free to change).

    It is shipped as ``xinjiang_fta/data/zone.schema.json``. A few rules need the whole document (see
    its ``description``): a file the schema accepts may still be refused by :func:`~xinjiang_fta.load_zone`,
    never the other way round.
    """
    defs: dict[str, Any] = copy.deepcopy(_COMMON)  # free to change: nothing shared with the next one
    _value(Zone, {}, defs)
    zone = defs.pop("zone") | {"description": _DESCRIPTION}  # the root, not a definition
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **zone, "$defs": defs}
