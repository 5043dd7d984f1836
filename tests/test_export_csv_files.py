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
from xinjiang_fta.export.datapackage import dump_datapackage
from xinjiang_fta.export.tables import TABLE_SCHEMAS, Table, zone_tables
from xinjiang_fta.files import dump_zone, load_zone
from xinjiang_fta.records import Zone
from xinjiang_fta.serialize import from_json, to_json
from xinjiang_fta.texts import MAX_TEXT

from .strategies import crowded_zones, sizes, zones


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
        assert all(p.read_bytes().endswith(b"\r\n") for p in paths)  # every row ends: a cut one shows
        assert load_csv(directory) == zone


TRICKY = '"quoted", \\back\\slash [a] {b} semi;colon ""'


def test_quotes_commas_backslashes_brackets_and_semicolons_round_trip_quoted(tmp_path: Path) -> None:
    """Texts hold no line break (records refuse control characters): every other CSV special does."""
    text = x.Text(TRICKY, TRICKY + " en", TRICKY + " zh")
    area = attrs.evolve(x.URUMQI, name=text, focus=[text], aliases=[TRICKY])
    measure = attrs.evolve(x.MEASURES[0], title=text, actions=[text, *x.MEASURES[0].actions])
    domain = attrs.evolve(x.DOMAINS[0], title=text, measures=[measure, *x.DOMAINS[0].measures[1:]])
    zone = attrs.evolve(x.ZONE, name=text, areas=[area, *x.AREAS[1:]], domains=[domain, *x.DOMAINS[1:]])
    dump_csv(zone, tmp_path)
    assert load_csv(tmp_path) == zone
    assert _rows(tmp_path / "area_aliases.csv")[1] == ["urumqi", "1", TRICKY]
    quoted = '"""quoted"", \\back\\slash [a] {b} semi;colon """""'  # in quotes, each quote doubled
    raw = (tmp_path / "area_aliases.csv").read_bytes().decode(CSV_ENCODING)
    assert raw.splitlines()[1] == f"urumqi,1,{quoted}"
    for name in ("zone", "areas", "focus", "domains", "measures", "actions"):
        assert quoted in (tmp_path / f"{name}.csv").read_bytes().decode(CSV_ENCODING), name
    with pytest.raises(ValueError, match="control character"):
        x.Text("a\nb", "a\r\nb")


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
            ("areas.csv, row 2, column source_table", "not an integer of at most 50 digits: 'one'"),
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


# --- everything we write, we read back (issue 13) ----------------------------------------------


@settings(max_examples=10, deadline=None)
@given(crowded_zones())
def test_long_texts_and_many_rows_round_trip_through_every_format(zone: Zone) -> None:
    """JSON text, zone file, CSV directory and data package: what one writes, its reader reads."""
    assert from_json(to_json(zone)) == zone
    with tempfile.TemporaryDirectory() as directory:
        assert load_zone(dump_zone(zone, Path(directory) / "zone.json")) == zone
        dump_csv(zone, Path(directory) / "csv")
        assert load_csv(Path(directory) / "csv") == zone
        dump_datapackage(zone, Path(directory) / "package")
        assert load_csv(Path(directory) / "package") == zone


def test_the_longest_text_fits_a_csv_field_with_its_quote(tmp_path: Path) -> None:
    long = "=" + "a" * (MAX_TEXT - 1)  # neutralised: one character more in its cell
    zone = attrs.evolve(x.ZONE, name=x.Text(long, long, long))
    dump_csv(zone, tmp_path)
    assert load_csv(tmp_path) == zone
    assert _rows(tmp_path / "zone.csv")[1][1] == "'" + long
    assert len("'" + long) < csv.field_size_limit()  # the reader's default, never changed
    assert csv.field_size_limit() == 131_072


# --- truncation is an error --------------------------------------------------------------------

FIX = "add a line end after the last row"


def test_a_file_cut_mid_row_is_refused_naming_the_file(tmp_path: Path) -> None:
    """Issue 13: an area_aliases.csv cut mid-row loaded: "Kashi" became "Kash" and Horgos lost its aliases."""
    dump_csv(x.ZONE, tmp_path)
    path = tmp_path / "area_aliases.csv"
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"Kashi") + 4])
    ((where, message),) = _load_problems(tmp_path)
    assert where == "area_aliases.csv, row 3"
    assert "cut short" in message
    assert FIX in message


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r"])
def test_a_final_line_end_dropped_by_a_spreadsheet_is_named_with_its_fix(tmp_path: Path, end: bytes) -> None:
    dump_csv(x.ZONE, tmp_path)
    path = tmp_path / "domains.csv"
    path.write_bytes(path.read_bytes().removesuffix(b"\r\n"))
    ((where, message),) = _load_problems(tmp_path)
    assert where == f"domains.csv, row {1 + len(x.DOMAINS)}"
    assert FIX in message
    path.write_bytes(path.read_bytes() + end)  # the fix
    assert load_csv(tmp_path) == x.ZONE


