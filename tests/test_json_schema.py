"""Tests of xinjiang_fta.json_schema: derived from the records, shipped as is, strict as from_dict."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, get_type_hints

import attrs
import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from xinjiang_fta._checks import TEXT_PATTERN
from xinjiang_fta.errors import DataError
from xinjiang_fta.json_schema import zone_schema
from xinjiang_fta.provenance import DataVersion, Source, SourceRef
from xinjiang_fta.records import Area, Domain, Measure, SubArea, Zone
from xinjiang_fta.serialize import from_dict, to_dict
from xinjiang_fta.texts import Text

from .strategies import documents, malformed_documents

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


def _definition(cls: type) -> dict[str, Any]:
    schema = zone_schema()
    definition: dict[str, Any] = schema if cls is Zone else schema["$defs"][DEFINITIONS[cls]]
    return definition


def test_the_namespace_gives_zone_schema() -> None:
    assert x.export.zone_schema is zone_schema


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(zone_schema())
    assert zone_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert zone_schema()["title"] == "Zone"
    assert zone_schema()["properties"]["areas"]["items"] == {"$ref": "#/$defs/area"}
    assert zone_schema() is not zone_schema()  # a fresh dict each time
    changed = zone_schema()
    changed["$defs"]["area"]["properties"].clear()
    assert zone_schema()["$defs"]["area"]["properties"]  # changing one leaves the next whole
    changed["$defs"]["size"]["pattern"] = changed["$defs"]["date"]["format"] = "changed"
    assert zone_schema()["$defs"]["size"]["pattern"].startswith("^(?=[0-9]{1,50}")
    assert zone_schema()["$defs"]["date"]["format"] == "date"


def test_the_shipped_schema_file_is_exactly_zone_schema() -> None:
    shipped = files("xinjiang_fta.data").joinpath("zone.schema.json").read_text(encoding="utf-8")
    assert shipped == json.dumps(zone_schema(), ensure_ascii=False, indent=2) + "\n", (
        "write src/xinjiang_fta/data/zone.schema.json again from zone_schema()"
    )


def test_the_bundled_file_validates() -> None:
    VALIDATOR.validate(
        json.loads(files("xinjiang_fta.data").joinpath("zone.json").read_text(encoding="utf-8"))
    )
    VALIDATOR.validate(to_dict(x.ZONE))


@pytest.mark.parametrize("cls", [Zone, *DEFINITIONS], ids=lambda cls: cls.__name__)
def test_the_schema_has_every_field_and_requires_those_without_default(cls: type) -> None:
    definition = _definition(cls)
    fields = attrs.fields(cls)
    assert list(definition["properties"]) == [f.name for f in fields]
    assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
    assert definition["additionalProperties"] is False
    assert definition["type"] == "object"
    assert [p["description"] for p in definition["properties"].values()] == [
        f.metadata["doc"] for f in fields
    ]
    assert get_type_hints(cls)  # the fields are typed, which the converter relies on
    if cls is not Zone:
        assert definition["title"] == cls.__name__
        assert definition["description"] == (cls.__doc__ or "").split("\n")[0]


def test_constraints_come_from_the_fields_metadata() -> None:
    area = _definition(Area)["properties"]
    assert area["id"]["pattern"] == "^[a-z][a-z0-9_]*$"
    assert area["area_km2"]["$ref"] == "#/$defs/size"
    text = {"type": "string", "pattern": TEXT_PATTERN, "maxLength": 10_000}  # the rules of every text
    assert area["aliases"]["items"] == text
    assert area["source_ref"]["anyOf"] == [{"$ref": "#/$defs/source_ref"}, {"type": "null"}]
    assert "minItems" not in area["focus"]
    measure = _definition(Measure)["properties"]
    assert measure["number"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 10**50 - 1,
        "description": "The measure's number (項目), from 1 across the zone.",
    }
    assert measure["actions"]["minItems"] == 1
    zone = _definition(Zone)["properties"]
    assert zone["areas"]["minItems"] == zone["domains"]["minItems"] == 1
    assert zone["ordinal"]["anyOf"] == [
        {"type": "integer", "minimum": 1, "maximum": 10**50 - 1},
        {"type": "null"},
    ]
    assert zone["inaugurated"]["anyOf"] == [{"$ref": "#/$defs/date"}, {"type": "null"}]
    kind = _definition(SubArea)["properties"]["kind"]
    assert kind["enum"] == ["xpcc_division", "bonded_zone"]
    assert _definition(Text)["properties"]["zh"]["anyOf"] == [text, {"type": "null"}]
    assert zone_schema()["$defs"]["date"]["format"] == "date"


@settings(max_examples=20)
@given(documents)
def test_schema_and_converter_accept_every_valid_document(document: Any) -> None:
    VALIDATOR.validate(document)
    assert to_dict(from_dict(document, Zone)) == document


@settings(max_examples=40)
@given(malformed_documents())
def test_schema_and_converter_reject_every_malformed_document(case: tuple[Any, str]) -> None:
    document, location = case
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(DataError) as caught:
        from_dict(document, Zone)
    assert location in [where for where, _ in caught.value.problems]


def _duplicate_area_ids(document: dict[str, Any]) -> None:
    document["areas"][1]["id"] = document["areas"][0]["id"]


def _domains_out_of_order(document: dict[str, Any]) -> None:
    document["domains"][0]["number"] = 2


def _measures_out_of_order(document: dict[str, Any]) -> None:
    document["domains"][0]["measures"][0]["number"] = 26


def _part_larger_than_its_area(document: dict[str, Any]) -> None:
    document["areas"][0]["sub_areas"][0]["area_km2"] = "134.61"


def _published_before_dated(document: dict[str, Any]) -> None:
    document["source"]["published"] = "2023-10-20"


def _float_for_an_integer(document: dict[str, Any]) -> None:
    document["ordinal"] = 22.0


@pytest.mark.parametrize(
    "break_rule",
    [
        _duplicate_area_ids,
        _domains_out_of_order,
        _measures_out_of_order,
        _part_larger_than_its_area,
        _published_before_dated,
        _float_for_an_integer,
    ],
)
def test_rules_beyond_the_schema_are_the_documented_ones_and_the_converter_checks_them(
    break_rule: Any,
) -> None:
    document = to_dict(x.ZONE)
    break_rule(document)
    assert VALIDATOR.is_valid(document)
    with pytest.raises(DataError):
        from_dict(document, Zone)
    description = zone_schema()["description"]
    assert "Rules the schema cannot express" in description
    for rule in ("area ids are unique", "numbered 1, 2, 3", "no part is larger", "not published before"):
        assert rule in description


@pytest.mark.parametrize(
    ("bad", "location"),
    [
        *(
            (bad, "areas[1].sub_areas[0].area_km2")
            for bad in ("01", "007", "00.5", "-01.5", "1.", ".5", "+1")
        ),
        *((bad, "areas[1].sub_areas[0].area_km2") for bad in ("1e2", "NaN", " 1", "1,5", "")),
        *((zero, "areas[1].sub_areas[0]") for zero in ("0", "0.0", "0.00")),  # the part's rule: size > 0
    ],
)
def test_schema_and_converter_both_refuse_non_canonical_or_zero_sizes(bad: str, location: str) -> None:
    data = to_dict(x.ZONE)
    data["areas"][1]["sub_areas"][0]["area_km2"] = bad
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(DataError) as error:
        from_dict(data, Zone)
    assert [where for where, _ in error.value.problems] == [location]


@pytest.mark.parametrize("good", ["1", "0.5", "0.001", "3.810", "10"])
def test_schema_and_converter_both_accept_plain_sizes(good: str) -> None:
    data = to_dict(x.ZONE)
    data["areas"][1]["sub_areas"][0]["area_km2"] = good
    assert VALIDATOR.is_valid(data)
    assert str(from_dict(data, Zone).areas[1].sub_areas[0].area_km2) == good
