"""Tests of xinjiang_fta.cli: every command in-process, its JSON, its exit codes, and real processes.

The cases of issue 14 (width, colour, hostile text, any stdout, files, usage) each have a test
below; those that need a terminal run the command line on a pseudo-terminal.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import itertools
import json
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Zone
from xinjiang_fta._layout import width
from xinjiang_fta._terminal import (
    format_area,
    format_hits,
    format_measure,
    format_measures,
    format_summary,
    shown,
)
from xinjiang_fta.cli import main
from xinjiang_fta.files import dump_zone
from xinjiang_fta.serialize import to_dict, to_json

from .processes import src_env
from .strategies import zone_settings, zones

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[01]m")
Run = tuple[int, str, str]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No width or colour setting of the developer's shell reaches the commands."""
    for name in ("COLUMNS", "NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)


def flat(text: str) -> str:
    """*text* without white space: the same however it was wrapped, a long path cut at any column."""
    return "".join(text.split())


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    return json.loads(out)


@pytest.fixture
def zone_file(tmp_path: Path) -> Path:
    return dump_zone(x.ZONE, tmp_path / "zone.json")


# ---------------------------------------------------------------------------
# summary


def test_main_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys) == (0, format_summary(x.ZONE), "")
    assert run(capsys, "summary") == (0, format_summary(x.ZONE), "")
    assert "179.66" in format_summary(x.ZONE)


def test_lang_option_before_or_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--lang", "ja"], ["--lang", "ja", "summary"], ["summary", "--lang", "ja"]):
        status, out, _ = run(capsys, *argv)
        assert status == 0
        assert out == format_summary(x.ZONE, "ja")
        assert "ウルムチエリア" in out


def test_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--json")
    assert data == run_json(capsys, "summary", "--json")
    assert data["id"] == "xinjiang"
    assert data["name"] == to_dict(x.ZONE.name)
    assert data["source"] == to_dict(x.ZONE.source)
    assert data["data_version"] == to_dict(x.DATA_VERSION)
    assert data["total_area_km2"] == "179.66"
    for area, brief in zip(x.AREAS, data["areas"], strict=True):
        full = to_dict(area)
        assert brief == {k: full[k] for k in ("id", "name", "area_km2", "sub_areas")}
    assert [(d["number"], d["measure_count"]) for d in data["domains"]] == list(
        x.aggregate.measure_counts().items()
    )
    assert [d["action_count"] for d in data["domains"]] == list(x.aggregate.action_counts().values())
    assert [d["title"] for d in data["domains"]] == [to_dict(d.title) for d in x.DOMAINS]


# ---------------------------------------------------------------------------
# lists


def test_areas(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "areas")
    assert (status, err) == (0, "")
    for area in x.AREAS:
        assert re.search(rf"^{area.id} +{area.name.en} +{area.area_km2} +2 ", out, re.M)
    assert "Total" in out
    assert "乌鲁木齐片区" in run(capsys, "areas", "--lang", "zh")[1]
    assert run_json(capsys, "areas", "--json") == [to_dict(a) for a in x.AREAS]
    assert run_json(capsys, "--json", "areas") == [to_dict(a) for a in x.AREAS]


def test_domains(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "domains")
    assert status == 0
    for domain in x.DOMAINS:
        assert domain.title.en[:30] in out
    assert re.search(r"^ +6 +3 +5 +Building a comprehensive logistics hub", out, re.M)
    assert run_json(capsys, "domains", "--json") == [to_dict(d) for d in x.DOMAINS]


def test_measures_of_every_domain_and_of_one(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "measures")
    assert status == 0
    assert all(m.title.en[:30] in out for m in x.MEASURES)
    status, out, _ = run(capsys, "measures", "--domain", "6")
    assert status == 0
    assert out.startswith("Domain 6: Building a comprehensive logistics hub linking Asia and Europe\n")
    assert [int(n) for n in re.findall(r"^ +(\d+) +6 ", out, re.M)] == [16, 17, 18]
    assert run(capsys, "measures", "--domain", x.domain(6).title.ja)[1].replace("Domain 6: ", "") != ""
    assert run_json(capsys, "measures", "--json") == [to_dict(m) for m in x.MEASURES]
    assert run_json(capsys, "measures", "--domain", "６", "--json") == [
        to_dict(m) for m in x.domain(6).measures
    ]


# ---------------------------------------------------------------------------
# show


def test_show_area(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "show", "area", "kashgar")
    assert (status, out, err) == (0, format_area(x.ZONE, x.KASHGAR, "en"), "")
    assert "Kashgar Comprehensive Bonded Zone, land in the Kashgar Area: 3.56 km²" in " ".join(out.split())
    assert run(capsys, "show", "area", "カシュガル", "--lang", "ja")[1] == format_area(
        x.ZONE, x.KASHGAR, "ja"
    )
    assert run_json(capsys, "show", "area", "Kashi", "--json") == to_dict(x.KASHGAR)


