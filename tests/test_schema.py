"""Tests of the JSON Schema of a zone file: the bundled file validates; schema and converter agree."""

from __future__ import annotations

import json
from typing import Any, get_type_hints

import attrs
import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from tests.strategies import documents, malformed_documents
from xinjiang_fta import (
    Area,
    DataError,
    DataVersion,
    Domain,
    Measure,
    Source,
    SourceRef,
    SubArea,
    Text,
    Zone,
    from_dict,
    to_dict,
    zone_schema,
)

jsonschema = pytest.importorskip("jsonschema")

VALIDATOR = jsonschema.Draft202012Validator(
    zone_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
DEFINITIONS = {
    Text: "text",
    SourceRef: "source_ref",
    SubArea: "sub_area",
    Area: "area",
    Measure: "measure",
    Domain: "domain",
    Source: "source",
    DataVersion: "data_version",
}


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(zone_schema())
    assert zone_schema() is not zone_schema()  # a fresh dict each time


def test_the_bundled_file_validates() -> None:
    from importlib.resources import files

    VALIDATOR.validate(
        json.loads(files("xinjiang_fta.data").joinpath("zone.json").read_text(encoding="utf-8"))
    )


@pytest.mark.parametrize("cls", [Zone, *DEFINITIONS])
def test_the_schema_has_every_field_and_requires_those_without_default(cls: type) -> None:
    schema = zone_schema()
    definition = schema if cls is Zone else schema["$defs"][DEFINITIONS[cls]]
    fields = [f for f in attrs.fields(cls) if f.init]
    assert list(definition["properties"]) == [f.name for f in fields]
    assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
    assert definition["additionalProperties"] is False
    assert get_type_hints(cls)  # the fields are typed, which the converter relies on


@settings(max_examples=30)
@given(documents)
def test_schema_and_converter_accept_every_valid_document(document: Any) -> None:
    VALIDATOR.validate(document)
    assert to_dict(from_dict(document, Zone)) == document


@settings(max_examples=80)
@given(malformed_documents())
def test_schema_and_converter_reject_every_malformed_document(case: tuple[Any, str]) -> None:
    document, _ = case
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(DataError):
        from_dict(document, Zone)


def _duplicate_area_ids(document: dict[str, Any]) -> None:
    document["areas"][1]["id"] = document["areas"][0]["id"]


def _domains_out_of_order(document: dict[str, Any]) -> None:
    document["domains"][0]["number"] = 2


def _part_larger_than_its_area(document: dict[str, Any]) -> None:
    document["areas"][0]["sub_areas"][0]["area_km2"] = "134.61"


def _published_before_dated(document: dict[str, Any]) -> None:
    document["source"]["published"] = "2023-10-20"


@pytest.mark.parametrize(
    "break_rule",
    [_duplicate_area_ids, _domains_out_of_order, _part_larger_than_its_area, _published_before_dated],
)
def test_rules_beyond_the_schema_are_the_documented_ones_and_the_converter_checks_them(
    break_rule: Any,
) -> None:
    document = to_dict(x.ZONE)
    break_rule(document)
    assert VALIDATOR.is_valid(document)
    with pytest.raises(DataError):
        from_dict(document, Zone)
    assert "Rules the schema cannot express" in zone_schema()["description"]


@pytest.mark.parametrize("bad", ["01", "007", "00.5", "-01.5", "1.", ".5", "+1", "1e2", "NaN", " 1"])
def test_schema_and_converter_both_refuse_non_canonical_decimals(bad: str) -> None:
    data = x.to_dict(x.ZONE)
    data["areas"][1]["sub_areas"][0]["area_km2"] = bad
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(x.DataError) as error:
        x.from_dict(data, x.Zone)
    assert [location for location, _ in error.value.problems] == ["areas[1].sub_areas[0].area_km2"]
