"""Where the data comes from: the source document, a record's place in it, and the data's own version."""

from datetime import date

import attrs

from ._checks import by_type, check_number, check_text, short, short_number
from .texts import Text

__all__ = ["DataVersion", "Source", "SourceRef"]


@attrs.frozen(repr=False, field_transformer=by_type)
class SourceRef:
    """Where a record stands in the source: table (表1, 表2) and row, both counted from 1.

    >>> str(SourceRef(2, 17))
    '表2 row 17'
    """

    table: int = attrs.field(metadata={"doc": "Which table (表) of the source.", "minimum": 1})
    row: int = attrs.field(metadata={"doc": "The row within that table.", "minimum": 1})

    def __attrs_post_init__(self) -> None:
        check_number("SourceRef: table", self.table)
        check_number("SourceRef: row", self.row)

    def __str__(self) -> str:
        return f"表{self.table} row {self.row}"

    def __repr__(self) -> str:
        return f"SourceRef({short_number(self.table)}, {short_number(self.row)})"


@attrs.frozen(repr=False, field_transformer=by_type)
class Source:
    """The document the data comes from: the zone's master plan."""

    title: Text = attrs.field(metadata={"doc": "The source document's title."})
    issuer: str = attrs.field(metadata={"doc": "Who issued the document, in English."})
    dated: date = attrs.field(metadata={"doc": "The date the source document bears."})
    published: date = attrs.field(metadata={"doc": "When the document was made public."})

    def __attrs_post_init__(self) -> None:
        check_text("Source.issuer", self.issuer)
        if self.published < self.dated:
            raise ValueError(f"Source: published ({self.published}) must not be before dated ({self.dated})")

    def __repr__(self) -> str:
        return f"Source({short(self.title.en)}, {self.dated.isoformat()})"


@attrs.frozen(repr=False, field_transformer=by_type)
class DataVersion:
    """The version of the data, apart from the code's, and the date the data is as of.

    >>> str(DataVersion("1.0.0", date(2023, 10, 21)))
    '1.0.0 (as of 2023-10-21)'
    """

    version: str = attrs.field(metadata={"doc": "The data's own version number."})
    as_of: date = attrs.field(metadata={"doc": "The date the data describes."})

    def __attrs_post_init__(self) -> None:
        check_text("DataVersion.version", self.version)

    def __str__(self) -> str:
        return f"{self.version} (as of {self.as_of.isoformat()})"

    def __repr__(self) -> str:
        return f"DataVersion({short(self.version)}, {self.as_of.isoformat()})"