def test_show_without_a_kind_shows_the_one_record_a_key_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "show", "kashgar") == run(capsys, "show", "area", "kashgar")
    assert run(capsys, "show", "17") == run(capsys, "show", "measure", "17")  # no domain 17
    title = x.domain(5).title.ja
    assert run(capsys, "show", title) == (0, format_measures(x.ZONE, "en", x.domain(5)), "")
    assert run_json(capsys, "show", "Kashi", "--json") == to_dict(x.KASHGAR)
    status, out, err = run(capsys, "show", "6")  # a measure and a domain: which one?
    assert (status, out) == (2, "")
    assert err.endswith("'6' names a measure and a domain; say which: show measure 6 or show domain 6\n")
    assert run(capsys, "show", "30") == (1, "", "xinjiang-fta: no area, measure or domain '30'\n")


def test_show_measure(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "measure", "17")
    assert (status, out) == (0, format_measure(x.ZONE, x.measure(17), "en"))
    assert "  2. Strengthen the building of China-Europe Railway Express" in out
    by_title = run(capsys, "show", "measure", "物流の輸送サービスモデルのイノベーション")[1]
    assert by_title == out
    assert run_json(capsys, "show", "measure", "17", "--json") == to_dict(x.measure(17))


def test_show_domain(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "domain", "5")
    assert (status, out) == (0, format_measures(x.ZONE, "en", x.domain(5)))
    assert "4 measures, 7 actions" in out
    assert run_json(capsys, "--json", "show", "domain", "5") == to_dict(x.domain(5))


# ---------------------------------------------------------------------------
# search


def test_search_marks_the_matches(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "logistics", "--lang", "en")
    assert (status, err) == (0, "")
    assert out == shown(format_hits(x.search("logistics", lang="en"), "logistics"), False)
    assert "measure 17, title (en)\n  Innovating logistics transport service models\n" in out  # no marks
    # without --lang every language is searched
    assert "(ja)" in run(capsys, "search", "物流")[1]
    assert "(ja)" not in run(capsys, "search", "物流", "--lang", "en")[1]


def test_search_in_one_kind_of_record(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "logistics", "--lang", "en", "--kind", "measure")
    assert status == 0
    assert re.findall(r"^measure (\d+), (\w+)", out, re.M) == [
        ("16", "action"),
        ("17", "title"),
        ("18", "action"),
    ]
    assert out == shown(
        format_hits([h for h in x.search("logistics", lang="en") if h.kind == "measure"], "logistics"), False
    )
    assert run(capsys, "search", "logistics", "--kind", "sub_area") == (
        1,
        "",
        "xinjiang-fta: nothing found for 'logistics' in sub_area texts\n",
    )


def test_search_bold_on_a_terminal_unless_no_color_or_a_dumb_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    out = run(capsys, "search", "RMB")[1]
    assert "\x1b[1mRMB\x1b[0m" in out
    assert "**" not in out
    monkeypatch.setenv("NO_COLOR", "")  # set but empty: as if not set (no-color.org)
    assert "\x1b[1mRMB\x1b[0m" in run(capsys, "search", "RMB")[1]
    for name, value in [("NO_COLOR", "1"), ("TERM", "dumb")]:
        with monkeypatch.context() as patch:
            patch.setenv(name, value)
            out = run(capsys, "search", "RMB")[1]
            assert "Expanding RMB settlement" in out
            assert "\x1b" not in out
            assert "**" not in out


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "search", "喀什", "--json")
    hits = x.search("喀什")
    assert data == [
        {
            "kind": h.kind,
            "key": list(h.key) if isinstance(h.key, tuple) else h.key,
            "field": h.field,
            "index": h.index,
            "lang": h.lang,
            "text": h.text,
        }
        for h in hits
    ]
    assert {
        "kind": "sub_area",
        "key": ["kashgar", 2],
        "field": "name",
        "index": None,
        "lang": "zh",
    }.items() <= (data[-1].items())


def test_search_without_hits(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "search", "zzzz") == (1, "", "xinjiang-fta: nothing found for 'zzzz'\n")
    assert run(capsys, "search", "物流", "--lang", "en", "--json") == (
        1,
        "[]\n",
        "xinjiang-fta: nothing found for '物流' in en\n",
    )


def test_a_blank_search_query_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for query in (" \u3000", ""):
        status, out, err = run(capsys, "search", query)
        assert (status, out) == (2, "")
        assert err.startswith("usage: xinjiang-fta search")
        assert "a search query must contain something" in err


