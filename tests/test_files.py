"""Tests of xinjiang_fta.files: load_zone and dump_zone, round trips and refusals (the atomic write
itself is tested in test__atomic)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given

import xinjiang_fta as x
from tests.strategies import sizes, zone_settings, zones
from xinjiang_fta import serialize
from xinjiang_fta.cli import main
from xinjiang_fta.errors import DataError
from xinjiang_fta.files import dump_zone, load_zone
from xinjiang_fta.records import Zone
from xinjiang_fta.serialize import MAX_SIZE, to_json


@zone_settings
@given(zones(area_sizes=sizes))
def test_every_zone_round_trips_through_a_file(zone: Zone) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = dump_zone(zone, Path(directory) / "zone.json")
        assert path.read_bytes() == to_json(zone).encode("utf-8")
        assert load_zone(path) == zone
        assert os.listdir(directory) == ["zone.json"]


def test_the_bundled_zone_round_trips_byte_for_byte(tmp_path: Path) -> None:
    path = dump_zone(x.ZONE, tmp_path / "zone.json")
    assert path == tmp_path / "zone.json"
    assert load_zone(str(path)) == x.ZONE
    assert path.read_bytes() == (Path(x.__file__).parent / "data" / "zone.json").read_bytes()
    assert dump_zone(x.ZONE, str(tmp_path / "other.json")) == tmp_path / "other.json"  # a str path too


def test_an_existing_file_is_not_overwritten_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"overwrite=True"):
        dump_zone(x.ZONE, path)
    assert path.read_text(encoding="utf-8") == "mine"
    assert sorted(os.listdir(tmp_path)) == ["zone.json"]
    dump_zone(x.ZONE, path, overwrite=True)
    assert load_zone(path) == x.ZONE


def test_a_failed_serialization_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old content")
    with pytest.raises(TypeError, match="writes a Zone"):
        dump_zone(x.URUMQI, path, overwrite=True)  # type: ignore[arg-type]
    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == ["zone.json"]


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_zone(tmp_path / "missing.json")
    with pytest.raises(IsADirectoryError):
        load_zone(tmp_path)
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"id": "ü"}'.encode("latin-1"))
    with pytest.raises(DataError) as caught:
        load_zone(latin1)
    assert caught.value.problems == [("byte 8", "the text is not UTF-8")]
    assert caught.value.source == str(latin1)
    assert str(caught.value).startswith(f"1 problem in {latin1}:")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ("summary", "the output of `summary --json`; `export --format json` writes a zone file"),
        ("datapackage", "a data package descriptor; read its CSV files with xinjiang_fta.export.load_csv"),
        ("csv", "CSV; read a directory of CSV files with xinjiang_fta.export.load_csv"),
        ("[1, 2]", "a JSON array; a zone file is one object"),
        ('"zone"', "a JSON value; a zone file is one object"),
        ('{"name": "x"}', "JSON without the keys of a zone; `export --format json` writes a zone file"),
    ],
)
def test_a_file_that_is_no_zone_file_is_told_for_what_it_is(tmp_path: Path, content: str, what: str) -> None:
    path = tmp_path / "file"
    if content == "summary":
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["summary", "--json"]) == 0
        path.write_text(out.getvalue(), encoding="utf-8")
    elif content == "datapackage":
        path = x.export.dump_datapackage(x.ZONE, tmp_path)[-1]
    elif content == "csv":
        path = x.export.dump_csv(x.ZONE, tmp_path)[1]
    else:
        path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_zone(path)
    assert caught.value.problems == [("(top level)", f"not a zone file but {what}")]
    assert caught.value.source == str(path)


@pytest.mark.parametrize("content", [b'{"areas": 1}', b"[" * 100_000, b"a,b\n\xff"])
def test_a_file_that_may_be_a_broken_zone_file_gets_its_own_problems(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        load_zone(path)
    assert not any(message.startswith("not a zone file") for _, message in caught.value.problems)


def test_content_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_text(to_json(x.ZONE).replace('"ordinal": 22', '"ordinal": "22"'), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_zone(path)
    assert caught.value.problems == [("ordinal", "expected an integer, got string '22'")]
    assert str(path) in str(caught.value)


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_SIZE + 10)
    with pytest.raises(DataError, match="larger than"):
        load_zone(path)


def test_the_records_rules_are_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_text(to_json(x.ZONE).replace('"id": "kashgar"', '"id": "urumqi"'), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_zone(path)
    assert caught.value.problems == [
        ("(top level)", "Zone 'xinjiang': area ids must be unique, repeated: urumqi")
    ]
    assert str(caught.value) == (
        f"1 problem in {path}:\n  (top level): Zone 'xinjiang': area ids must be unique, repeated: urumqi"
    )


@pytest.mark.parametrize("path", [0, 1, None, b"zone.json", ["zone.json"]])
def test_only_a_str_or_a_path_names_a_file(path: object) -> None:
    """Issue 13: load_zone(0) read standard input and closed it."""
    with pytest.raises(TypeError, match=r"^load_zone reads a file named by a str or a path, not "):
        load_zone(path)  # type: ignore[arg-type]
    os.fstat(0)  # standard input is still open


def test_a_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(x.ZONE).encode("utf-8"))
    assert load_zone(path) == x.ZONE


def test_a_zone_too_large_to_read_back_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "zone.json"
    path.write_bytes(b"old content")
    monkeypatch.setattr(serialize, "MAX_SIZE", len(to_json(x.ZONE).encode("utf-8")) - 1)
    with pytest.raises(DataError, match="would exceed"):
        dump_zone(x.ZONE, path, overwrite=True)
    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == ["zone.json"]


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda t: t.replace('"Kashi"', '"Kashi\\u001b]0;x\\u0007"'), "areas[1]"),
        (lambda t: t.replace('"Kashi"', '"\\u202eihsaK"'), "areas[1]"),
        (lambda t: t.replace('"Kashi"', '"\\ud800"'), "areas[1]"),
        (lambda t: t.replace('"State Council"', '"State\\nCouncil"'), "source"),
        (lambda t: t.replace('"1.1.0"', '"\\u200b"'), "data_version"),
        (lambda t: t.replace('"134.6"', '"1' + "0" * 60 + '"'), "areas[0]"),
        (lambda t: t.replace('"ordinal": 22', '"ordinal": 1' + "0" * 60), ""),
    ],
)
def test_a_text_or_number_a_record_refuses_is_a_data_error_naming_the_file(
    tmp_path: Path, edit: Callable[[str], str], where: str
) -> None:
    path = tmp_path / "zone.json"
    path.write_text(edit(to_json(x.ZONE)), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_zone(path)
    ((location, _),) = caught.value.problems
    assert location == (where or "(top level)")
    assert caught.value.source == str(path)
