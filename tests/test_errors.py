"""Tests of xinjiang_fta.errors: DataError and NotFoundError, their messages, locations and pickling."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta.errors import ROOT, DataError, NotFoundError

locations = st.sampled_from(
    [ROOT, "areas[0].area_km2", "domains[4].measures[1].actions[0].en", "line 3, column 5", "byte 10"]
) | st.text(min_size=1, max_size=20)
problems = st.lists(st.tuples(locations, st.text(max_size=30)), min_size=1, max_size=5)


def test_the_errors_are_the_packages_and_live_in_errors() -> None:
    assert x.DataError is DataError
    assert x.NotFoundError is NotFoundError
    assert DataError.__module__ == NotFoundError.__module__ == "xinjiang_fta.errors"
    assert ROOT == "(top level)"


# --- DataError ---------------------------------------------------------------------------------


def test_a_data_error_lists_every_problem_one_a_line() -> None:
    error = DataError([("areas[0]", "bad"), ("id", "worse")], "zone.json")
    assert isinstance(error, ValueError)
    assert str(error) == "2 problems in zone.json:\n  areas[0]: bad\n  id: worse"
    assert error.problems == [("areas[0]", "bad"), ("id", "worse")]
    assert error.source == "zone.json"


def test_one_problem_without_a_source_is_in_the_data() -> None:
    error = DataError([(ROOT, "expected an object, got array")])
    assert str(error) == "1 problem in the data:\n  (top level): expected an object, got array"
    assert error.source is None


@given(problems, st.none() | st.text(min_size=1, max_size=20))
def test_the_message_has_a_count_then_each_location_and_message(
    found: list[tuple[str, str]], source: str | None
) -> None:
    error = DataError(found, source)
    count = len(found)
    header = f"{count} problem{'' if count == 1 else 's'} in {source or 'the data'}:"
    assert str(error) == header + "".join(f"\n  {where}: {message}" for where, message in found)
    assert error.problems == found


def test_the_problems_are_a_copy_in_document_order() -> None:
    given_problems = (("b", "second"), ("a", "first"))
    error = DataError(given_problems)
    assert error.problems == [("b", "second"), ("a", "first")]
    assert isinstance(error.problems, list)


@given(problems, st.none() | st.text(min_size=1, max_size=20))
def test_a_data_error_pickles_whole(found: list[tuple[str, str]], source: str | None) -> None:
    error = DataError(found, source)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DataError
    assert (copy.problems, copy.source, str(copy), copy.args) == (
        error.problems,
        source,
        str(error),
        error.args,
    )


def test_with_source_names_the_file_and_keeps_the_problems() -> None:
    error = DataError([("ordinal", "expected an integer, got string '22'")])
    named = error.with_source("data/zone.json")
    assert named is not error
    assert named.problems == error.problems
    assert named.source == "data/zone.json"
    assert str(named).startswith("1 problem in data/zone.json:\n")
    assert error.source is None  # the original is left as it was


def test_from_dict_locates_problems_as_documented() -> None:
    document = x.to_dict(x.ZONE)
    document["domains"][4]["measures"][1]["actions"][0]["en"] = 5
    document["areas"][2]["id"] = "urumqi"
    with pytest.raises(DataError) as caught:
        x.from_dict(document, x.Zone)
    assert caught.value.problems == [
        ("domains[4].measures[1].actions[0].en", "expected a string, got number 5")
    ]
    document["domains"][4]["measures"][1]["actions"][0]["en"] = "ok"
    with pytest.raises(DataError) as caught:
        x.from_dict(document, x.Zone)
    assert caught.value.problems == [(ROOT, "Zone 'xinjiang': area ids must be unique, repeated: urumqi")]


# --- NotFoundError -----------------------------------------------------------------------------


def test_a_miss_says_what_was_asked_and_what_is_near() -> None:
    error = NotFoundError("area", "urumqui", ["urumqi"])
    assert isinstance(error, KeyError)
    assert str(error) == "no area 'urumqui'; did you mean 'urumqi'?"
    assert (error.kind, error.key, error.suggestions, error.reason) == ("area", "urumqui", ("urumqi",), None)


def test_a_miss_without_suggestions_and_with_a_reason() -> None:
    assert str(NotFoundError("measure", 99)) == "no measure 99"
    assert (
        str(NotFoundError("area", "k", ["kashgar", "khorgos"]))
        == "no area 'k'; did you mean 'kashgar' or 'khorgos'?"
    )
    error = NotFoundError("area", "a", ["kashgar"], reason="more than one area answers to it")
    assert str(error) == "no area 'a': more than one area answers to it; did you mean 'kashgar'?"


@given(st.text(min_size=81, max_size=2000) | st.integers(min_value=10**90) | st.integers(max_value=-(10**90)))
@example(10**5000)  # more digits than int() may turn into a string
@example("\x1b]0;pwned\x07" * 100)
def test_a_long_key_prints_in_one_short_line(key: str | int) -> None:
    message = str(NotFoundError("area", key, ["x" * 500]))
    assert len(message) < 250
    assert len(message.splitlines()) == 1
    assert "\x1b" not in message  # escaped, as a repr shows it
    assert ("…" if isinstance(key, str) else "≈") in message


def test_a_key_of_another_type_is_cut_too() -> None:
    message = str(NotFoundError("measure", ["x" * 500]))
    assert message.startswith("no measure ['xxx")
    assert message.endswith("…")
    assert len(message) < 100


@given(
    st.sampled_from(["area", "measure", "domain"]),
    st.text(max_size=20) | st.integers(),
    st.lists(st.text(max_size=10), max_size=3),
    st.none() | st.text(min_size=1, max_size=20),
)
def test_a_not_found_error_pickles_whole(
    kind: str, key: str | int, suggestions: list[str], reason: str | None
) -> None:
    error = NotFoundError(kind, key, suggestions, reason)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is NotFoundError
    assert (copy.kind, copy.key, copy.suggestions, copy.reason, str(copy)) == (
        kind,
        key,
        tuple(suggestions),
        reason,
        str(error),
    )


def test_a_lookup_miss_raises_it() -> None:
    with pytest.raises(NotFoundError) as caught:
        x.area("urumqui")
    assert caught.value.kind == "area"
    assert "urumqi" in caught.value.suggestions