# ---------------------------------------------------------------------------
# misses and usage errors


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "area", "kashgr"], "no area 'kashgr'; did you mean 'kashgar'?"),
        (["show", "area", "urumqui", "--json"], "no area 'urumqui'; did you mean 'urumqi'?"),
        (["show", "measure", "99"], "no measure 99: measures are numbered 1 to 25"),
        (["show", "domain", "0"], "no domain 0: domains are numbered 1 to 8"),
        (["show", "measure", "9" * 30], "no measure '" + "9" * 30 + "'"),
        (["measures", "--domain", "logistic"], "no domain 'logistic'"),
    ],
)
def test_a_miss_exits_1_with_the_lookup_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (1, "")
    assert err.startswith(f"xinjiang-fta: {message}")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["areas", "--lang", "fr"], "invalid choice: 'fr'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["show", "area"], "the following arguments are required: KEY (show area KEY)"),
        (["show"], "the following arguments are required: KEY"),
        (["show", "thing", "x"], "invalid choice: 'thing'"),
        (
            ["show", "aera", "kashgar"],
            "invalid choice: 'aera' (choose from area, measure, domain); did you mean 'area'?",
        ),
        (["summry"], "invalid choice: 'summry' (choose from summary, areas,"),
        (["summry"], "; did you mean 'summary'?"),
        (["SHOW", "kashgar"], "did you mean 'show'?"),
        (["--lang", "EN"], "did you mean 'en'?"),
        (["search", "x", "--kind", "measures"], "did you mean 'measure'?"),
        (["export", "--format", "jsn", "--output", "x"], "did you mean 'json'?"),
        (["show", "6"], "'6' names a measure and a domain; say which: show measure 6 or show domain 6"),
        (["export", "--format", "csv", "--output", "-"], "--output - (standard output) is for --format json"),
        (["export", "--output", "x"], "the following arguments are required: --format"),
        (["export", "--format", "xml", "--output", "x"], "invalid choice: 'xml'"),
        (["validate"], "the following arguments are required: FILE"),
        (["export", "--format", "csv", "--output", "x", "--lang", "ja"], "unrecognized arguments: --lang ja"),
        (
            ["--zone", "z.json", "validate", "z.json"],
            "xinjiang-fta validate: error: this command takes no --zone\n",
        ),
        (
            ["--lang", "ja", "validate", "z.json"],
            "xinjiang-fta validate: error: this command takes no --lang\n",
        ),
        (
            ["--json", "export", "--format", "json", "--output", "-"],
            "xinjiang-fta export: error: this command takes no --json\n",
        ),
        (
            ["--lang", "en", "export", "--format", "csv", "--output", "x"],
            "xinjiang-fta export: error: this command takes no --lang\n",
        ),
        (["--lang", "x" * 1_000_000], "invalid choice: 'xxxxxxxxxx"),  # cut short: see test_long_input_...
    ],
)
def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert message in err
    assert err.startswith("usage: xinjiang-fta")


