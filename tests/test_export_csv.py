"""Tests of the CSV export: Excel-readable UTF-8, exact values, and a real round trip."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from tests.strategies import sizes, zones
from xinjiang_fta import CSV_ENCODING, TABLE_SCHEMAS, DataError, Zone, dump_csv, load_csv


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(CSV_ENCODING), newline="")))


@settings(max_examples=30)
@given(zones(area_sizes=sizes))
def test_every_zone_round_trips_through_csv(zone: Zone) -> None:
    with tempfile.TemporaryDirectory() as directory:
        paths = dump_csv(zone, directory)
        assert [p.name for p in paths] == [f"{name}.csv" for name in TABLE_SCHEMAS]
        assert load_csv(directory) == zone


TRICKY = '"quoted", \\back\\slash [a] {b}\r\nline\rbreaks\n\ttab ""'


def test_quotes_commas_backslashes_and_line_breaks_round_trip(tmp_path: Path) -> None:
    text = x.Text(TRICKY, TRICKY + " en", TRICKY + " zh")
    area = attrs.evolve(x.URUMQI, name=text, focus=[text], aliases=[TRICKY])
    measure = attrs.evolve(x.MEASURES[0], title=text, actions=[text, *x.MEASURES[0].actions])
    domain = attrs.evolve(x.DOMAINS[0], title=text, measures=[measure, *x.DOMAINS[0].measures[1:]])
    zone = attrs.evolve(x.ZONE, name=text, areas=[area, *x.AREAS[1:]], domains=[domain, *x.DOMAINS[1:]])
    dump_csv(zone, tmp_path)
    assert load_csv(tmp_path) == zone
    assert _rows(tmp_path / "area_aliases.csv")[1] == ["urumqi", "1", TRICKY]


def test_the_bundled_zone_round_trips_without_losing_a_character(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    assert load_csv(tmp_path) == x.ZONE
    raw = (tmp_path / "areas.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert "ウルムチエリア".encode() in raw
    assert _rows(tmp_path / "areas.csv")[1] == [
        "urumqi",
        "1",
        "ウルムチエリア",
        "Urumqi Area",
        "乌鲁木齐片区",
        "134.6",
        "1",
        "1",
    ]
    assert b"\r\n" in raw


def test_existing_files_are_not_overwritten_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "measures.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        dump_csv(x.ZONE, tmp_path)
    assert os.listdir(tmp_path) == ["measures.csv"]  # nothing written at all
    assert (tmp_path / "measures.csv").read_text(encoding="utf-8") == "mine"
    dump_csv(x.ZONE, tmp_path, overwrite=True)
    assert load_csv(tmp_path) == x.ZONE


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode(CSV_ENCODING)
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode(CSV_ENCODING))


def _load_problems(directory: Path) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as caught:
        load_csv(directory)
    assert caught.value.source == str(directory)
    return caught.value.problems


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("areas.csv", "area_id,position", "area,position", ("areas.csv, row 1", "expected the columns")),
        (
            "areas.csv",
            "134.6,1,1",
            "134.6,one,1",
            ("areas.csv, row 2, column source_table", "not an integer"),
        ),
        ("focus.csv", "urumqi,1,", "nowhere,1,", ("focus.csv, row 2, column area_id", "no such area_id")),
        (
            "actions.csv",
            "\r\n1,2,",
            "\r\n1,5,",
            ("actions.csv, row 3, column position", "positions must run"),
        ),
        ("sub_areas.csv", "urumqi,1,", "urumqi,1,x,", ("sub_areas.csv, row 2", "expected 7 values, got 8")),
        ("areas.csv", "134.6", "1.346e2", ("areas[0].area_km2", "plain notation")),
        (
            "zone.csv",
            "\r\nxinjiang",
            "\r\nxinjiang,extra\r\nxinjiang",
            ("zone.csv, row 2", "expected 14 values"),
        ),
    ],
)
def test_bad_files_are_refused_with_their_location(
    tmp_path: Path, file: str, old: str, new: str, problem: tuple[str, str]
) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / file, old, new)
    problems = _load_problems(tmp_path)
    assert problems[0][0] == problem[0]
    assert problem[1] in problems[0][1]


def test_a_zone_table_needs_exactly_one_row(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    path = tmp_path / "zone.csv"
    path.write_bytes(path.read_bytes().split(b"\r\n")[0] + b"\r\n")
    assert _load_problems(tmp_path) == [("zone.csv", "expected exactly one row, got 0")]


def test_a_file_that_is_not_utf8_or_missing(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    (tmp_path / "domains.csv").write_bytes(b"domain_number\xff")
    assert ("domains.csv, byte 13", "the file is not UTF-8") in _load_problems(tmp_path)
    (tmp_path / "domains.csv").unlink()
    with pytest.raises(FileNotFoundError):
        load_csv(tmp_path)
