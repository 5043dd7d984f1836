"""The two errors of the package: bad input data, and a key that names no record."""

from collections.abc import Sequence

from ._checks import plural, short, short_number

__all__ = ["ROOT", "DataError", "NotFoundError"]

ROOT = "(top level)"
"""The location of a problem with a document as a whole."""


class DataError(ValueError):
    """Bad input data: every problem found, each with where it is.

    ``problems`` lists ``(location, message)`` pairs in document order (a path in the document, a line
    and column, a CSV file's row and column); ``source`` names the file read, if any.

    >>> print(DataError([("areas[0].area_km2", "expected a decimal number")], "zone.json"))
    1 problem in zone.json:
      areas[0].area_km2: expected a decimal number
    """

    def __init__(self, problems: Sequence[tuple[str, str]], source: str | None = None) -> None:
        self.problems = list(problems)
        self.source = source
        lines = [f"{plural(len(self.problems), 'problem')} in {source or 'the data'}:"]
        super().__init__("\n".join(lines + [f"  {where}: {message}" for where, message in self.problems]))

    def __reduce__(self) -> tuple[type["DataError"], tuple[list[tuple[str, str]], str | None]]:
        return (type(self), (self.problems, self.source))

    def with_source(self, source: str) -> "DataError":
        """Return the same problems, said to be found in *source* (such as a file name)."""
        return DataError(self.problems, source)


class NotFoundError(KeyError):
    """No record answers to the key asked: a :class:`KeyError` that says what was asked and what is near.

    It has the ``kind`` of record, the ``key`` asked (cut short in the message), the closest valid keys
    (``suggestions``, best first) and the ``reason``, if any, why the key does not answer to one record.

    >>> str(NotFoundError("area", "urumqui", ["urumqi"]))
    "no area 'urumqui'; did you mean 'urumqi'?"
    """

    def __init__(
        self, kind: str, key: object, suggestions: Sequence[str] = (), reason: str | None = None
    ) -> None:
        super().__init__(key)
        self.kind, self.key, self.suggestions, self.reason = kind, key, tuple(suggestions), reason

    def __str__(self) -> str:
        message = f"no {self.kind} {_shown(self.key)}" + (f": {self.reason}" if self.reason else "")
        if self.suggestions:
            message += "; did you mean " + " or ".join(map(_shown, self.suggestions)) + "?"
        return message

    def __reduce__(self) -> tuple[type["NotFoundError"], tuple[str, object, tuple[str, ...], str | None]]:
        return (type(self), (self.kind, self.key, self.suggestions, self.reason))


def _shown(key: object) -> str:
    if isinstance(key, str):
        return short(key)
    if isinstance(key, int) and not isinstance(key, bool):
        return short_number(key)
    shown = repr(key)  # a record, such as the Measure of domain_of: a short repr
    return shown if len(shown) <= 80 else shown[:79] + "…"