def test_help_with_examples_fits_80_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "examples:" in out
    assert "xinjiang-fta show kashgar" in out
    assert "xinjiang-fta search logistics --lang en" in out
    for command in ("summary", "areas", "domains", "measures", "show", "search", "export", "validate"):
        assert re.search(rf"^ +{command} ", out, re.M), command
        assert run(capsys, command, "--help")[0] == 0
    assert max(width(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("columns", [40, 47, 60])
def test_every_help_fits_the_width(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    for command in ("", "summary", "areas", "domains", "measures", "show", "search", "export", "validate"):
        status, out, _ = run(capsys, *command.split(), "--help")
        assert status == 0
        assert all(width(line) <= columns for line in out.splitlines()), (command, out)
        assert "--lang" in out or command in ("export", "validate")
    assert "--kind" in run(capsys, "search", "--help")[1]


def test_long_input_is_echoed_cut_short(capsys: pytest.CaptureFixture[str]) -> None:
    long = "x" * 1_000_000
    for argv in (["search", long], ["--lang", long], ["show", "aera", "x"], ["search", "q", "--kind", long]):
        status, _, err = run(capsys, *argv)
        assert status in (1, 2)
        assert len(err.splitlines()[-1]) < 400, argv
    assert run(capsys, "search", long)[2] == f"xinjiang-fta: nothing found for '{'x' * 57}…'\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"xinjiang-fta {x.__version__}\n", "")


# ---------------------------------------------------------------------------
# --zone


def test_another_zone_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    zone = Zone(
        id="other",
        name=x.Text("他の区域", "Another zone"),
        areas=x.AREAS[1:],
        domains=x.DOMAINS,
        source=x.ZONE.source,
        data_version=x.DATA_VERSION,
    )
    path = dump_zone(zone, tmp_path / "other.json")
    assert run_json(capsys, "--zone", str(path), "areas", "--json") == [to_dict(a) for a in zone.areas]
    assert run_json(capsys, "areas", "--zone", str(path), "--json") == [to_dict(a) for a in zone.areas]
    status, out, _ = run(capsys, "--zone", str(path))
    assert (status, out) == (0, format_summary(zone))
    assert run(capsys, "--zone", str(path), "show", "area", "urumqi")[0] == 1
    assert (
        run(capsys, "--zone", str(path), "search", "another")[1] == "zone other, name (en)\n  Another zone\n"
    )


def test_a_bad_zone_file_exits_1_with_its_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    document = to_dict(x.ZONE)
    document["areas"][0]["area_km2"] = 134.6
    del document["domains"][1]["title"]["en"]
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, err = run(capsys, "--zone", str(path), "areas")
    assert (status, out) == (1, "")
    assert flat(err).startswith(flat(f"xinjiang-fta: 2 problems in {path}: "))
    assert "  areas[0].area_km2: " in err
    assert "  domains[1].title.en: required key missing" in err
    status, out, err = run(capsys, "--zone", str(tmp_path / "missing.json"))
    assert (status, out) == (1, "")
    assert err == f"xinjiang-fta: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"
    assert run(capsys, "--zone", str(tmp_path), "domains")[2].endswith(": Is a directory\n")


def test_a_bad_zone_file_with_search_is_a_data_error_not_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text("[1, 2]", encoding="utf-8")
    status, out, err = run(capsys, "--zone", str(path), "search", "x")
    assert (status, out) == (1, "")
    assert flat(err).startswith(flat(f"xinjiang-fta: 1 problem in {path}: (top level): not a zone"))
    assert "usage:" not in err


@zone_settings
@given(zones(), st.sampled_from(["ja", "en", "zh"]), st.integers(60, 120))
def test_every_command_fits_the_columns_on_a_generated_zone(zone: Zone, lang: str, columns: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = dump_zone(zone, Path(directory) / "zone.json")
        commands = [["summary"], ["areas"], ["domains"], ["measures"], ["show", "domain", "1"]]
        commands += [["show", "area", a.id] for a in zone.areas]
        commands += [["show", "measure", str(m.number)] for m in zone.measures]
        commands = [["--lang", lang, *c] for c in commands] + [["search", "--", zone.areas[0].name.ja]]
        for command in commands:
            out = io.StringIO()
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(sys, "stdout", out)
                patch.setenv("COLUMNS", str(columns))
                assert main(["--zone", str(path), *command]) == 0
            assert all(width(line) <= columns for line in out.getvalue().splitlines()), command


@pytest.mark.parametrize(("setting", "columns"), [("60", 60), ("132", 132), ("10", 40), ("x", 80), ("0", 80)])
def test_the_width_is_columns_at_least_40_and_80_when_unknown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, setting: str, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", setting)
    for argv in (["summary"], ["areas"], ["domains"], ["measures"], ["search", "物流"], ["show", "kashgar"]):
        status, out, _ = run(capsys, *argv)
        assert status == 0
        assert max(width(line) for line in out.splitlines()) <= columns, argv
    areas = next(line for line in run(capsys, "summary")[1].splitlines() if line.startswith("Areas"))
    assert width(areas) == columns  # sizes on the right edge


# ---------------------------------------------------------------------------
# export


@pytest.mark.parametrize(
    ("format_", "names"),
    [("csv", ["areas.csv", "measures.csv"]), ("datapackage", ["areas.csv", "datapackage.json"])],
)
def test_export_tables(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, format_: str, names: list[str]
) -> None:
    target = tmp_path / "out"
    status, out, err = run(capsys, "export", "--format", format_, "--output", str(target))
    assert (status, err) == (0, "")
    written = out.splitlines()
    assert all(Path(p).is_file() and Path(p).parent == target for p in written)
    assert {Path(p).name for p in written} >= set(names)
    assert sorted(p.name for p in target.iterdir()) == sorted(Path(p).name for p in written)
    assert x.export.load_csv(target) == x.ZONE


def test_export_json_and_refusing_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "zone.json"
    assert run(capsys, "export", "--format", "json", "--output", str(target)) == (0, f"{target}\n", "")
    assert target.read_text(encoding="utf-8") == to_json(x.ZONE)
    target.write_text("mine", encoding="utf-8")
    status, out, err = run(capsys, "export", "--format", "json", "--output", str(target))
    assert (status, out) == (1, "")
    assert err == f"xinjiang-fta: refusing to overwrite {target}; pass --overwrite to replace it\n"
    assert target.read_text(encoding="utf-8") == "mine"  # untouched
    assert run(capsys, "export", "--format", "json", "--output", str(target), "--overwrite")[0] == 0
    assert target.read_text(encoding="utf-8") == to_json(x.ZONE)


def test_export_csv_refuses_before_writing_anything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "measures.csv").write_text("mine", encoding="utf-8")
    status, _, err = run(capsys, "export", "--format", "csv", "--output", str(tmp_path))
    assert status == 1
    assert "refusing to overwrite" in err
    assert "pass --overwrite" in err
    assert [p.name for p in tmp_path.iterdir()] == ["measures.csv"]
    assert (tmp_path / "measures.csv").read_text(encoding="utf-8") == "mine"


def test_export_of_another_zone_and_a_failed_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zone_file: Path
) -> None:
    target = tmp_path / "copy.json"
    assert (
        run(capsys, "--zone", str(zone_file), "export", "--format", "json", "--output", str(target))[0] == 0
    )
    assert target.read_bytes() == zone_file.read_bytes()
    status, out, err = run(capsys, "export", "--format", "json", "--output", str(tmp_path / "no" / "z.json"))
    assert (status, out) == (1, "")
    assert err == (
        f"xinjiang-fta: cannot write {tmp_path / 'no' / 'z.json'}: No such file or directory; "
        "make its directory first\n"
    )


# ---------------------------------------------------------------------------
# validate


def test_validate_a_good_file(capsys: pytest.CaptureFixture[str], zone_file: Path) -> None:
    assert run(capsys, "validate", str(zone_file)) == (
        0,
        f"{zone_file}: a valid zone file (3 areas, 8 domains, 25 measures)\n",
        "",
    )
    assert run_json(capsys, "validate", str(zone_file), "--json") == {
        "file": str(zone_file),
        "valid": True,
        "problems": [],
    }


def test_validate_lists_every_problem_with_its_location(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a short name: a temporary directory's path may be longer than a line
    path = Path("broken.json")
    document = to_dict(x.ZONE)
    document["areas"][1]["sub_areas"][1]["area_km2"] = "3,56"
    document["domains"][4]["measures"][1]["actions"][0]["en"] = 5
    document["areas"][2]["size"] = 1
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, out, err = run(capsys, "validate", str(path))
    assert (status, err) == (1, "")
    assert out.startswith(f"3 problems in {path}:\n")
    for location in ("areas[1].sub_areas[1].area_km2", "domains[4].measures[1].actions[0].en", "areas[2]"):
        assert f"\n  {location}: " in out
    assert "unknown key: size" in out
    assert all(width(line) <= 80 for line in out.splitlines())
    status, out, _ = run(capsys, "validate", str(path), "--json")
    data = json.loads(out)
    assert (status, data["file"], data["valid"]) == (1, str(path), False)
    with pytest.raises(x.DataError) as error:
        x.load_zone(path)
    assert [(p["location"], p["message"]) for p in data["problems"]] == error.value.problems


def test_validate_a_file_that_is_not_json_or_not_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "half.json"
    path.write_text('{"id": "x",', encoding="utf-8")
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 1
    assert re.search(r"^  line 1, column \d+: not JSON", out, re.M)
    status, out, err = run(capsys, "validate", str(tmp_path / "none.json"))
    assert (status, out) == (1, "")
    assert err == f"xinjiang-fta: cannot read {tmp_path / 'none.json'}: No such file or directory\n"


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ("summary", "not a zone file but the output of `summary --json`; `export --format json` writes"),
        ("areas", "not a zone file but a JSON array; a zone file is one object"),
    ],
)  # every kind of file that is told for what it is: test_files
def test_validate_says_what_a_file_is_when_it_is_not_a_zone_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, what: str
) -> None:
    path = tmp_path / "file"
    if content == "summary":
        path.write_text(run(capsys, "summary", "--json")[1], encoding="utf-8")
    else:
        path.write_text(run(capsys, "areas", "--json")[1], encoding="utf-8")
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 1
    assert flat(out).startswith(flat(f"1 problem in {path}: (top level): {what}"))
    report = run(capsys, "validate", str(path), "--json")[1]
    assert json.loads(report)["problems"][0]["message"].startswith(what)
    assert flat(run(capsys, "--zone", str(path), "areas")[2]).startswith(
        flat(f"xinjiang-fta: 1 problem in {path}: (top level): {what}")
    )


