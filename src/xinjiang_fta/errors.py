"""The two errors of the package: bad input data, and a key that names no record.

>>> print(DataError([("areas[0].area_km2", "expected a decimal number")], "zone.json"))
1 problem in zone.json:
  areas[0].area_km2: expected a decimal number
>>> str(NotFoundError("area", "urumqui", ["urumqi"]))
"no area 'urumqui'; did you mean 'urumqi'?"
"""

from collections.abc import Sequence

__all__ = ["ROOT", "DataError", "NotFoundError"]

ROOT = "(top level)"
"""The location of a problem with a document as a whole."""


class DataError(ValueError):
    """Bad input data: every problem found, each with where it is.

    ``problems`` is a list of ``(location, message)`` pairs; a location is a
    path such as ``domains[4].measures[1].actions[0].en``, a position in a text
    such as ``line 3, column 5``, a file, row and column of a CSV file, or
    ``(top level)``. ``source`` names the file read, if any. The message lists
    every problem, one a line.
    """

    def __init__(self, problems: Sequence[tuple[str, str]], source: str | None = None) -> None:
        self.problems = list(problems)
        """Every problem as ``(location, message)``, in document order."""
        self.source = source
        """The file (or directory of CSV files) read, if any."""
        count = len(self.problems)
        where = f" in {source}" if source else " in the data"
        lines = [f"{count} problem{'' if count == 1 else 's'}{where}:"]
        lines += [f"  {location}: {message}" for location, message in self.problems]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type["DataError"], tuple[list[tuple[str, str]], str | None]]:
        return (type(self), (self.problems, self.source))

    def with_source(self, source: str) -> "DataError":
        """Return the same problems, said to be found in *source* (such as a file name)."""
        return DataError(self.problems, source)


class NotFoundError(KeyError):
    """No record answers to the key asked: a :class:`KeyError` that says what was asked and what is near.

    *kind* is the kind of record (``"area"``, ``"measure"``, ``"domain"``), *key*
    the key asked, *suggestions* the closest valid keys (best first) and
    *reason*, if given, why the key does not answer to one record.
    """

    def __init__(
        self, kind: str, key: object, suggestions: Sequence[str] = (), reason: str | None = None
    ) -> None:
        super().__init__(key)
        self.kind = kind
        """The kind of record that was asked for."""
        self.key = key
        """The key that was asked."""
        self.suggestions = tuple(suggestions)
        """The closest valid keys, best first; empty if none is close."""
        self.reason = reason
        """Why the key does not answer to one record, when that is more than "no such key"."""

    def __str__(self) -> str:
        import reprlib  # only when a miss is shown

        shown = reprlib.Repr()
        shown.maxstring = shown.maxother = shown.maxlong = 80  # a key of any length prints in one short line
        message = f"no {self.kind} {shown.repr(self.key)}"
        if self.reason:
            message += f": {self.reason}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(shown.repr(s) for s in self.suggestions) + "?"
        return message

    def __reduce__(self) -> tuple[type["NotFoundError"], tuple[str, object, tuple[str, ...], str | None]]:
        return (type(self), (self.kind, self.key, self.suggestions, self.reason))
