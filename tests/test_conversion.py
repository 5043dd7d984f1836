"""Tests of xinjiang_fta.conversion: the converter's strict structuring and its lossless unstructuring."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import cattrs
import pytest
from hypothesis import given

from xinjiang_fta import conversion
from xinjiang_fta.conversion import converter
from xinjiang_fta.provenance import SourceRef
from xinjiang_fta.records import Area, Measure, SubArea, SubAreaKind, Zone
from xinjiang_fta.texts import Text

from .strategies import sizes, texts, zone_settings, zones


def _structure_error(data: object, cls: type) -> list[str]:
    with pytest.raises(cattrs.BaseValidationError) as caught:
        converter.structure(data, cls)
    return cattrs.transform_error(caught.value, format_exception=lambda e, _: str(e))


def _part(size: object) -> dict[str, Any]:
    return {"kind": "bonded_zone", "name": {"ja": "保税区", "en": "Bonded zone"}, "area_km2": size}


def test_the_module_holds_one_converter() -> None:
    assert conversion.__all__ == ["converter"]
    assert isinstance(converter, cattrs.Converter)


@zone_settings
@given(zones(area_sizes=sizes))
def test_structure_inverts_unstructure(zone: Zone) -> None:
    data = converter.unstructure(zone)
    assert converter.structure(data, Zone) == zone
    assert converter.unstructure(converter.structure(data, Zone)) == data


def test_records_unstructure_to_dicts_in_field_order_with_lists() -> None:
    area = Area("a", Text("ア", "A"), "1.50", aliases=["x"], source_ref=SourceRef(1, 2))
    assert converter.unstructure(area) == {
        "id": "a",
        "name": {"ja": "ア", "en": "A", "zh": None},
        "area_km2": "1.50",
        "sub_areas": [],
        "focus": [],
        "aliases": ["x"],
        "source_ref": {"table": 1, "row": 2},
    }
    assert list(converter.unstructure(area)) == [
        "id",
        "name",
        "area_km2",
        "sub_areas",
        "focus",
        "aliases",
        "source_ref",
    ]
    assert converter.unstructure(SubAreaKind.XPCC_DIVISION) == "xpcc_division"


@given(sizes)
def test_decimals_travel_as_plain_strings_digit_for_digit(size: Decimal) -> None:
    data = converter.unstructure(size)
    assert isinstance(data, str)
    assert "E" not in data
    back = converter.structure(data, Decimal)
    assert back == size
    assert str(back) == str(size) or "E" in str(size)


def test_decimal_in_exponent_notation_is_written_plainly() -> None:
    assert converter.unstructure(Decimal("1E+2")) == "100"
    assert converter.unstructure(Decimal("5E-6")) == "0.000005"
    assert converter.unstructure(Decimal("134.60")) == "134.60"
    assert converter.structure("134.60", Decimal).as_tuple() == Decimal("134.60").as_tuple()
    assert converter.structure("-2", Decimal) == Decimal(-2)


@pytest.mark.parametrize(
    "bad",
    [
        "1e999",
        "1E2",
        "NaN",
        "Infinity",
        "-Infinity",
        " 1",
        "1 ",
        "+1",
        ".5",
        "1.",
        "１２",
        "0x1",
        "",
        "1_0",
        "01",
    ],
)
def test_decimals_only_in_plain_notation(bad: str) -> None:
    (message,) = _structure_error(_part(bad), SubArea)
    assert (
        message
        == f'expected a decimal number in plain notation such as "134.6", got string {bad!r} @ $.area_km2'
    )


@pytest.mark.parametrize(
    ("bad", "kind"),
    [
        (1.5, "number 1.5"),
        (2, "number 2"),
        (True, "true"),
        (False, "false"),
        (None, "null"),
        ([], "array"),
        ({}, "object"),
    ],
)
def test_decimals_only_from_strings(bad: object, kind: str) -> None:
    (message,) = _structure_error(_part(bad), SubArea)
    assert message == f'expected a decimal number as a string such as "134.6", got {kind} @ $.area_km2'


@pytest.mark.parametrize("zero_or_less", ["0", "-0", "0.00", "-2"])
def test_zero_and_negative_decimals_fail_in_the_record_rule(zero_or_less: str) -> None:
    assert _structure_error(_part(zero_or_less), SubArea) == [
        f"SubArea 'Bonded zone': size must be greater than zero, got {zero_or_less} @ $"
    ]


@pytest.mark.parametrize(
    "bad", ["20231021", "2023-1-1", "2023-10-21T00:00", "2023-W43-6", "23-10-21", "２０２３-10-21"]
)
def test_dates_only_as_yyyy_mm_dd(bad: str) -> None:
    with pytest.raises(ValueError, match=f'^expected a date "YYYY-MM-DD", got string {bad!r}$'):
        converter.structure(bad, date)


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13-01", "2023-00-10"])
def test_dates_must_be_on_the_calendar(bad: str) -> None:
    with pytest.raises(ValueError, match=f"^not a calendar date: {bad!r}$"):
        converter.structure(bad, date)


@pytest.mark.parametrize(
    ("bad", "kind"), [(20231021, "number 20231021"), (None, "null"), (["2023-10-21"], "array")]
)
def test_dates_only_from_strings(bad: object, kind: str) -> None:
    with pytest.raises(TypeError, match=f'^expected a date as a string "YYYY-MM-DD", got {kind}$'):
        converter.structure(bad, date)


def test_dates_travel_as_iso_strings() -> None:
    assert converter.unstructure(date(2023, 10, 21)) == "2023-10-21"
    assert converter.structure("2023-10-21", date) == date(2023, 10, 21)


@pytest.mark.parametrize(
    ("bad", "kind"),
    [
        (True, "true"),
        (1.0, "number 1.0"),
        ("1", "string '1'"),
        (None, "null"),
    ],
)
def test_integers_only_from_integers(bad: object, kind: str) -> None:
    with pytest.raises(TypeError, match=f"^expected an integer, got {re.escape(kind)}$"):
        converter.structure(bad, int)
    assert converter.structure(10**60, int) == 10**60


@pytest.mark.parametrize(
    ("bad", "kind"), [(1, "number 1"), (1.5, "number 1.5"), (True, "true"), (None, "null"), (["a"], "array")]
)
def test_strings_only_from_strings(bad: object, kind: str) -> None:
    assert _structure_error({"ja": "物流", "en": bad}, Text) == [f"expected a string, got {kind} @ $.en"]


def test_a_long_string_is_cut_in_a_message() -> None:
    (message,) = _structure_error(_part("x" * 100), SubArea)
    assert message.endswith(f"got string '{'x' * 37}…' @ $.area_km2")
    (message,) = _structure_error(_part(10**60), SubArea)
    assert message.endswith("got number (very long) @ $.area_km2")  # never printed digit for digit


def test_a_value_of_no_json_kind_is_named_by_its_type() -> None:
    (message,) = _structure_error({"ja": "物流", "en": object()}, Text)
    assert message == "expected a string, got object @ $.en"


@pytest.mark.parametrize(
    ("bad", "kind"), [("ab", "string 'ab'"), ({"a": 1}, "object"), (("a",), "array"), (5, "number 5")]
)
def test_tuples_only_from_lists(bad: object, kind: str) -> None:
    area = {"id": "a", "name": {"ja": "a", "en": "a"}, "area_km2": "1", "aliases": bad}
    assert _structure_error(area, Area) == [f"expected an array, got {kind} @ $.aliases"]


def test_every_bad_member_of_a_list_is_reported_with_its_index() -> None:
    measure = {
        "number": 1,
        "title": {"ja": "a", "en": "a"},
        "actions": [{"ja": "a", "en": "a"}, 5, {"ja": "a"}, "x"],
    }
    assert _structure_error(measure, Measure) == [
        "expected an object, got number 5 @ $.actions[1]",
        "'en' @ $.actions[2].en",  # a KeyError: serialize says "required key missing",
        "expected an object, got string 'x' @ $.actions[3]",
    ]


def test_records_only_from_objects_without_unknown_keys() -> None:
    assert _structure_error({"ja": "a", "en": "b", "fr": "c"}, Text) == [
        "Extra fields in constructor for Text: fr @ $"
    ]
    with pytest.raises(TypeError, match=r"^expected an object, got array$"):
        converter.structure(["a", "b"], Text)


@pytest.mark.parametrize(
    ("bad", "kind"), [("BONDED_ZONE", "string 'BONDED_ZONE'"), (1, "number 1"), (None, "null")]
)
def test_enums_name_their_values(bad: object, kind: str) -> None:
    (message,) = _structure_error({**_part("1"), "kind": bad}, SubArea)
    assert message == f"expected one of 'xpcc_division', 'bonded_zone', got {kind} @ $.kind"
    assert converter.structure(_part("1"), SubArea).kind is SubAreaKind.BONDED_ZONE


@given(texts)
def test_optional_chinese_text_travels_as_null(text: Text) -> None:
    data = converter.unstructure(text)
    assert list(data) == ["ja", "en", "zh"]
    assert data["zh"] == text.zh
    assert converter.structure(data, Text) == text
    assert converter.structure({"ja": text.ja, "en": text.en}, Text).zh is None  # a key left out: the default
