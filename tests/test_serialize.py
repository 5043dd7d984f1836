"""Tests of xinjiang_fta.serialize: to_dict/from_dict, to_json/from_json, strict reading, located problems."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import xinjiang_fta as x
from tests.strategies import (
    location,
    malformed_documents,
    nested_json_values,
    nodes,
    sizes,
    zone_settings,
    zones,
)
from xinjiang_fta import serialize
from xinjiang_fta.errors import ROOT, DataError
from xinjiang_fta.files import dump_zone, load_zone
from xinjiang_fta.records import Area, Zone
from xinjiang_fta.serialize import (
    MAX_DEPTH,
    MAX_SIZE,
    _too_deep,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from xinjiang_fta.texts import Text

BUNDLED = files("xinjiang_fta.data").joinpath("zone.json").read_bytes()


def _problems(text: str | bytes, cls: type = Zone) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as caught:
        from_json(text, cls)
    return caught.value.problems


def test_the_bundled_file_is_exactly_to_json_of_the_zone() -> None:
    assert to_json(x.ZONE).encode("utf-8") == BUNDLED
    assert from_json(BUNDLED) == x.ZONE


def test_json_keeps_field_order_and_unescaped_text() -> None:
    text = to_json(x.ZONE)
    assert list(json.loads(text)) == [f.name for f in attrs.fields(Zone) if f.init]
    assert "ウルムチエリア" in text
    assert '"134.6"' in text
    assert text.endswith("}\n")


def _tree(record: Any) -> list[Any]:
    """*record* and every record below it."""
    found = [record]
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        for member in value if isinstance(value, tuple) else [value]:
            if attrs.has(type(member)):
                found += _tree(member)
    return found


@zone_settings
@given(zones(area_sizes=sizes))
def test_every_zone_and_every_record_in_it_round_trips_through_json(zone: Zone) -> None:
    text = to_json(zone)
    assert from_json(text) == zone
    assert from_json(text.encode("utf-8")) == zone
    assert to_json(from_json(text)) == text
    for record in _tree(zone):
        assert from_json(to_json(record), type(record)) == record
        assert from_dict(to_dict(record), type(record)) == record


def test_every_record_of_the_bundled_zone_round_trips() -> None:
    records = _tree(x.ZONE)
    assert {type(r).__name__ for r in records} == {
        "Zone",
        "Text",
        "Area",
        "SubArea",
        "SourceRef",
        "Domain",
        "Measure",
        "Source",
        "DataVersion",
    }
    for record in records:
        assert from_json(to_json(record), type(record)) == record


def test_from_json_reads_a_zone_unless_told_otherwise() -> None:
    assert from_json(to_json(x.ZONE)) == x.ZONE
    assert from_json(to_json(x.URUMQI), Area) == x.URUMQI
    with pytest.raises(DataError) as caught:
        from_json(to_json(x.URUMQI))
    assert (ROOT, "unknown keys: aliases, area_km2, focus, source_ref, sub_areas") in caught.value.problems


@given(malformed_documents())  # about 0.1 s an example: the profile's number
def test_a_fault_raises_data_error_at_its_location(case: tuple[Any, str]) -> None:
    document, where = case
    with pytest.raises(DataError) as caught:
        from_dict(document, Zone)
    assert [loc for loc, _ in caught.value.problems] == [where]
    assert f"  {where}: " in str(caught.value)
    assert [loc for loc, _ in _problems(json.dumps(document, ensure_ascii=False))] == [where]


def test_every_problem_is_listed_with_its_path() -> None:
    document = to_dict(x.ZONE)
    document["domains"][4]["measures"][1]["actions"][0]["en"] = 5
    del document["areas"][0]["name"]
    document["areas"][1]["area_km2"] = "1e999"
    document["source"]["extra"] = True
    with pytest.raises(DataError) as caught:
        from_dict(document, Zone)
    assert caught.value.problems == [
        ("areas[0].name", "required key missing"),
        (
            "areas[1].area_km2",
            "expected a decimal number in plain notation such as \"134.6\", got string '1e999'",
        ),
        ("domains[4].measures[1].actions[0].en", "expected a string, got number 5"),
        ("source", "unknown key: extra"),
    ]
    message = str(caught.value)
    assert message.startswith("4 problems in the data:\n")
    assert "  domains[4].measures[1].actions[0].en: expected a string" in message


def test_record_rules_are_reported_with_their_location() -> None:
    document = to_dict(x.ZONE)
    document["areas"][2]["id"] = "urumqi"
    assert _problems(json.dumps(document)) == [
        (ROOT, "Zone 'xinjiang': area ids must be unique, repeated: urumqi")
    ]
    document = to_dict(x.ZONE)
    document["areas"][1]["sub_areas"][0]["area_km2"] = "28.49"
    ((where, message),) = _problems(json.dumps(document))
    assert where == "areas[1]"
    assert "larger than the area" in message


@settings(max_examples=50)
@given(st.data())
def test_broken_json_is_located_by_line_and_column(data: st.DataObject) -> None:
    text = to_json(x.ZONE)
    cut = data.draw(st.integers(0, len(text.rstrip()) - 1))
    ((where, message),) = _problems(text[:cut])
    match = re.fullmatch(r"line (\d+), column (\d+)", where)
    assert match is not None
    assert message.startswith("not JSON")
    assert int(match[1]) <= text[:cut].count("\n") + 1


def _with_alias(zone: Zone, alias: str) -> Zone:
    first = attrs.evolve(zone.areas[0], aliases=(alias,))
    return attrs.evolve(zone, areas=(first, *zone.areas[1:]))


@pytest.mark.parametrize("alias", ["[" * 40, "{" * 40, "]" * 40 + "[" * 40, '\\"' + "[" * 40, "[\\" * 40])
def test_brackets_in_strings_are_not_nesting(alias: str, tmp_path: Path) -> None:
    zone = _with_alias(x.ZONE, alias)
    text = to_json(zone)
    assert from_json(text) == zone
    assert load_zone(dump_zone(zone, tmp_path / "zone.json")) == zone


@settings(max_examples=30)
@given(
    zones(max_areas=1, max_domains=1), st.text(st.sampled_from('[]{}"\\ a'), min_size=MAX_DEPTH, max_size=120)
)
def test_any_brackets_quotes_and_backslashes_in_a_text_round_trip(zone: Zone, alias: str) -> None:
    zone = _with_alias(zone, alias.strip() or "[")
    assert from_json(to_json(zone)) == zone


@settings(max_examples=30)
@given(st.integers(MAX_DEPTH + 1, 20_000), st.sampled_from(["[", '{"a":']))
@example(MAX_DEPTH + 1, "[")  # parsed, then refused by the depth check
@example(20_000, '{"a":')  # stopped by the parser's own recursion guard
def test_deep_nesting_is_refused_at_any_depth(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    deep = opener * depth + "1" + closer * depth
    text = json.dumps(to_dict(x.ZONE))[:-1] + ', "deep": ' + deep + "}"
    assert _problems(text) == [(ROOT, f"arrays and objects are nested more than {MAX_DEPTH} deep")]


@settings(max_examples=40)
@given(st.integers(1, MAX_DEPTH - 8), st.data())
def test_shallow_nesting_in_the_wrong_place_is_a_located_type_error(depth: int, data: st.DataObject) -> None:
    document = to_dict(x.ZONE)
    leaves = [n for n in nodes(Zone, document) if n.kind in ("str", "int", "decimal", "date")]
    node = data.draw(st.sampled_from(leaves))
    parent = document
    for step in node.path[:-1]:
        parent = parent[step]
    value: Any = 1
    for _ in range(depth):
        value = [value]
    parent[node.path[-1]] = value
    ((where, message),) = _problems(json.dumps(document))
    assert where == location(node.path)
    assert message.endswith("got array")


def _deepest(text: str) -> int:
    """How deep the arrays and objects of JSON *text* nest, read one character at a time."""
    depth = deepest = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest


def _nested(depth: int, inner: Any = '"]\\"[') -> Any:
    for i in range(depth):
        inner = [inner] if i % 2 else {"{": inner}
    return inner


@settings(max_examples=80)
@given(nested_json_values(), st.booleans())
@example(_nested(MAX_DEPTH), False)
@example(_nested(MAX_DEPTH + 1), True)
def test_the_depth_scan_agrees_with_reading_one_character_at_a_time(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _too_deep(text) == (_deepest(text) > MAX_DEPTH)


def test_a_backslash_outside_a_string_is_no_nesting() -> None:
    assert not _too_deep("\\" + "[" * MAX_DEPTH + "\\" + "]" * MAX_DEPTH)
    assert _too_deep("\\" * 3 + "[" * (MAX_DEPTH + 1))
    ((where, message),) = _problems("\\[1]")
    assert where == "line 1, column 1"
    assert message.startswith("not JSON")


def test_a_text_broken_before_its_deep_part_is_refused_for_its_depth() -> None:
    deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    broken = to_json(x.ZONE)[:-2] + ', "deep": ' + deep + ", }"
    assert _problems(broken) == [(ROOT, f"arrays and objects are nested more than {MAX_DEPTH} deep")]
    truncated = to_json(x.ZONE)[:-3]  # unclosed brackets are not depth: the parser says where
    ((where, message),) = _problems(truncated)
    assert where.startswith("line ")
    assert message.startswith("not JSON")


@pytest.mark.parametrize("lang", ["ja", "en", "zh"])
@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDFFF), chr(0xDC80)])
def test_a_lone_surrogate_is_refused_where_it_stands(lang: str, surrogate: str) -> None:
    """A lone surrogate is no character: no file can hold it, so no Text takes it (test_texts), and
    reading one gives DataError at the text's place."""
    values = {"ja": "物流", "en": "logistics", "zh": "物流", lang: "a" + surrogate}
    document = to_dict(x.ZONE)
    document["domains"][4]["measures"][1]["actions"][0] = values
    with pytest.raises(DataError) as caught:
        from_dict(document, Zone)
    ((where, message),) = caught.value.problems
    assert where == "domains[4].measures[1].actions[0]"
    assert message.startswith(f"Text.{lang}")
    assert "lone surrogate" in message
    assert _problems(json.dumps(document)) == caught.value.problems  # "\ud800" escaped in JSON


