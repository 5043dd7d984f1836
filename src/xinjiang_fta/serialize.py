"""Lossless serialization of the records to plain data and JSON, and strict reading back.

Every record type travels: ``to_dict``/``from_dict`` give and take plain
JSON-compatible data, ``to_json``/``from_json`` give and take the text of a
zone file. Decimals travel as strings, so nothing is rounded:

>>> from decimal import Decimal
>>> from xinjiang_fta import SubArea, SubAreaKind, Text
>>> part = SubArea(SubAreaKind.BONDED_ZONE, Text("保税区", "Bonded zone"), Decimal("2.41"))
>>> to_dict(part)["area_km2"]
'2.41'
>>> from_json(to_json(part), SubArea) == part
True

Bad input raises :class:`DataError` only, listing every problem with its
location, and nothing is built:

>>> from_json('{"ja": "物流", "en": 5}', Text)
Traceback (most recent call last):
...
xinjiang_fta.errors.DataError: 1 problem in the data:
  en: expected a string, got number 5
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TypeVar, overload

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from .conversion import converter
from .errors import ROOT, DataError
from .records import Zone

__all__ = ["MAX_DEPTH", "MAX_SIZE", "from_dict", "from_json", "to_dict", "to_json"]

_STRUCTURE = re.compile(r'[][{}"\\]')
"""The characters that open or close a level of JSON nesting or a string, and the escape."""

R = TypeVar("R")

MAX_SIZE = 16 * 1024 * 1024
"""The largest JSON text :func:`from_json` reads, in characters (or bytes): 16 MiB.

The bundled zone is about 40 kB; a larger text is refused before it is parsed.
"""

MAX_DEPTH = 32
"""The deepest nesting of arrays and objects :func:`from_json` reads.

A zone file nests 7 levels deep; a deeper text is refused before it is parsed,
so it can never exhaust the interpreter's stack.
"""


def to_dict(record: object) -> Any:
    """Return *record* as plain JSON-compatible data: dicts in field order, lists, strings, ints, None."""
    _check_record_type(type(record))
    return converter.unstructure(record)


def from_dict(data: object, cls: type[R]) -> R:
    """Build a record of type *cls* from plain data, as given by :func:`to_dict` or ``json.loads``.

    Raises :class:`DataError` listing every problem (wrong types, missing or
    unknown keys, malformed decimals and dates, broken record rules) with its
    location; nothing is returned in part.
    """
    _check_record_type(cls)
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, ValueError, TypeError) as error:
        raise DataError(list(_problems(error, ""))) from None


def to_json(record: object) -> str:
    """Return *record* as JSON text: keys in field order, UTF-8 characters unescaped, indent 2, final newline.

    The same record always gives the same text; the bundled ``zone.json`` is
    exactly ``to_json(ZONE)``.
    """
    return json.dumps(to_dict(record), ensure_ascii=False, indent=2) + "\n"


@overload
def from_json(text: str | bytes) -> Zone: ...
@overload
def from_json(text: str | bytes, cls: type[R]) -> R: ...
def from_json(text: str | bytes, cls: type[Any] = Zone) -> Any:
    """Build a record of type *cls* (a :class:`~xinjiang_fta.Zone` by default) from JSON *text*.

    *text* may be ``str`` or UTF-8 ``bytes``. Raises :class:`DataError` for text
    that is not UTF-8 or not JSON (with line and column), larger than
    :data:`MAX_SIZE` or nested deeper than :data:`MAX_DEPTH`, and for every
    problem :func:`from_dict` finds.
    """
    if len(text) > MAX_SIZE:
        raise DataError([(ROOT, f"the text is larger than {MAX_SIZE} characters: {len(text)}")])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DataError([(f"byte {error.start}", "the text is not UTF-8")]) from None
    if _too_deep(text):
        raise DataError([(ROOT, f"arrays and objects are nested more than {MAX_DEPTH} deep")])
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise DataError([(f"line {error.lineno}, column {error.colno}", f"not JSON: {error.msg}")]) from None
    except _DuplicateKeyError as error:
        raise DataError([(ROOT, f"the key {error.args[0]!r} appears twice in one object")]) from None
    except ValueError as error:  # such as an integer of more than 4300 digits
        raise DataError([(ROOT, f"not readable as JSON: {error}")]) from None
    return from_dict(data, cls)


class _DuplicateKeyError(Exception):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):  # some key came twice: name the first one repeated
        first: dict[str, int] = {}
        for index, (key, _) in enumerate(pairs):
            first.setdefault(key, index)
        repeat = min(index for index, (key, _) in enumerate(pairs) if first[key] != index)
        raise _DuplicateKeyError(pairs[repeat][0])
    return result


def _too_deep(text: str) -> bool:
    """Whether the arrays and objects of JSON *text* nest deeper than :data:`MAX_DEPTH`.

    One pass over the characters that can open or close a level or a string, so
    it is exact for well-formed JSON, and brackets that are never closed count.
    """
    depth, in_string, escaped = 0, False, -1
    for match in _STRUCTURE.finditer(text):
        at = match.start()
        if at == escaped:  # the character after a backslash in a string
            continue
        char = match.group()
        if in_string:
            if char == "\\":
                escaped = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _check_record_type(cls: type) -> None:
    if not attrs.has(cls):
        raise TypeError(f"not a record type of xinjiang_fta: {cls!r}")


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Every (location, message) in a cattrs validation error, depth first, in document order."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, IterableValidationNote):
                step = f"[{note.index}]"
            else:
                step = f".{note.name}" if path else note.name
            yield from _problems(inner, path + step)
        for inner in without:
            yield from _problems(inner, path)
    else:
        yield (path or ROOT, _message(error))


def _message(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return "required key missing"
    if isinstance(error, ForbiddenExtraKeysError):
        keys = sorted(error.extra_fields)
        return f"unknown key{'s' if len(keys) > 1 else ''}: {', '.join(keys)}"
    return str(error)
