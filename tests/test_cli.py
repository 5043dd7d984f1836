"""Tests of xinjiang_fta.cli: every command in-process, its JSON, its exit codes, and real processes."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Zone
from xinjiang_fta._layout import width
from xinjiang_fta._terminal import format_area, format_domain, format_hits, format_measure, format_summary
from xinjiang_fta.cli import main
from xinjiang_fta.files import dump_zone
from xinjiang_fta.serialize import to_dict, to_json

from .processes import src_env
from .strategies import zone_settings, zones

ROOT = Path(__file__).resolve().parents[1]
Run = tuple[int, str, str]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


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
    for area, shown in zip(x.AREAS, data["areas"], strict=True):
        full = to_dict(area)
        assert shown == {k: full[k] for k in ("id", "name", "area_km2", "sub_areas")}
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
    assert "Kashgar Comprehensive Bonded Zone\n     bonded zone: 3.56 km²" in out
    assert run(capsys, "show", "area", "カシュガル", "--lang", "ja")[1] == format_area(
        x.ZONE, x.KASHGAR, "ja"
    )
    assert run_json(capsys, "show", "area", "Kashi", "--json") == to_dict(x.KASHGAR)


def test_show_measure(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "measure", "17")
    assert (status, out) == (0, format_measure(x.ZONE, x.measure(17), "en"))
    assert "  2. Strengthen the building of China-Europe Railway Express" in out
    by_title = run(capsys, "show", "measure", "物流の輸送サービスモデルのイノベーション")[1]
    assert by_title == out
    assert run_json(capsys, "show", "measure", "17", "--json") == to_dict(x.measure(17))


def test_show_domain(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "domain", "5")
    assert (status, out) == (0, format_domain(x.domain(5), "en"))
    assert "4 measures, 7 actions" in out
    assert run_json(capsys, "--json", "show", "domain", "5") == to_dict(x.domain(5))


# ---------------------------------------------------------------------------
# search


def test_search_marks_the_matches(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "logistics", "--lang", "en")
    assert (status, err) == (0, "")
    assert out == format_hits(x.search("logistics", lang="en"), "logistics")
    assert "measure 17, title (en)\n  Innovating **logistics** transport service models\n" in out
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
    assert out == format_hits(
        [h for h in x.search("logistics", lang="en") if h.kind == "measure"], "logistics"
    )
    assert run(capsys, "search", "logistics", "--kind", "sub_area") == (
        1,
        "",
        "xinjiang-fta: nothing found for 'logistics' in sub_area texts\n",
    )


def test_search_bold_on_a_terminal_unless_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = run(capsys, "search", "RMB")[1]
    assert "\x1b[1mRMB\x1b[0m" in out
    assert "**" not in out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "**RMB**" in run(capsys, "search", "RMB")[1]


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


def test_a_blank_search_query_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", " \u3000")
    assert (status, out) == (1, "")
    assert err.startswith("xinjiang-fta: a search query must contain something")


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
        (["show", "area"], "the following arguments are required: key"),
        (["show", "thing", "x"], "invalid choice: 'thing'"),
        (["export", "--output", "x"], "the following arguments are required: --format"),
        (["export", "--format", "xml", "--output", "x"], "invalid choice: 'xml'"),
        (["validate"], "the following arguments are required: FILE"),
        (["export", "--format", "csv", "--output", "x", "--lang", "ja"], "unrecognized arguments: --lang ja"),
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
    assert "xinjiang-fta show area kashgar" in out
    assert "xinjiang-fta search logistics --lang en" in out
    for command in ("summary", "areas", "domains", "measures", "show", "search", "export", "validate"):
        assert re.search(rf"^ +{command} ", out, re.M), command
        assert run(capsys, command, "--help")[0] == 0
    assert max(width(line) for line in out.splitlines()) <= 80


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
        run(capsys, "--zone", str(path), "search", "another")[1]
        == "zone other, name (en)\n  **Another** zone\n"
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
    assert err.startswith(f"xinjiang-fta: 2 problems in {path}:\n")
    assert "  areas[0].area_km2: " in err
    assert "  domains[1].title.en: required key missing" in err
    status, out, err = run(capsys, "--zone", str(tmp_path / "missing.json"))
    assert (status, out) == (1, "")
    assert err == f"xinjiang-fta: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"
    assert run(capsys, "--zone", str(tmp_path), "domains")[2].endswith(": Is a directory\n")


@zone_settings
@given(zones(), st.sampled_from(["ja", "en", "zh"]))
def test_every_command_fits_80_columns_on_a_generated_zone(zone: Zone, lang: str) -> None:
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
                assert main(["--zone", str(path), *command]) == 0
            assert all(width(line) <= 80 for line in out.getvalue().splitlines()), command


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
    assert err == f"xinjiang-fta: cannot write {tmp_path / 'no' / 'z.json'}: No such file or directory\n"


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
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    document = to_dict(x.ZONE)
    document["areas"][1]["sub_areas"][1]["area_km2"] = "3,56"
    document["domains"][4]["measures"][1]["actions"][0]["en"] = 5
    document["areas"][2]["size"] = 1
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, out, err = run(capsys, "validate", str(path))
    assert (status, err) == (1, "")
    assert " ".join(out.split()).startswith(f"3 problems in {path}: ")  # the heading wraps a long path
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


# ---------------------------------------------------------------------------
# a reader that goes away


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone, as with ``| head``; its descriptor is a real (temporary) file."""

    def __init__(self, descriptor: int) -> None:
        super().__init__()
        self.descriptor = descriptor

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.descriptor


def test_a_closed_pipe_exits_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryFile() as spare:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(spare.fileno()))
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
    assert "**logistics**" in search.stdout  # not a terminal: marked with **
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


def test_a_real_closed_pipe_gives_no_traceback() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written
    try:
        process = subprocess.run(
            [sys.executable, "-m", "xinjiang_fta", "measures"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (process.returncode, process.stderr) == (1, "")


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


@pytest.mark.parametrize(("page", "count"), [("docs/cli.md", 15), ("README.md", 2)])
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
    for argv, shown in examples:
        _, out, err = run(capsys, *argv)
        real = (out + err).replace("\u00a0", " ").splitlines()  # the page shows no-break spaces as spaces
        if shown and shown[-1] == "…":  # an example cut short
            shown, real = shown[:-1], real[: len(shown) - 1]
        assert real == shown, argv
