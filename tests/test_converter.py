"""Tests of the converter's strict structuring and its lossless unstructuring."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings

from tests.strategies import sizes, texts, zones
from xinjiang_fta import Area, SubArea, SubAreaKind, Text, Zone
from xinjiang_fta.converter import converter


def _structure_error(data: object, cls: type) -> list[str]:
    with pytest.raises(cattrs.BaseValidationError) as caught:
        converter.structure(data, cls)
    return cattrs.transform_error(caught.value, format_exception=lambda e, _: str(e))


def _part(size: object) -> dict[str, Any]:
    return {"kind": "bonded_zone", "name": {"ja": "保税区", "en": "Bonded zone"}, "area_km2": size}


@settings(max_examples=30)
@given(zones())
def test_structure_inverts_unstructure(zone: Zone) -> None:
    assert converter.structure(converter.unstructure(zone), Zone) == zone


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
    assert converter.unstructure(Decimal("134.60")) == "134.60"
    assert converter.structure("134.60", Decimal).as_tuple() == Decimal("134.60").as_tuple()


@pytest.mark.parametrize(
    "bad",
    ["1e999", "1E2", "NaN", "Infinity", "-Infinity", " 1", "1 ", "+1", ".5", "1.", "１２", "0x1", "", "1_0"],
)
def test_decimals_only_in_plain_notation(bad: str) -> None:
    (message,) = _structure_error(_part(bad), SubArea)
    assert "plain notation" in message
    assert message.endswith("@ $.area_km2")


@pytest.mark.parametrize("bad", [1.5, 2, True, None, [], {}])
def test_decimals_only_from_strings(bad: object) -> None:
    (message,) = _structure_error(_part(bad), SubArea)
    assert message.startswith("expected a decimal number as a string")


@pytest.mark.parametrize("zero_or_less", ["0", "-0", "0.00", "-2"])
def test_zero_and_negative_decimals_fail_in_the_record_rule(zero_or_less: str) -> None:
    assert _structure_error(_part(zero_or_less), SubArea) == [
        f"SubArea 'Bonded zone': size must be greater than zero, got {zero_or_less} @ $"
    ]


@pytest.mark.parametrize(
    "bad", ["20231021", "2023-1-1", "2023-10-21T00:00", "2023-W43-6", "2023-02-30", 20231021]
)
def test_dates_only_as_yyyy_mm_dd(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        converter.structure(bad, date)


def test_dates_travel_as_iso_strings() -> None:
    assert converter.unstructure(date(2023, 10, 21)) == "2023-10-21"
    assert converter.structure("2023-10-21", date) == date(2023, 10, 21)


@pytest.mark.parametrize("bad", [True, 1.0, "1", None])
def test_integers_only_from_integers(bad: object) -> None:
    with pytest.raises(TypeError, match="expected an integer"):
        converter.structure(bad, int)


@pytest.mark.parametrize("bad", [1, 1.5, True, None, ["a"]])
def test_strings_only_from_strings(bad: object) -> None:
    (message,) = _structure_error({"ja": "物流", "en": bad}, Text)
    assert message.startswith("expected a string")
    assert message.endswith("@ $.en")


@pytest.mark.parametrize("bad", ["ab", {"a": 1}, ("a",), 5])
def test_tuples_only_from_lists(bad: object) -> None:
    area = {"id": "a", "name": {"ja": "a", "en": "a"}, "area_km2": "1", "aliases": bad}
    (message,) = _structure_error(area, Area)
    assert message.startswith("expected an array")


def test_records_only_from_objects_without_unknown_keys() -> None:
    assert _structure_error({"ja": "a", "en": "b", "fr": "c"}, Text) == [
        "Extra fields in constructor for Text: fr @ $"
    ]
    with pytest.raises(TypeError, match="expected an object, got array"):
        converter.structure(["a", "b"], Text)


def test_enums_name_their_values() -> None:
    (message,) = _structure_error({**_part("1"), "kind": "BONDED_ZONE"}, SubArea)
    assert message.startswith("expected one of 'xpcc_division', 'bonded_zone'")
    assert converter.structure(_part("1"), SubArea).kind is SubAreaKind.BONDED_ZONE


@given(texts)
def test_optional_chinese_text_travels_as_null(text: Text) -> None:
    data = converter.unstructure(text)
    assert list(data) == ["ja", "en", "zh"]
    assert data["zh"] == text.zh