TOO_LARGE = [(ROOT, f"the text is larger than {MAX_SIZE} bytes of UTF-8")]


def test_huge_input_is_refused_unread() -> None:
    assert _problems(" " * (MAX_SIZE + 1)) == TOO_LARGE
    assert _problems(b" " * (MAX_SIZE + 1)) == TOO_LARGE
    ((where, message),) = _problems('{"ordinal": ' + "9" * 5000 + "}")
    assert where == ROOT
    assert "4300 digits" in message


def test_the_size_of_a_str_is_its_size_in_utf8_as_for_bytes() -> None:
    """Issue 13: the same document was accepted as str and refused as bytes."""
    count = MAX_SIZE // 3 - 1  # a JSON string of so many 3-byte characters fits, one more does not
    fits, too_large = '"' + "物" * count + '"', '"' + "物" * (count + 1) + '"'
    assert len(fits.encode()) <= MAX_SIZE < len(too_large.encode())
    ((where, message),) = _problems(fits, Text)
    assert (where, message[:27]) == (ROOT, "expected an object, got str")
    assert _problems(fits.encode(), Text) == [(where, message)]
    assert _problems(too_large) == _problems(too_large.encode()) == TOO_LARGE


@settings(max_examples=15)
@given(zones(max_areas=1, max_domains=1), st.sampled_from([str, bytes, bytearray]), st.booleans())
def test_str_bytes_and_bytearray_and_a_byte_order_mark_read_the_same(
    zone: Zone, kind: type, bom: bool
) -> None:
    text = ("\ufeff" if bom else "") + to_json(zone)
    document: str | bytes | bytearray = text if kind is str else kind(text.encode("utf-8"))
    assert from_json(document) == zone