def _with_input(data: bytes, *argv: str, code: str = "") -> subprocess.CompletedProcess[bytes]:
    """Run the command line in a child reading *data* on its standard input, after running *code*."""
    code += "\nimport sys\nfrom xinjiang_fta.cli import main\nsys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, *argv]
    return subprocess.run(command, input=data, capture_output=True, env=_env(), timeout=60, check=False)


def test_dash_is_standard_input_for_validate_and_zone() -> None:
    zone = to_json(attrs.evolve(x.ZONE, areas=x.AREAS[:1])).encode()
    valid = _with_input(zone, "validate", "-")
    assert (valid.returncode, valid.stdout) == (
        0,
        b"standard input: a valid zone file (1 area, 8 domains, 25 measures)\n",
    )
    areas = _with_input(zone, "--zone", "-", "areas", "--json")
    assert json.loads(areas.stdout) == [to_dict(x.URUMQI)]
    array = _with_input(b"[1, 2]", "--zone", "-", "areas")
    assert (array.returncode, array.stderr.splitlines()[0]) == (
        1,
        b"xinjiang-fta: 1 problem in standard input:",
    )
    large = _with_input(
        b"x" * 200, "validate", "-", code="import xinjiang_fta.serialize as s; s.MAX_SIZE = 100"
    )
    assert large.returncode == 1
    assert b" ".join(large.stdout.split()).startswith(
        b"1 problem in standard input: (top level): the text is larger than 100"  # the limit of a file
    )
    script = 'exec "$0" -m xinjiang_fta validate - <&-'
    closed = subprocess.run(
        ["sh", "-c", script, sys.executable], capture_output=True, env=_env(), check=False
    )
    assert (closed.returncode, closed.stderr) == (
        1,
        b"xinjiang-fta: cannot read standard input: Bad file descriptor\n",
    )


def test_export_json_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "export", "--format", "json", "--output", "-") == (0, to_json(x.ZONE), "")
    status, out, err = run(capsys, "export", "--format", "datapackage", "--output", "-")
    assert (status, out) == (2, "")
    assert "--output - (standard output) is for --format json; --format datapackage writes files" in err


def test_export_refuses_a_target_of_the_wrong_kind_saying_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, "export", "--format", "json", "--output", str(tmp_path))
    assert (status, out, err) == (
        1,
        "",
        f"xinjiang-fta: {tmp_path} is a directory; name the file, such as {tmp_path / 'zone.json'}\n",
    )
    for target in (tmp_path / "new", tmp_path / "file.json"):  # not there: no directory, nor said to be
        assert run(capsys, "export", "--format", "json", "--output", f"{target}/") == (
            1,
            "",
            f"xinjiang-fta: {target}/ ends with / but --format json writes a file: "
            f"name it, such as {target}\n",
        )
    assert list(tmp_path.iterdir()) == []
    mine = tmp_path / "mine.json"
    mine.write_text("mine", encoding="utf-8")
    for format_ in ("csv", "datapackage"):
        status, out, err = run(capsys, "export", "--format", format_, "--output", str(mine), "--overwrite")
        assert (status, out) == (1, "")
        assert err == (
            f"xinjiang-fta: {mine} is not a directory, which --format {format_} writes: "
            "name one (made if missing)\n"
        )
        assert "--overwrite" not in err
    assert mine.read_text(encoding="utf-8") == "mine"


