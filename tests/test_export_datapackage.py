"""Tests of the Frictionless Data Package: it validates, declares its keys, licence and source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import xinjiang_fta as x
from xinjiang_fta import DATA_LICENSE, TABLE_SCHEMAS, datapackage_descriptor, dump_datapackage, load_csv


def test_the_descriptor_describes_every_table_with_keys_licence_and_source() -> None:
    descriptor = datapackage_descriptor(x.ZONE)
    assert descriptor["licenses"] == [DATA_LICENSE]
    (source,) = descriptor["sources"]
    assert source["title"] == (
        "中国（新疆）自由貿易試験区全体計画 / Master Plan for the China (Xinjiang) Pilot Free Trade Zone"
    )
    assert "dated 2023-10-21" in source["description"]
    assert "published 2023-10-31" in source["description"]
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert list(resources) == list(TABLE_SCHEMAS)
    for name, resource in resources.items():
        assert resource["path"] == f"{name}.csv"
        assert resource["schema"]["primaryKey"] == list(TABLE_SCHEMAS[name].primary_key)
        assert [f["name"] for f in resource["schema"]["fields"]] == list(TABLE_SCHEMAS[name].column_names)
    assert resources["actions"]["schema"]["foreignKeys"] == [
        {"fields": ["measure_number"], "reference": {"resource": "measures", "fields": ["measure_number"]}}
    ]


def test_the_package_round_trips_and_is_not_overwritten(tmp_path: Path) -> None:
    paths = dump_datapackage(x.ZONE, tmp_path)
    assert paths[-1].name == "datapackage.json"
    assert json.loads(paths[-1].read_text(encoding="utf-8")) == datapackage_descriptor(x.ZONE)
    assert load_csv(tmp_path) == x.ZONE
    with pytest.raises(FileExistsError):
        dump_datapackage(x.ZONE, tmp_path)
    dump_datapackage(x.ZONE, tmp_path, overwrite=True)


def test_frictionless_validates_the_package_and_catches_a_broken_key(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    dump_datapackage(x.ZONE, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    rows = package.get_resource("areas").read_rows()
    assert (rows[0]["area_id"], rows[0]["area_km2"]) == ("urumqi", x.URUMQI.area_km2)
    focus = tmp_path / "focus.csv"
    focus.write_bytes(focus.read_bytes().replace(b"\r\nurumqi,1,", b"\r\nnowhere,1,", 1))
    broken = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not broken.valid
    assert broken.flatten(["type"]) == [["foreign-key"]]
    assert [task.name for task in broken.tasks if not task.valid] == ["focus"]