def test_a_byte_order_mark_is_skipped_once_only() -> None:
    assert from_json("\ufeff" + to_json(x.ZONE)) == x.ZONE
    assert from_json(b"\xef\xbb\xbf" + BUNDLED) == x.ZONE
    ((where, message),) = _problems("\ufeff\ufeff" + to_json(x.ZONE))
    assert where == "line 1, column 1"
    assert message.startswith("not JSON")


@pytest.mark.parametrize("text", [memoryview(BUNDLED), 0, None, [BUNDLED], Path("zone.json")])
def test_anything_but_str_bytes_or_bytearray_is_a_type_error(text: object) -> None:
    with pytest.raises(TypeError, match=r"^from_json reads str, bytes or bytearray, not "):
        from_json(text)  # type: ignore[call-overload]


@pytest.mark.parametrize("text", ["[" * 1000, "{" * 1000, '{"a":' * 1000, "[" * 10**6])
def test_brackets_never_closed_are_refused_for_their_depth(text: str) -> None:
    """Issue 13: from_json("[" * 1000) raised RecursionError."""
    assert _problems(text) == [(ROOT, f"arrays and objects are nested more than {MAX_DEPTH} deep")]


@settings(max_examples=15)
@given(zones(max_areas=1, max_domains=1), st.integers(-2, 2))
def test_to_json_writes_exactly_what_from_json_reads(zone: Zone, margin: int) -> None:
    """Writers refuse what readers refuse: with the limit just below, at or above the text's size."""
    size = len(to_json(zone).encode("utf-8"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(serialize, "MAX_SIZE", size + margin)
        if margin < 0:
            with pytest.raises(DataError, match="would exceed"):
                to_json(zone)
            assert _problems(to_json_unchecked(zone)) == [
                (ROOT, f"the text is larger than {size + margin} bytes of UTF-8")
            ]
        else:
            assert from_json(to_json(zone)) == zone


def to_json_unchecked(record: object) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, indent=2) + "\n"


def test_a_long_duplicate_or_unknown_key_is_cut_in_the_message() -> None:
    key = "k" * 10_000
    ((_, message),) = _problems(f'{{"{key}": 1, "{key}": 2}}')
    assert message == f"the key '{'k' * 57}…' appears twice in one object"
    many = {f"extra{i}": i for i in range(20)} | {key: 0}
    ((where, message),) = _problems(json.dumps({"ja": "物流", "en": "logistics", **many}), Text)
    assert where == ROOT
    assert message.startswith("unknown keys: extra0, extra1, extra10, extra11, ")
    assert message.endswith(", …")
    assert len(message) < 200


_NOT_STRINGS = st.one_of(st.integers(), st.none(), st.booleans(), st.floats(), st.tuples(st.integers()))


@given(
    st.dictionaries(
        _NOT_STRINGS | st.text().filter(lambda key: key not in attrs.fields_dict(Text)),
        st.integers(),
        min_size=1,
    )
)
@example({1: 2})
@example({10**5000: 0, "extra": 1})  # an integer too long for its repr
def test_unknown_keys_of_any_type_are_named_as_a_data_error(extra: dict[Any, int]) -> None:
    """Review finding 11: a key that is no string raised a TypeError inside serialize."""
    with pytest.raises(DataError) as caught:
        from_dict({"ja": "a", "en": "b", **extra}, Text)
    ((where, message),) = caught.value.problems
    assert where == ROOT
    assert message.startswith("unknown key: " if len(extra) == 1 else "unknown keys: ")
    assert len(message) < 1000
    if extra == {1: 2}:
        assert message == "unknown key: number 1"


def test_text_that_is_not_utf8_is_refused_with_its_byte() -> None:
    assert _problems(BUNDLED[:10] + b"\xff" + BUNDLED[10:]) == [("byte 10", "the text is not UTF-8")]


def test_duplicate_keys_are_refused() -> None:
    assert _problems('{"id": "a", "id": "b"}') == [(ROOT, "the key 'id' appears twice in one object")]


@given(st.lists(st.sampled_from(["id", "name", "a", "ｉｄ", "名"]), min_size=1, max_size=12))
def test_the_first_key_to_come_again_is_named(keys: list[str]) -> None:
    text = "{" + ", ".join(f"{json.dumps(key)}: {i}" for i, key in enumerate(keys)) + "}"
    again = [key for i, key in enumerate(keys) if key in keys[:i]]
    if again:
        assert _problems(text) == [(ROOT, f"the key {again[0]!r} appears twice in one object")]
    else:
        assert not any("twice" in message for _, message in _problems(text))


def test_nan_is_refused_where_it_stands() -> None:
    text = to_json(x.ZONE).replace('"134.6"', "NaN")
    ((where, message),) = _problems(text)
    assert where == "areas[0].area_km2"
    assert "got number nan" in message


@pytest.mark.parametrize("document", ["[]", "null", '"zone"', "5"])
def test_a_document_that_is_not_an_object(document: str) -> None:
    ((where, message),) = _problems(document)
    assert where == ROOT
    assert message.startswith("expected an object")


def test_only_record_types_are_serialized() -> None:
    with pytest.raises(TypeError, match=r"^not a record type of xinjiang_fta: <class 'dict'>$"):
        to_dict({"a": 1})
    with pytest.raises(TypeError, match=r"^not a record type of xinjiang_fta: <class 'dict'>$"):
        from_dict({}, dict)
    with pytest.raises(TypeError, match="not a record type"):
        to_json([x.URUMQI])