# ---------------------------------------------------------------------------
# hostile text: control characters never reach the terminal raw

HOSTILE = "\x1b]0;pwned\x07\u202e\x9b2J\n"
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]")


def test_a_zone_file_with_hostile_texts_and_name_is_shown_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the file's name whole on one line, however long the directory's path
    document = to_dict(x.ZONE)
    document["name"]["en"] = document["areas"][1]["name"]["en"] = HOSTILE
    document["domains"][0]["measures"][0]["actions"][0]["en"] = f"pwned {HOSTILE}"
    path = Path(f"{HOSTILE}.json")
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for argv in (
        ["areas"],
        ["summary"],
        ["show", "measure", "1"],
        ["search", "pwned"],
        ["validate", str(path)],
    ):
        _, out, err = run(capsys, "--zone", str(path), *argv) if argv[0] != "validate" else run(capsys, *argv)
        assert not RAW.search(out + err), argv
        assert "\\x1b]0;pwned\\x07" in out + err  # the file's name or its texts, escaped
    _, out, err = run(capsys, "search", HOSTILE)  # a query
    assert (out, err) == ("", "xinjiang-fta: nothing found for '\\x1b]0;pwned\\x07\\u202e\\x9b2J\\n'\n")
    assert not RAW.search(run(capsys, "--zone", HOSTILE, "areas")[2])  # a missing file
    assert not RAW.search(run(capsys, "--lang", HOSTILE)[2])  # a usage error


def test_hostile_records_built_in_python_are_shown_escaped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name = x.Text("ウルムチエリア", "Urumqi Area")
    object.__setattr__(name, "en", HOSTILE)  # past the checks, as a record built around them would be
    zone = attrs.evolve(x.ZONE, areas=(attrs.evolve(x.URUMQI, name=name), *x.AREAS[1:]))
    monkeypatch.setattr("xinjiang_fta.cli.bundled_zone", lambda: zone)
    for argv in (["areas"], ["summary"], ["show", "urumqi"], ["search", "pwned"], ["areas", "--json"]):
        status, out, err = run(capsys, *argv)
        assert (status, err) == (0, ""), argv
        assert not RAW.search(out), argv
    assert "\\u001b]0;pwned\\u0007\\u202e\\u009b2J\\n" in out  # JSON escapes, the same data
    assert json.loads(out)[0]["name"]["en"] == HOSTILE


# ---------------------------------------------------------------------------
# a reader that goes away


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone, as with ``| head``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_exits_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["measures"]) == 1
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------------------
# real processes


def _env() -> dict[str, str]:
    return src_env(NO_COLOR="")


def _process(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=_env(), timeout=60)


def test_python_dash_m_runs_the_commands(tmp_path: Path) -> None:
    summary = _process(sys.executable, "-m", "xinjiang_fta")
    assert (summary.returncode, summary.stdout, summary.stderr) == (0, format_summary(x.ZONE), "")
    show = _process(sys.executable, "-m", "xinjiang_fta", "show", "area", "kashgar", "--json")
    assert (show.returncode, json.loads(show.stdout)) == (0, to_dict(x.KASHGAR))
    search = _process(sys.executable, "-m", "xinjiang_fta", "search", "logistics", "--lang", "en")
    assert "national logistics hub" in search.stdout  # not a terminal: no marks at all
    assert "**" not in search.stdout
    miss = _process(sys.executable, "-m", "xinjiang_fta", "show", "area", "kashgr")
    assert (miss.returncode, miss.stdout) == (1, "")
    assert miss.stderr == "xinjiang-fta: no area 'kashgr'; did you mean 'kashgar'?\n"
    usage = _process(sys.executable, "-m", "xinjiang_fta", "--lang", "fr")
    assert usage.returncode == 2
    assert "Traceback" not in miss.stderr + usage.stderr


def test_text_commands_on_the_bundled_data_do_not_import_cattrs() -> None:
    code = "import sys; from xinjiang_fta.cli import main; main(['areas']); print('cattrs' in sys.modules)"
    process = _process(sys.executable, "-c", code)
    assert process.stdout.splitlines()[-1] == "False", process.stderr


