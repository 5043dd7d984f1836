"""Tests of xinjiang_fta.texts: Text, the languages, the rules of a text and its short repr."""

from __future__ import annotations

import pickle
import re
from typing import get_args

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta.texts import LANGUAGES, MAX_TEXT, Lang, Text

from .strategies import texts


def exactly(message: str) -> str:
    """The pattern that matches *message* whole, for ``pytest.raises(match=...)``."""
    return f"^{re.escape(message)}\\Z"


T = Text("物流", "logistics")


def test_the_languages_are_japanese_english_chinese_source_first() -> None:
    assert LANGUAGES == ("ja", "en", "zh")
    assert get_args(Lang) == LANGUAGES


@given(texts)
def test_str_is_japanese_and_get_gives_each_language(text: Text) -> None:
    assert str(text) == text.ja
    assert (text.get("ja"), text.get("en"), text.get("zh")) == (text.ja, text.en, text.zh)


def test_chinese_is_optional() -> None:
    assert T.zh is None
    assert T.get("zh") is None
    assert Text("乌鲁木齐", "Urumqi", "乌鲁木齐片区").get("zh") == "乌鲁木齐片区"


@pytest.mark.parametrize("lang", ["fr", "EN", "", "ja "])
def test_get_rejects_an_unknown_language(lang: str) -> None:
    with pytest.raises(ValueError, match=exactly(f"unknown language {lang!r}: expected one of ja, en, zh")):
        T.get(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "kind"), [(5, "int"), (None, "NoneType"), (b"en", "bytes"), (["ja"], "list")]
)
def test_get_refuses_a_language_that_is_no_string(lang: object, kind: str) -> None:
    with pytest.raises(TypeError, match=exactly(f"a language is a code such as 'en', not {kind}")):
        T.get(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("invisible", ["\u200e", "\u00ad", "\u2061", "\u0301", "\u3000\u20dd"])
def test_a_text_of_format_characters_or_marks_only_is_blank(lang: str, invisible: str) -> None:
    fields = {"ja": "物流", "en": "logistics", "zh": "物流", lang: invisible}
    expected = "Text.ja" if lang == "ja" else f"Text.{lang} (ja='物流')"
    with pytest.raises(ValueError, match=exactly(f"{expected} must not be empty or blank")):
        Text(**fields)


@given(st.sampled_from(["", " ", "\n", "\u3000", "\t\r"]), st.sampled_from(LANGUAGES))
def test_blank_texts_are_rejected_naming_the_language(blank: str, lang: str) -> None:
    fields = {"ja": "物流", "en": "logistics", "zh": "物流", lang: blank}
    expected = "Text.ja" if lang == "ja" else f"Text.{lang} (ja='物流')"
    with pytest.raises(ValueError, match=exactly(f"{expected} must not be empty or blank")):
        Text(**fields)


def test_the_japanese_text_a_message_names_is_cut() -> None:
    with pytest.raises(ValueError, match=exactly(f"Text.en (ja='{'長' * 57}…') must not be empty or blank")):
        Text("長" * 500, " ")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDFFF), chr(0xDC80)])
def test_a_lone_surrogate_is_refused_naming_the_language(lang: str, surrogate: str) -> None:
    """A lone surrogate is no character: no file can hold it, so no Text takes it."""
    values = {"ja": "物流", "en": "logistics", "zh": "物流", lang: "a" + surrogate}
    expected = rf"^Text\.{lang}\b.*lone surrogate character {re.escape(repr(surrogate))} at position 1"
    with pytest.raises(ValueError, match=expected):
        Text(**values)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("bad", "rule"),
    [
        ("a\x00", "a control character '\\x00' at position 1"),
        ("\x1b]0;pwned\x07", "a control character '\\x1b' at position 0"),
        ("line\nbreak", "a control character '\\n' at position 4"),
        ("tab\t", "a control character '\\t' at position 3"),
        ("a\x9b", "a control character '\\x9b' at position 1"),
        ("\u202eexe.txt", "a bidi control character '\\u202e' at position 0"),
        ("a\u2066b", "a bidi control character '\\u2066' at position 1"),
        ("\u200b\u200b", "must not be empty or blank"),
        ("長" * (MAX_TEXT + 1), f"a text of {MAX_TEXT + 1} characters is longer than the {MAX_TEXT} allowed"),
    ],
)
def test_a_text_that_is_not_one_short_visible_line_is_refused_naming_the_language(
    lang: str, bad: str, rule: str
) -> None:
    values = {"ja": "物流", "en": "logistics", "zh": "物流", lang: bad}
    owner = "Text.ja" if lang == "ja" else f"Text.{lang} (ja='物流')"
    with pytest.raises(ValueError, match=re.escape(owner)) as caught:
        Text(**values)
    assert rule in str(caught.value)


def test_a_text_of_the_longest_length_is_taken() -> None:
    assert len(Text("長" * MAX_TEXT, "a" * MAX_TEXT).en) == MAX_TEXT == 10_000


@pytest.mark.parametrize(
    ("values", "field"),
    [(("物流", 5), "en"), ((b"x", "x"), "ja"), (("物流", "logistics", ["物流"]), "zh"), ((None, "x"), "ja")],
)
def test_wrong_types_are_type_errors_naming_the_field(values: tuple[object, ...], field: str) -> None:
    with pytest.raises(TypeError) as caught:
        Text(*values)  # type: ignore[arg-type]
    assert caught.value.args[0].startswith(f"'{field}' must be ")


def test_repr_is_short_and_leaves_out_a_missing_chinese_text() -> None:
    assert repr(T) == "Text('物流', 'logistics')"
    assert repr(Text("乌鲁木齐", "Urumqi", "乌鲁木齐片区")) == "Text('乌鲁木齐', 'Urumqi', '乌鲁木齐片区')"
    long = Text("長" * 100, "long " * 30)
    assert repr(long) == f"Text('{'長' * 57}…', '{('long ' * 12)[:57]}…')"


@given(texts)
def test_repr_is_one_line_naming_the_texts(text: Text) -> None:
    shown = repr(text)
    assert len(shown.splitlines()) == 1
    assert len(shown) <= 200
    assert shown.startswith("Text(")
    assert repr(text.en) in shown  # generated texts are short: shown whole


@given(texts, texts)
def test_texts_are_equal_exactly_when_every_language_is(a: Text, b: Text) -> None:
    assert (a == b) == ((a.ja, a.en, a.zh) == (b.ja, b.en, b.zh))
    if a == b:
        assert hash(a) == hash(b)


def test_equal_texts_hash_alike_and_differ_in_any_language() -> None:
    assert Text("物流", "logistics") == T
    assert hash(Text("物流", "logistics")) == hash(T)
    assert len({T, Text("物流", "logistics"), Text("物流", "logistics", "物流")}) == 2
    assert T != Text("物流", "Logistics")
    same_values: object = ("物流", "logistics", None)
    assert T != same_values
    assert T.__eq__(same_values) is NotImplemented


def test_a_text_is_frozen_and_slotted() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        T.en = "other"  # type: ignore[misc]
    assert not hasattr(T, "__dict__")
    with pytest.raises((AttributeError, TypeError)):
        object.__setattr__(T, "note", "no room for it")  # no slot, no __dict__


@given(texts)
def test_a_text_pickles(text: Text) -> None:
    assert pickle.loads(pickle.dumps(text)) == text
