"""Tests of xinjiang_fta.export.datapackage: a Frictionless Data Package derived from the tables, valid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import xinjiang_fta as x
from xinjiang_fta.export.csv_files import CSV_ENCODING, csv_files, load_csv
from xinjiang_fta.export.datapackage import DATA_LICENSE, datapackage_descriptor, dump_datapackage
from xinjiang_fta.export.tables import TABLE_SCHEMAS, TableSchema


def test_the_namespace_gives_the_package_functions() -> None:
    assert x.export.DATA_LICENSE is DATA_LICENSE
    assert (x.export.datapackage_descriptor, x.export.dump_datapackage) == (
        datapackage_descriptor,
        dump_datapackage,
    )


def test_the_licence_and_the_table_schemas_are_read_only() -> None:
    with pytest.raises(TypeError):
        DATA_LICENSE["name"] = "CC0-1.0"  # type: ignore[index]
    with pytest.raises(TypeError):
        TABLE_SCHEMAS["zone"] = TABLE_SCHEMAS["areas"]  # type: ignore[index]
    assert DATA_LICENSE["name"] == "CC-BY-4.0"
    descriptor = datapackage_descriptor(x.ZONE)
    descriptor["licenses"][0]["name"] = "changed"  # the descriptor is a copy, free to change
    assert DATA_LICENSE["name"] == "CC-BY-4.0"
    assert datapackage_descriptor(x.ZONE)["licenses"][0]["name"] == "CC-BY-4.0"


def _expected_schema(schema: TableSchema) -> dict[str, Any]:
    """The Table Schema of *schema*, as the Frictionless specification spells it."""
    fields = []
    for column in schema.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
        constraints = {
            **({"required": True} if column.required else {}),
            **({"minimum": 1} if column.type == "integer" else {}),
        }
        fields.append(field | ({"constraints": constraints} if constraints else {}))
    expected: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(schema.primary_key),
    }
    if schema.foreign_keys:
        expected["foreignKeys"] = [
            {"fields": list(k.fields), "reference": {"resource": k.table, "fields": list(k.table_fields)}}
            for k in schema.foreign_keys
        ]
    return expected


def test_every_resource_is_derived_from_its_table_schema() -> None:
    resources = datapackage_descriptor(x.ZONE)["resources"]
    assert [r["name"] for r in resources] == list(TABLE_SCHEMAS)
    for resource, (name, schema) in zip(resources, TABLE_SCHEMAS.items(), strict=True):
        assert resource == {
            "name": name,
            "description": schema.description,
            "path": f"{name}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": CSV_ENCODING,
            "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n"},
            "schema": _expected_schema(schema),
        }


def test_the_descriptor_describes_the_zone_its_keys_licence_and_source() -> None:
    descriptor = datapackage_descriptor(x.ZONE)
    assert (descriptor["name"], descriptor["title"], descriptor["version"]) == (
        "xinjiang",
        "China (Xinjiang) Pilot Free Trade Zone",
        "1.1.0",
    )
    assert "(中国（新疆）自由貿易試験区)" in descriptor["description"]
    assert descriptor["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
    ]
    (source,) = descriptor["sources"]
    assert source["title"] == (
        "中国（新疆）自由貿易試験区全体計画 / Master Plan for the China (Xinjiang) Pilot Free Trade Zone"
    )
    assert source["description"] == "Issued by State Council, dated 2023-10-21, published 2023-10-31."
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert resources["actions"]["schema"]["foreignKeys"] == [
        {"fields": ["measure_number"], "reference": {"resource": "measures", "fields": ["measure_number"]}}
    ]
    area_km2 = resources["areas"]["schema"]["fields"][5]
    assert (area_km2["name"], area_km2["type"]) == ("area_km2", "number")
    assert area_km2["constraints"] == {"required": True}
    name_zh = resources["areas"]["schema"]["fields"][4]
    assert (name_zh["name"], "constraints" in name_zh) == ("name_zh", False)


def test_the_package_round_trips_and_is_not_overwritten(tmp_path: Path) -> None:
    paths = dump_datapackage(x.ZONE, tmp_path)
    assert [p.name for p in paths] == [*csv_files(x.ZONE), "datapackage.json"]
    text = paths[-1].read_text(encoding="utf-8")
    assert json.loads(text) == datapackage_descriptor(x.ZONE)
    assert "中国（新疆）" in text  # not escaped to \\u sequences
    assert text.endswith("}\n")
    assert all(p.read_bytes() == data for p, data in zip(paths[:-1], csv_files(x.ZONE).values(), strict=True))
    assert load_csv(tmp_path) == x.ZONE
    (tmp_path / "datapackage.json").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        dump_datapackage(x.ZONE, tmp_path)
    assert (tmp_path / "datapackage.json").read_text(encoding="utf-8") == "mine"
    dump_datapackage(x.ZONE, tmp_path, overwrite=True)
    assert json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))["name"] == "xinjiang"


def test_frictionless_validates_the_package_and_catches_a_broken_key(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    dump_datapackage(x.ZONE, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == list(TABLE_SCHEMAS)
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    rows = package.get_resource("areas").read_rows()
    assert (rows[0]["area_id"], rows[0]["area_km2"]) == ("urumqi", x.URUMQI.area_km2)
    focus = tmp_path / "focus.csv"
    focus.write_bytes(focus.read_bytes().replace(b"\r\nurumqi,1,", b"\r\nnowhere,1,", 1))
    broken = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not broken.valid
    assert broken.flatten(["type"]) == [["foreign-key"]]
    assert [task.name for task in broken.tasks if not task.valid] == ["focus"]


@pytest.mark.parametrize("zone", [None, "xinjiang", x.URUMQI])
def test_only_a_zone_is_described_or_written(zone: object, tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="Zone, not "):
        datapackage_descriptor(zone)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Zone, not "):
        dump_datapackage(zone, tmp_path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
