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
xinjiang_fta.serialize.DataError: 1 problem in the data:
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

from .converter import converter
from .records import Zone

__all__ = ["MAX_DEPTH", "MAX_SIZE", "DataError", "from_dict", "from_json", "to_dict", "to_json"]

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

ROOT = "(top level)"
"""The location of a problem with the document as a whole."""

_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_ONE_KIND = bytes.maketrans(b"{}", b"[]")


class DataError(ValueError):
    """Bad input data: every problem found, each with where it is.

    ``problems`` is a list of ``(location, message)`` pairs; a location is a
    path such as ``domains[4].measures[1].actions[0].en``, a position in a text
    such as ``line 3, column 5``, or ``(top level)``. ``source`` names the file
    read, if any. The message lists every problem, one a line.
    """

    def __init__(self, problems: list[tuple[str, str]], source: str | None = None) -> None:
        self.problems = list(problems)
        self.source = source
        count = len(self.problems)
        where = f" in {source}" if source else " in the data"
        lines = [f"{count} problem{'' if count == 1 else 's'}{where}:"]
        lines += [f"  {location}: {message}" for location, message in self.problems]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[DataError], tuple[list[tuple[str, str]], str | None]]:
        return (type(self), (self.problems, self.source))

    def with_source(self, source: str) -> DataError:
        """Return the same problems, said to be found in *source* (such as a file name)."""
        return DataError(self.problems, source)


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
        raw = text
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DataError([(f"byte {error.start}", "the text is not UTF-8")]) from None
    else:
        raw = text.encode("utf-8", "surrogatepass")  # a lone surrogate is for the parser to judge
    if _too_deep(raw):
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


def _too_deep(raw: bytes) -> bool:
    """Whether the arrays and objects of JSON text *raw* (UTF-8) nest deeper than MAX_DEPTH.

    Exact for well-formed JSON, and a few passes of the bytes methods over the text:
    no byte of a multi-byte UTF-8 character is ASCII, so the escapes are taken out,
    then every byte but quotes and brackets, then the strings (a pair of quotes and
    the brackets between them). What is left are the brackets that nest; each pass
    that takes out every innermost pair takes away one level.
    """
    structure = _ESCAPE.sub(b"", raw).translate(None, _NOT_STRUCTURE)
    nesting = _STRING.sub(b"", structure.replace(b'""', b"")).translate(_ONE_KIND)
    for _ in range(MAX_DEPTH):
        inner = nesting.replace(b"[]", b"")
        if len(inner) == len(nesting):  # nothing left that nests (or brackets unbalanced: not JSON)
            return False
        nesting = inner
    return b"[]" in nesting


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