def test_the_installed_console_script() -> None:
    script = shutil.which("xinjiang-fta", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the xinjiang-fta script is not installed next to this Python: pip install -e .")
    run_ = _process(script, "show", "area", "kashgar")
    assert (run_.returncode, run_.stdout, run_.stderr) == (0, format_area(x.ZONE, x.KASHGAR, "en"), "")
    version = _process(script, "--version")
    assert version.stdout == f"xinjiang-fta {x.__version__}\n"


def _big_zone_file(directory: Path) -> Path:
    """A zone file whose ``measures`` table is about 200 kB: more than a pipe holds."""
    measures = itertools.islice(itertools.cycle(x.MEASURES), 1500)
    domain = attrs.evolve(
        x.DOMAINS[0], measures=[attrs.evolve(m, number=n) for n, m in enumerate(measures, 1)]
    )
    return dump_zone(attrs.evolve(x.ZONE, domains=[domain]), directory / "big.json")


def test_a_reader_that_goes_away_is_a_quiet_failure(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    command = [sys.executable, "-m", "xinjiang_fta", "--zone", str(_big_zone_file(tmp_path)), "measures"]
    env = src_env(PYTHONUNBUFFERED="1")  # a raw stdout, which takes a part of a long write at a time
    with subprocess.Popen(command, stdout=write_end, stderr=subprocess.PIPE, env=env) as process:
        os.close(write_end)
        try:
            first = os.read(read_end, 100)  # as | head -1 does
        finally:
            os.close(read_end)
        _, err = process.communicate(timeout=60)
    assert b"No.  Domain  Actions  Title\n" in first
    assert (process.returncode, err) == (1, b"")


@pytest.mark.parametrize("argv", [["measures"], ["--help"]])
@pytest.mark.parametrize(
    ("redirect", "message"),
    [(">&-", "it is closed"), (">/dev/full", "No space left on device")],
)
def test_a_stdout_that_cannot_be_written_is_one_line_and_status_1(
    argv: list[str], redirect: str, message: str
) -> None:
    if redirect == ">/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    script = f'exec "$0" -m xinjiang_fta {" ".join(argv)} {redirect}'
    process = subprocess.run(["sh", "-c", script, sys.executable], capture_output=True, text=True, env=_env())
    assert (process.returncode, process.stderr) == (
        1,
        f"xinjiang-fta: cannot write to standard output: {message}\n",
    )


def test_json_to_an_ascii_stdout_is_ascii_json(monkeypatch: pytest.MonkeyPatch) -> None:
    kashgar = attrs.evolve(x.KASHGAR, name=x.Text("カシュガル", "Kaşgar Zürich"))
    zone = attrs.evolve(x.ZONE, areas=(x.URUMQI, kashgar, x.HORGOS))
    monkeypatch.setattr("xinjiang_fta.cli.bundled_zone", lambda: zone)
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["show", "kashgar", "--json"]) == 0
    written = out.buffer.getvalue()
    assert written.isascii()
    assert json.loads(written) == to_dict(kashgar)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_json_stays_json_in_an_encoding_that_cannot_hold_its_text(tmp_path: Path, encoding: str) -> None:
    zone = attrs.evolve(x.ZONE, name=x.Text("区域 Zürich \U0001f600", "Zürich \U0001f600"))
    path = dump_zone(zone, tmp_path / "zone.json")
    env = src_env(PYTHONIOENCODING=encoding)
    for argv, expected in [
        (["summary", "--json"], to_dict(zone.name)),
        (["export", "--format", "json", "--output", "-"], to_dict(zone)),
    ]:
        command = [sys.executable, "-m", "xinjiang_fta", "--zone", str(path), *argv]
        process = subprocess.run(command, capture_output=True, env=env, check=False)
        assert (process.returncode, process.stderr) == (0, b""), argv
        data = json.loads(process.stdout.decode(encoding))
        assert (data["name"] if argv[0] == "summary" else data) == expected


def test_an_encoding_that_cannot_show_japanese_gets_escapes() -> None:
    env = src_env(PYTHONIOENCODING="ascii")
    for argv in (["areas", "--lang", "ja"], ["--help"], ["search", "物流", "--kind", "domain"]):
        process = subprocess.run([sys.executable, "-m", "xinjiang_fta", *argv], capture_output=True, env=env)
        assert (process.returncode, process.stderr) == (0, b""), argv
        assert process.stdout.isascii()
        if argv[0] == "areas":
            assert "\\u30a6\\u30eb\\u30e0\\u30c1" in process.stdout.decode()  # ウルムチ, escaped


# ---------------------------------------------------------------------------
# signals: Ctrl-C and SIGTERM end the command cleanly, and an export leaves no temporary file

_BLOCKED_EXPORT = (
    "import os, sys, time\n"
    "os.fsync = lambda descriptor: time.sleep(60)  # the export waits while its temporary file exists\n"
    "from xinjiang_fta.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _when_written(directory: Path, process: subprocess.Popen[bytes]) -> None:
    """Wait until the export in *process* has made its temporary file in *directory*."""
    deadline = time.monotonic() + 30
    while not any(directory.iterdir()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [p.name.startswith(".") for p in directory.iterdir()] == [True]


def test_sigterm_ends_an_export_with_143_and_no_temporary_file(tmp_path: Path) -> None:
    command = [sys.executable, "-c", _BLOCKED_EXPORT, "export", "--format", "json", "--output"]
    with subprocess.Popen(
        [*command, str(tmp_path / "z.json")], stderr=subprocess.PIPE, env=_env()
    ) as process:
        _when_written(tmp_path, process)
        process.terminate()
        _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (143, b"")
    assert list(tmp_path.iterdir()) == []


def test_main_restores_the_signal_handlers_it_found() -> None:
    def mine(signum: int, frame: object) -> None:
        pass  # pragma: no cover - never called

    before = signal.signal(signal.SIGTERM, mine)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["areas"]) == 0
        assert signal.getsignal(signal.SIGTERM) is mine
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGTERM, before)
    results: list[int] = []  # in another thread, main leaves the signals alone
    worker = threading.Thread(target=lambda: results.append(main(["--version"])))
    with contextlib.redirect_stdout(io.StringIO()):
        worker.start()
        worker.join()
    assert results == [0]


def test_an_ignored_signal_stays_ignored_and_a_closed_stdout_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as nohup leaves it: main must not catch it
    try:
        monkeypatch.setattr(sys, "stdout", None)  # as Python leaves it when started with >&-
        assert main(["areas"]) == 1
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, before)
    assert capsys.readouterr().err == "xinjiang-fta: cannot write to standard output: it is closed\n"


