"""Tests of the documentation in docs/ and README.md: the site, the notebook, the install instructions.

The code examples of the pages (docs/*.md) and README.md run as doctests in the main
test run (``--doctest-glob=*.md``, see pyproject.toml); README's console examples are
checked by tests/test_cli.py. These tests build the site once, with warnings as errors
and nitpicky, which also executes the notebook docs/tour.ipynb (myst-nb), and read it.
"""

from __future__ import annotations

import ast
import html
import importlib
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest

import xinjiang_fta

from .processes import src_env

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NOTEBOOK = DOCS / "tour.ipynb"
PAGES = sorted([*DOCS.glob("*.md"), *DOCS.glob("*.ipynb")])
"""Every source page of the site."""
SPHINX_PAGES = {"search", "genindex", "py-modindex"}
"""The pages Sphinx writes itself, which would overwrite a page of ours of the same name."""
NAMESPACES = ("aggregate", "export", "plot")
MODULE_NAMES = (
    "xinjiang_fta.lookup.normalize",
    "xinjiang_fta.text_search.HitKind",
    "xinjiang_fta.text_search.HitField",
    "xinjiang_fta.texts.Lang",
    "xinjiang_fta.texts.LANGUAGES",
    "xinjiang_fta.serialize.MAX_SIZE",
    "xinjiang_fta.serialize.MAX_DEPTH",
    "xinjiang_fta.errors.ROOT",
    "xinjiang_fta.conversion.converter",
    "xinjiang_fta.cli.main",
)
"""The public names that stay in their modules, outside the package's namespace."""
EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "optional-dependencies"
]


def _public_names() -> list[str]:
    """Every name the API page must document: the package's, its namespaces', and MODULE_NAMES."""
    names = [f"xinjiang_fta.{n}" for n in xinjiang_fta.__all__ if n not in NAMESPACES]
    names.append("xinjiang_fta.__version__")
    for namespace in NAMESPACES:
        module = importlib.import_module(f"xinjiang_fta.{namespace}")
        names += [f"xinjiang_fta.{namespace}.{n}" for n in module.__all__]
    return [*names, *MODULE_NAMES]


def _text(page: str) -> str:
    """The text of an HTML page, without its tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once for this module with warnings as errors (which runs the notebook)."""
    missing = [
        m
        for m in ("sphinx", "furo", "myst_nb", "ipykernel", "matplotlib", "pandas")
        if not importlib.util.find_spec(m)
    ]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: install the 'test' extra, pip install -e '.[test]'")
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q", "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        env=src_env(),
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr
    return out


def test_every_page_and_the_notebook_has_its_own_html_page(site: Path) -> None:
    assert {page.stem for page in PAGES}.isdisjoint(SPHINX_PAGES)  # none overwritten by Sphinx's own
    for page in PAGES:
        assert (site / f"{page.stem}.html").is_file(), page.name
    assert "<h1>Searching every text" in (site / "searching.html").read_text(encoding="utf-8")
    search = (site / "search.html").read_text(encoding="utf-8")  # Sphinx's own search page
    assert 'id="search-results"' in search
    assert "<h1>Searching every text" not in search
    assert "Unreleased" in (site / "changelog.html").read_text(encoding="utf-8")  # ../CHANGELOG.md
    assert (site / "_images" / "areas.png").is_file()


def test_the_notebook_is_a_page_with_its_outputs(site: Path) -> None:
    page = (site / "tour.html").read_text(encoding="utf-8")
    text = _text(page)
    assert "Total: 179.66 km²" in text  # a printed output
    assert "xinjiang-fta-zone" in page  # the zone's HTML table
    assert "(17, 'Innovating logistics transport service models')" in text  # records_of
    assert "Decimal('179.66')" in text  # the exact frame's sum
    assert (
        len(set(re.findall(r'<img[^>]+src="(_images/[^"]+\.png)"', page))) >= 3
    )  # the frame's and two plots
    assert "Traceback" not in text


def test_the_api_page_documents_every_public_name_with_an_example(site: Path) -> None:
    api = (site / "api.html").read_text(encoding="utf-8")
    starts = sorted((m.start(), m.group(1)) for m in re.finditer(r'<dt class="sig[^"]*" id="([^"]+)"', api))
    for name in _public_names():
        assert f'id="{name}"' in api, name
        start = api.index(f'id="{name}"')
        # its entry, with the entries of its members: up to the next entry of another name
        end = next((s for s, n in starts if s > start and not n.startswith(f"{name}.")), len(api))
        assert '<span class="gp">&gt;&gt;&gt; </span>' in api[start:end], f"no example for {name}"
    for namespace in NAMESPACES:
        assert f'id="module-xinjiang_fta.{namespace}"' in api, namespace
    assert 'id="xinjiang_fta.Area.source_ref"' in api  # a field, documented from its metadata
    for name in ("Hit.record", "Hit.kind", "text_search.HitKind", "export.Cell", "export.ColumnType"):
        assert f'id="xinjiang_fta.{name}"' in api, name