def test_files_saved_with_lf_line_ends_load(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    for path in tmp_path.iterdir():
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n"))
    assert load_csv(tmp_path) == x.ZONE


def test_an_empty_file_is_a_missing_header_not_a_cut_row(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    (tmp_path / "focus.csv").write_bytes(b"")
    assert ("focus.csv, row 1", "expected the columns area_id, position, text_ja, text_en, text_zh") in (
        _load_problems(tmp_path)
    )


# --- safe for spreadsheets ---------------------------------------------------------------------

FORMULAS = ["=1+2", "+1", "-1", "@SUM(A1)", "'quoted", "''", "'", '=HYPERLINK("http://x","y")', "-border"]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_text_that_starts_a_formula_gets_a_quote_and_reads_back_exactly(tmp_path: Path, text: str) -> None:
    zone = attrs.evolve(x.ZONE, areas=(attrs.evolve(x.URUMQI, aliases=(text, "Ürümqi")), *x.AREAS[1:]))
    dump_csv(zone, tmp_path)
    assert _rows(tmp_path / "area_aliases.csv")[1:3] == [
        ["urumqi", "1", "'" + text],
        ["urumqi", "2", "Ürümqi"],
    ]
    assert load_csv(tmp_path) == zone


def test_only_text_cells_that_start_a_formula_are_quoted() -> None:
    schema = TABLE_SCHEMAS["zone"]
    row = ("=z", "a=b", "-", Decimal("1.5"), date(2023, 1, 2), None, 7)
    table = Table(attrs.evolve(schema, columns=schema.columns[: len(row)]), (row,))
    assert csv_bytes(table).decode(CSV_ENCODING).splitlines()[1] == "'=z,a=b,'-,1.5,2023-01-02,,7"


def test_a_formula_typed_in_a_spreadsheet_without_a_quote_is_read_as_it_is(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "area_aliases.csv", "Kashi", "=Kashi")
    assert load_csv(tmp_path).areas[1].aliases[0] == "=Kashi"


# --- malformed files: a DataError with a location, whatever the defect -------------------------


def test_an_integer_of_thousands_of_digits_is_a_located_problem(tmp_path: Path) -> None:
    """Issue 13: an integer of 5,000 digits in a CSV raised a plain ValueError."""
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "areas.csv", "134.6,1,1", "134.6," + "9" * 5000 + ",1")
    ((where, message),) = _load_problems(tmp_path)
    assert where == "areas.csv, row 2, column source_table"
    assert message.startswith("not an integer of at most 50 digits: '9999")
    assert len(message) < 120


def test_an_integer_of_the_most_digits_a_record_takes_reads_back(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "areas.csv", "134.6,1,1", "134.6," + "9" * 50 + ",1")
    zone = load_csv(tmp_path)
    assert zone.areas[0].source_ref == x.SourceRef(10**50 - 1, 1)
    dump_csv(zone, tmp_path / "again")
    assert load_csv(tmp_path / "again") == zone


def test_a_field_longer_than_the_csv_limit_is_a_located_problem(tmp_path: Path) -> None:
    """Issue 13: a zone with a text of 200,000 characters was written, then refused with a bare _csv.Error."""
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "area_aliases.csv", "Kashi", "K" * 200_000)
    ((where, message),) = _load_problems(tmp_path)
    assert where == "area_aliases.csv, row 3"
    assert message == "not CSV: field larger than field limit (131072)"


def test_a_long_key_without_a_parent_is_cut_in_the_message(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "focus.csv", "urumqi,1,", "u" * 5000 + ",1,")
    where, message = _load_problems(tmp_path)[0]
    assert where == "focus.csv, row 2, column area_id"
    assert message == f"no such area_id in the parent table: '{'u' * 57}…'"


def test_a_control_character_in_a_cell_is_refused_at_its_place(tmp_path: Path) -> None:
    dump_csv(x.ZONE, tmp_path)
    _rewrite(tmp_path / "area_aliases.csv", "Kashi", '"Ka\x1b]0;x\x07shi"')
    ((where, message),) = _load_problems(tmp_path)
    assert where == "areas[1]"
    assert "a control character '\\x1b' at position 2" in message


@pytest.mark.parametrize("zone", [x.URUMQI, None, "zone"])
def test_only_a_zone_is_written(tmp_path: Path, zone: object) -> None:
    with pytest.raises(TypeError, match=r"^zone must be a Zone, not "):
        dump_csv(zone, tmp_path)  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("directory", [0, None, b"tables"])
def test_a_directory_is_named_by_a_str_or_a_path(directory: object) -> None:
    message = f"^directory must be a str or a path, not {type(directory).__name__}$"
    with pytest.raises(TypeError, match=message):
        load_csv(directory)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        dump_csv(x.ZONE, directory)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        dump_datapackage(x.ZONE, directory)  # type: ignore[arg-type]