# ---------------------------------------------------------------------------
# on a terminal: a pseudo-terminal of the tests' own


def _on_a_terminal(
    argv: Sequence[str],
    columns: int = 60,
    env: dict[str, str] | None = None,
    keys: Callable[[], bytes] | None = None,
) -> tuple[int, str]:
    """Run *argv* on a pseudo-terminal *columns* wide; its status and all it wrote there.

    *keys*, if given, is called once the child runs and returns what to type on the terminal.
    """
    main_end, child_end = pty.openpty()
    fcntl.ioctl(child_end, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(
        argv,
        stdin=child_end,
        stdout=child_end,
        stderr=child_end,
        env=env or _env(),
        start_new_session=True,  # a session whose terminal is the pseudo-terminal: it gets the Ctrl-C
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(child_end)
    if keys is not None:
        os.write(main_end, keys())
    output = b""
    with contextlib.suppress(OSError):  # EIO once the child has closed the terminal
        while chunk := os.read(main_end, 65536):
            output += chunk
    os.close(main_end)
    return process.wait(timeout=60), output.decode().replace("\r\n", "\n")


def _terminal_env(**settings: str) -> dict[str, str]:
    env = {k: v for k, v in _env().items() if k not in ("COLUMNS", "NO_COLOR")}
    return {**env, "TERM": "xterm", **settings}


def test_on_a_terminal_the_width_is_the_terminals_and_matches_are_bold() -> None:
    status, out = _on_a_terminal(
        [sys.executable, "-m", "xinjiang_fta", "search", "logistics"], 50, _terminal_env()
    )
    assert status == 0
    assert "\x1b[1mlogistics\x1b[0m" in out
    assert max(width(ANSI.sub("", line)) for line in out.splitlines()) == 50  # the terminal's, not 80


@pytest.mark.parametrize("setting", [{"TERM": "dumb"}, {"NO_COLOR": "1"}])
def test_on_a_terminal_no_bold_with_no_color_or_a_dumb_terminal(setting: dict[str, str]) -> None:
    status, out = _on_a_terminal(
        [sys.executable, "-m", "xinjiang_fta", "search", "logistics"], 70, _terminal_env(**setting)
    )
    assert status == 0
    assert "international logistics enterprises" in out
    assert "\x1b" not in out


def test_ctrl_c_ends_an_export_with_130_no_traceback_and_no_temporary_file(tmp_path: Path) -> None:
    argv = [
        sys.executable,
        "-c",
        _BLOCKED_EXPORT,
        "export",
        "--format",
        "json",
        "--output",
        str(tmp_path / "z"),
    ]

    def ctrl_c() -> bytes:
        deadline = time.monotonic() + 30
        while not any(tmp_path.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.01)
        return b"\x03"

    status, out = _on_a_terminal(argv, env=_terminal_env(), keys=ctrl_c)
    assert status == 130
    assert "Traceback" not in out
    assert out.strip() in ("", "^C")  # the terminal echoes the key
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------
# the examples of the documentation


def _console_examples(page: Path) -> list[tuple[list[str], list[str]]]:
    """Each ``$ xinjiang-fta …`` line of the page's console blocks, with the lines shown after it."""
    import shlex

    examples: list[tuple[list[str], list[str]]] = []
    in_block = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = line == "```console"
        elif in_block and line.startswith("$ xinjiang-fta"):
            examples.append((shlex.split(line)[2:], []))
        elif in_block:
            examples[-1][1].append(line)
    return examples


@pytest.mark.parametrize(("page", "count"), [("docs/cli.md", 20), ("README.md", 2)])
def test_the_console_examples_of_the_docs_are_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str, count: int
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    document = to_dict(x.ZONE)  # broken.json as docs/cli.md describes it
    document["areas"][0]["area_km2"] = "-134.6"
    document["domains"][4]["measures"][1]["actions"][0]["en"] = 5
    (tmp_path / "broken.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    examples = _console_examples(ROOT / page)
    assert len(examples) >= count
    for argv, lines in examples:
        if ">" in argv:  # output sent to a file: $ xinjiang-fta … > FILE
            argv, target = argv[: argv.index(">")], argv[argv.index(">") + 1]
            (tmp_path / target).write_text(run(capsys, *argv)[1], encoding="utf-8")
            continue
        _, out, err = run(capsys, *argv)
        real = (out + err).replace("\u00a0", " ").splitlines()  # the page shows no-break spaces as spaces
        if lines and lines[-1] == "…":  # an example cut short
            lines, real = lines[:-1], real[: len(lines) - 1]
        assert real == lines, argv


@pytest.mark.parametrize(
    "command", [[], ["areas"], ["domains"], ["measures"], ["show", "kashgar"], ["show", "17"]]
)
def test_chinese_says_once_that_it_holds_names_only(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    note = "Chinese exists for proper names only: other texts are in Japanese, the source.\n"
    status, out, _ = run(capsys, *command, "--lang", "zh")
    assert (status, out.count("Chinese exists"), out.endswith(note)) == (0, 1, True)
    assert "Chinese exists" not in run(capsys, *command, "--lang", "ja")[1]
    assert "Chinese exists" not in run(capsys, *command, "--lang", "zh", "--json")[1]