def test_the_api_page_shows_types_and_short_reprs_never_a_data_dump(site: Path) -> None:
    api = (site / "api.html").read_text(encoding="utf-8")
    text = _text(api)
    assert "xinjiang_fta.ZONE: Zone = Zone('xinjiang', 3 areas, 8 domains, 25 measures)" in text
    assert "xinjiang_fta.KASHGAR: Area = Area('kashgar', 'Kashgar Area', 28.48 km²)" in text
    assert "xinjiang_fta.MEASURES: tuple[Measure, ...]¶" in text  # 25 reprs would be a list, not a type
    assert "search(query: str, *, lang: Lang | None = None, kind: Literal['measure']" in text
    assert "→ tuple[Hit[Measure], ...]" in text
    for dump in ("mappingproxy", "Converter object", "TypeAliasForwardRef", "Column(name="):
        assert dump not in text, dump
    for entry in re.findall(r'<dl class="py data">\s*<dt[^>]*>(.*?)</dt>', api, re.S):
        assert len(_text(entry)) <= 250, _text(entry)  # a name, a type and a short value at most


def test_no_page_holds_the_data_in_full(site: Path) -> None:
    """The longest texts of the data appear a few times at most on any page, never as a dump."""
    texts = [t for m in xinjiang_fta.MEASURES for a in m.actions for t in (a.ja, a.en)]
    longest = sorted(texts, key=len)[-6:]
    for page in site.glob("*.html"):
        text = _text(page.read_text(encoding="utf-8"))
        assert max(text.count(t) for t in longest) <= 3, page.name
        assert text.count("Measure(") <= 30, page.name


def test_the_notebook_is_stored_without_outputs_and_every_cell_has_an_id() -> None:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert (notebook["nbformat"], notebook["nbformat_minor"]) >= (4, 5)
    ids = [cell.get("id") for cell in notebook["cells"]]
    assert all(ids)
    assert len(set(ids)) == len(ids)
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code, "the notebook has code cells"
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"


def _installation_texts() -> dict[str, str]:
    return {
        "README.md": (ROOT / "README.md").read_text(encoding="utf-8"),
        "docs/getting-started.md": (DOCS / "getting-started.md").read_text(encoding="utf-8"),
    }


def test_the_install_instructions_list_every_extra_and_what_it_brings() -> None:
    for name, text in _installation_texts().items():
        rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| ([^|]+) \|", text, re.M)}
        assert set(rows) == set(EXTRAS), name
        for extra, requirements in EXTRAS.items():
            for requirement in requirements:
                package = re.split(r"[<>=!~;\[ ]", requirement)[0]
                assert package.lower() in rows[extra].lower(), (name, extra, package)


def test_the_docs_install_the_package_as_it_really_is() -> None:
    """From a clone (``pip install .``, ``'.[extra]'``) or a wheel built from it: it is on no index."""
    sources = [*_installation_texts().values(), NOTEBOOK.read_text(encoding="utf-8")]
    sources += [page.read_text(encoding="utf-8") for page in DOCS.glob("*.md")]
    sources.append((ROOT / "src" / "xinjiang_fta" / "plot.py").read_text(encoding="utf-8"))
    sources.append((ROOT / "src" / "xinjiang_fta" / "export" / "dataframe.py").read_text(encoding="utf-8"))
    for text in sources:
        assert not re.search(r"pip install (-\S+ )*'?xinjiang[-_]fta", text)
        for extras in re.findall(r"\.\[([\w,]+)\]", text):
            assert set(extras.split(",")) <= set(EXTRAS), extras
    readme, started = _installation_texts().values()
    for text in (readme, started):
        assert "pip install ." in text
        assert "pip wheel . --no-deps -w dist" in text
    assert f"xinjiang_fta-{xinjiang_fta.__version__}-py3-none-any.whl" in readme + started


def test_every_python_example_is_a_doctest_or_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ```python block without ``>>>`` is not a doctest: it must run as it is, in a fresh directory."""
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    blocks = []
    for page in [ROOT / "README.md", *DOCS.glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        blocks += [b for b in re.findall(r"^```python\n(.*?)^```$", text, re.S | re.M) if ">>>" not in b]
    assert len(blocks) >= 2  # README's files and exports, the warning filter of docs/jupyter.md
    with warnings.catch_warnings():
        for block in blocks:
            exec(compile(block, "<example>", "exec"), {})  # the examples write only into tmp_path
    assert (tmp_path / "zone.json").is_file()


def test_the_doctests_of_the_pages_run_in_the_main_test_run() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]
    assert {"docs", "README.md"} <= set(options["ini_options"]["testpaths"])
    assert "--doctest-glob=*.md" in options["ini_options"]["addopts"]


def test_a_cell_that_fails_fails_the_build(tmp_path: Path) -> None:
    """The execution settings of docs/conf.py, on a notebook whose cell raises: the build stops."""
    if importlib.util.find_spec("myst_nb") is None:
        pytest.skip("needs myst-nb: install the 'test' extra, pip install -e '.[test]'")
    conf = ast.parse((DOCS / "conf.py").read_text(encoding="utf-8"))
    settings = [
        ast.unparse(node)
        for node in conf.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]).startswith("nb_")
    ]
    assert "nb_execution_raise_on_error = True" in settings
    (tmp_path / "conf.py").write_text("\n".join(['extensions = ["myst_nb"]', *settings]), encoding="utf-8")
    cell: dict[str, object] = {"cell_type": "code", "id": "c1", "metadata": {}, "outputs": []}
    cell |= {"execution_count": None, "source": "raise ValueError('a cell that fails')"}
    notebook = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "index.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(tmp_path), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=src_env(TMPDIR=str(tmp_path)),  # where Sphinx leaves its crash log
    )
    assert build.returncode != 0
    assert "index.ipynb" in build.stderr
    [log] = tmp_path.glob("sphinx-err-*.log")  # named in the output: the cell's traceback
    assert "CellExecutionError" in log.read_text(encoding="utf-8")
    assert "raise ValueError('a cell that fails')" in log.read_text(encoding="utf-8")
