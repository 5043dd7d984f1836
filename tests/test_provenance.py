"""Tests of xinjiang_fta.provenance: SourceRef, Source and DataVersion, their rules and short reprs."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta._checks import short_number
from xinjiang_fta.provenance import DataVersion, Source, SourceRef
from xinjiang_fta.texts import Text

from .strategies import data_versions, source_refs, sources


def exactly(message: str) -> str:
    """The pattern that matches *message* whole, for ``pytest.raises(match=...)``."""
    return f"^{re.escape(message)}\\Z"


TITLE = Text(
    "中国（新疆）自由貿易試験区総体方案", "Master Plan for the China (Xinjiang) Pilot Free Trade Zone"
)
DATED, PUBLISHED = date(2023, 10, 21), date(2023, 10, 31)


def _type_error(build: Callable[[], object]) -> str:
    """The message of the TypeError that *build* raises (attrs gives the field and the value as more args)."""
    with pytest.raises(TypeError) as caught:
        build()
    return str(caught.value.args[0])


# --- SourceRef ---------------------------------------------------------------------------------


@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_a_source_ref_names_table_and_row(table: int, row: int) -> None:
    ref = SourceRef(table, row)
    assert (ref.table, ref.row) == (table, row)
    assert str(ref) == f"表{table} row {row}"
    assert repr(ref) == f"SourceRef({table}, {row})"


def test_source_ref_examples() -> None:
    assert str(SourceRef(1, 3)) == "表1 row 3"
    assert repr(SourceRef(2, 14)) == "SourceRef(2, 14)"


@given(st.integers(max_value=0) | st.integers(min_value=10**50) | st.booleans())
def test_table_and_row_count_from_one_with_at_most_fifty_digits(number: int) -> None:
    shown = repr(number) if isinstance(number, bool) else short_number(number)
    rule = "number must be a whole number from 1, of at most 50 digits"
    with pytest.raises(ValueError, match=exactly(f"SourceRef: table: {rule}, got {shown}")):
        SourceRef(number, 1)
    with pytest.raises(ValueError, match=exactly(f"SourceRef: row: {rule}, got {shown}")):
        SourceRef(1, number)


@pytest.mark.parametrize("bad", ["1", 1.0, None])
def test_table_and_row_are_integers(bad: object) -> None:
    assert _type_error(lambda: SourceRef(bad, 1)).startswith("'table' must be <class 'int'> (got ")  # type: ignore[arg-type]
    assert _type_error(lambda: SourceRef(1, bad)).startswith("'row' must be <class 'int'> (got ")  # type: ignore[arg-type]


# --- Source ------------------------------------------------------------------------------------


def test_a_source_keeps_its_fields_and_shows_its_title_and_date() -> None:
    source = Source(TITLE, "State Council", DATED, PUBLISHED)
    assert (source.title, source.issuer, source.dated, source.published) == (
        TITLE,
        "State Council",
        DATED,
        PUBLISHED,
    )
    assert repr(source) == "Source('Master Plan for the China (Xinjiang) Pilot Free Trade Zone', 2023-10-21)"


@given(sources())
def test_generated_sources_are_published_on_or_after_their_date(source: Source) -> None:
    assert source.published >= source.dated
    assert repr(source) == f"Source({source.title.en!r}, {source.dated.isoformat()})"


@given(st.integers(1, 3650))
def test_a_source_cannot_be_published_before_its_date(days: int) -> None:
    early = DATED - timedelta(days=days)
    with pytest.raises(
        ValueError, match=exactly(f"Source: published ({early}) must not be before dated ({DATED})")
    ):
        Source(TITLE, "State Council", DATED, early)
    assert Source(TITLE, "State Council", DATED, DATED).published == DATED  # the same day is fine


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\u200b"])
def test_the_issuer_must_not_be_blank(blank: str) -> None:
    with pytest.raises(ValueError, match=exactly("Source.issuer must not be empty or blank")):
        Source(TITLE, blank, DATED, PUBLISHED)


@pytest.mark.parametrize(
    "build",
    [
        lambda text: Source(TITLE, text, DATED, PUBLISHED),
        lambda text: DataVersion(text, DATED),
    ],
)
@pytest.mark.parametrize("text", ["a\ud800", "1.0\x1b[2J", "State\nCouncil", "\u202e1.0", "x" * 10_001])
def test_the_issuer_and_the_version_are_texts_like_any_other(
    build: Callable[[str], object], text: str
) -> None:
    """Issue 13: every str field of every record follows the rules of a text, not only Text's."""
    with pytest.raises(ValueError, match=r"^(Source\.issuer|DataVersion\.version): "):
        build(text)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (("title", "State Council", DATED, PUBLISHED), "title"),
        ((TITLE, None, DATED, PUBLISHED), "issuer"),
        ((TITLE, "State Council", "2023-10-21", PUBLISHED), "dated"),
        ((TITLE, "State Council", DATED, 20231031), "published"),
    ],
)
def test_wrong_types_are_type_errors_naming_the_field(arguments: tuple[object, ...], field: str) -> None:
    assert _type_error(lambda: Source(*arguments)).startswith(f"'{field}' must be ")  # type: ignore[arg-type]


# --- DataVersion -------------------------------------------------------------------------------


def test_a_data_version_shows_its_version_and_date() -> None:
    version = DataVersion("1.0.0", DATED)
    assert str(version) == "1.0.0 (as of 2023-10-21)"
    assert repr(version) == "DataVersion('1.0.0', 2023-10-21)"


@pytest.mark.parametrize("blank", ["", " ", "\n"])
def test_the_version_must_not_be_blank(blank: str) -> None:
    with pytest.raises(ValueError, match=exactly("DataVersion.version must not be empty or blank")):
        DataVersion(blank, DATED)


def test_data_version_types() -> None:
    assert _type_error(lambda: DataVersion(1, DATED)).startswith("'version' must be <class 'str'>")  # type: ignore[arg-type]
    assert _type_error(lambda: DataVersion("1", "2023")).startswith("'as_of' must be <class 'datetime.date'>")  # type: ignore[arg-type]


# --- all three: equality, hash, immutability, slots --------------------------------------------


@given(st.one_of(source_refs, sources(), data_versions))
def test_copies_are_equal_hash_alike_pickle_and_are_frozen_and_slotted(
    record: SourceRef | Source | DataVersion,
) -> None:
    copy = attrs.evolve(record)
    assert copy is not record
    assert copy == record
    assert hash(copy) == hash(record)
    assert pickle.loads(pickle.dumps(record)) == record
    assert not hasattr(record, "__dict__")
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, None)


def test_records_differ_in_any_field_and_from_other_classes() -> None:
    assert SourceRef(1, 2) != SourceRef(2, 1)
    assert DataVersion("1", DATED) != DataVersion("2", DATED)
    assert DataVersion("1", DATED) != DataVersion("1", PUBLISHED)
    source = Source(TITLE, "State Council", DATED, PUBLISHED)
    assert source != attrs.evolve(source, issuer="Someone else")
    twin = attrs.make_class("SourceRef", ["table", "row"], frozen=True)
    assert SourceRef(1, 2) != twin(1, 2)
    same_values: object = (1, 2)
    assert SourceRef(1, 2) != same_values
    assert SourceRef(1, 2).__eq__(same_values) is NotImplemented
