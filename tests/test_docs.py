"""Tests of the documentation in docs/: the Sphinx build and the example notebook.

The code examples of the pages (docs/*.md) run as doctests in the main test run
(``--doctest-glob=*.md`` over ``docs`` in pyproject.toml); these tests build the
site with warnings as errors and execute the notebook with nbmake.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import xinjiang_fta

from .processes import src_env

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NOTEBOOK = DOCS / "tour.ipynb"
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


def _public_names() -> list[str]:
    """Every name the API page must document: the package's, its namespaces', and MODULE_NAMES."""
    names = [f"xinjiang_fta.{n}" for n in xinjiang_fta.__all__ if n not in NAMESPACES]
    names.append("xinjiang_fta.__version__")
    for namespace in NAMESPACES:
        module = importlib.import_module(f"xinjiang_fta.{namespace}")
        names += [f"xinjiang_fta.{namespace}.{n}" for n in module.__all__]
    return [*names, *MODULE_NAMES]


def _require(*modules: str) -> None:
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: install the 'test' extra, pip install -e '.[test]'")


def test_the_docs_build_with_warnings_as_errors(tmp_path: Path) -> None:
    _require("sphinx", "furo", "myst_parser")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-n",
            "-q",
            "-b",
            "html",
            str(DOCS),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=src_env(),
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr
    api = (tmp_path / "api.html").read_text(encoding="utf-8")
    for name in _public_names():
        assert f'id="{name}"' in api, name
    for namespace in NAMESPACES:
        assert f'id="module-xinjiang_fta.{namespace}"' in api, namespace
    assert 'id="xinjiang_fta.Area.source_ref"' in api  # a field, documented from its metadata
    for data in ("Zone('xinjiang'", "Area('urumqi'", "mappingproxy", "Converter object"):
        assert data not in api, data  # the constants are named, not printed
    assert "Unreleased" in (tmp_path / "changelog.html").read_text(
        encoding="utf-8"
    )  # ../CHANGELOG.md included
    assert (tmp_path / "_images" / "areas.png").is_file()


def test_the_example_notebook_runs_clean() -> None:
    _require("nbmake", "ipykernel", "matplotlib", "pandas")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--nbmake", str(NOTEBOOK)],
        capture_output=True,
        text=True,
        env=src_env(),
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout


def test_the_notebook_is_stored_without_outputs() -> None:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code, "the notebook has code cells"
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
