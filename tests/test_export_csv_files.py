"""Tests of xinjiang_fta.export.csv_files: Excel-readable UTF-8, exact values, round trips, located errors."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from xinjiang_fta.errors import DataError
from xinjiang_fta.export.csv_files import CSV_ENCODING, csv_bytes, csv_files, dump_csv, load_csv
from xinjiang_fta.export.tables import TABLE_SCHEMAS, Table, zone_tables
from xinjiang_fta.records import Zone

from .strategies import sizes, zones


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(CSV_ENCODING), newline="")))


def test_the_namespace_gives_the_csv_functions() -> None:
    assert (x.export.dump_csv, x.export.load_csv, x.export.CSV_ENCODING) == (dump_csv, load_csv, "utf-8-sig")


@settings(max_examples=15)  # files on disk: slow; test_export_tables checks the rows' round trip 30 times
@given(zones(area_sizes=sizes))
def test_every_zone_round_trips_through_csv(zone: Zone) -> None:
    with tempfile.TemporaryDirectory() as directory:
        paths = dump_csv(zone, directory)
        assert [p.name for p in paths] == [f"{name}.csv" for name in TABLE_SCHEMAS]
        assert all(p.parent == Path(directory) for p in paths)
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
    assert _rows(tmp_path / "areas.csv")[:2] == [
        ["area_id", "position", "name_ja", "name_en", "name_zh", "area_km2", "source_table", "source_row"],
        ["urumqi", "1", "ウルムチエリア", "Urumqi Area", "乌鲁木齐片区", "134.6", "1", "1"],
    ]
    assert raw.count(b"\r\n") == 4  # CRLF after the header and each row
    assert b"\n" not in raw.replace(b"\r\n", b"")
    zone = _rows(tmp_path / "zone.csv")[1]
    assert zone[8:] == ["2023-10-21", "2023-10-31", "1.1.0", "2023-10-21", "2023-11-01", "22"]


def test_cells_are_written_as_a_zone_file_writes_them() -> None:
    schema = TABLE_SCHEMAS["zone"]
    row = ("z", Decimal("1E+3"), Decimal("5E-6"), Decimal("134.600"), date(2023, 1, 2), None, 7)
    table = Table(attrs.evolve(schema, columns=schema.columns[: len(row)]), (row,))
    text = csv_bytes(table).decode(CSV_ENCODING)
    assert text.splitlines()[1] == "z,1000,0.000005,134.600,2023-01-02,,7"  # plain notation, digit for digit


def test_csv_files_gives_the_bytes_of_every_table() -> None:
    files = csv_files(x.ZONE)
    assert list(files) == [f"{name}.csv" for name in TABLE_SCHEMAS]
    tables = zone_tables(x.ZONE)
    for name, table in tables.items():
        assert files[f"{name}.csv"] == csv_bytes(table)
        assert len(_rows_of(files[f"{name}.csv"])) == 1 + len(table.rows)


def _rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline="")))


def test_the_directory_is_made_if_missing(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "tables"
    paths = dump_csv(x.ZONE, directory)
    assert sorted(os.listdir(directory)) == sorted(p.name for p in paths)
    assert load_csv(str(directory)) == x.ZONE


def test_existing_files_are_not_overwritten_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "measures.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        dump_csv(x.ZONE, tmp_path)
    assert os.listdir(tmp_path) == ["measures.csv"]  # nothing written at all
    assert (tmp_path / "measures.csv").read_text(encoding="utf-8") == "mine"
    dump_csv(x.ZONE, tmp_path, overwrite=True)
    assert load_csv(tmp_path) == x.ZONE


# Bad files


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
            ("areas.csv, row 2, column source_table", "not an integer: 'one'"),
        ),
        (
            "areas.csv",
            "134.6,1,1",
            "134.6,1.0,1",
            ("areas.csv, row 2, column source_table", "not an integer"),
        ),
        ("areas.csv", "134.6,1,1", "134.6,１,1", ("areas.csv, row 2, column source_table", "not an integer")),
        # src bug since issue 12: the orphan row comes after the positions problem it causes (row 5)
        ("focus.csv", "urumqi,1,", "nowhere,1,", ("focus.csv, row 2, column area_id", "no such area_id")),
        (
            "measures.csv",
            "\r\n1,1,",
            "\r\n1,9,",
            ("measures.csv, row 2, column domain_number", "no such domain_number in the parent table: 9"),
        ),
        (
            "actions.csv",
            "\r\n1,2,",
            "\r\n1,5,",
            ("actions.csv, row 3, column position", "positions must run 1 to 3 once each, got 5"),
        ),
        (
            "actions.csv",
            "\r\n1,2,",
            "\r\n1,,",
            ("actions.csv, row 3, column position", "positions must run 1 to 3 once each, got None"),
        ),
        ("sub_areas.csv", "urumqi,1,", "urumqi,1,x,", ("sub_areas.csv, row 2", "expected 7 values, got 8")),
        ("areas.csv", "134.6", "1.346e2", ("areas[0].area_km2", "plain notation")),
        ("sub_areas.csv", "xpcc_division", "corps", ("areas[0].sub_areas[0].kind", "corps")),
        ("zone.csv", "2023-10-21", "21/10/2023", ("source.dated", "YYYY-MM-DD")),
        ("areas.csv", "134.6,1,1", "134.6,-1,1", ("areas[0].source_ref", "")),
        (
            "zone.csv",
            "\r\nxinjiang",
            "\r\nxinjiang,extra\r\nxinjiang",
            ("zone.csv, row 2", "expected 14 values, got 2"),
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


def test_every_problem_of_the_tables_is_reported_at_once(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "actions.csv", "\r\n1,2,", "\r\n1,5,")
    _rewrite(tmp_path / "areas.csv", "134.6,1,1", "134.6,one,1")
    _rewrite(tmp_path / "sub_areas.csv", "urumqi,1,", "urumqi,1,x,")
    (tmp_path / "area_aliases.csv").write_bytes(b"")
    assert [location for location, _ in _load_problems(tmp_path)] == [
        "areas.csv, row 2, column source_table",
        "sub_areas.csv, row 2",
        "area_aliases.csv, row 1",
        "sub_areas.csv, row 3, column position",  # urumqi's parts now hold position 2 alone
        "actions.csv, row 3, column position",
    ]


def test_a_zone_table_needs_exactly_one_row(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    path = tmp_path / "zone.csv"
    path.write_bytes(path.read_bytes().split(b"\r\n")[0] + b"\r\n")
    assert _load_problems(tmp_path) == [("zone.csv", "expected exactly one row, got 0")]


def test_an_empty_cell_is_no_value(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "areas.csv", "乌鲁木齐片区,134.6,1,1", ",134.6,,")
    zone = load_csv(tmp_path)
    assert zone.areas[0].name.zh is None
    assert zone.areas[0].source_ref is None
    _rewrite(tmp_path / "areas.csv", "ウルムチエリア", "")
    assert [location for location, _ in _load_problems(tmp_path)] == ["areas[0].name.ja"]


def test_a_file_that_is_not_utf8_or_missing(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    (tmp_path / "domains.csv").write_bytes(b"domain_number\xff")
    assert ("domains.csv, byte 13", "the file is not UTF-8") in _load_problems(tmp_path)
    (tmp_path / "domains.csv").unlink()
    with pytest.raises(FileNotFoundError):
        load_csv(tmp_path)
