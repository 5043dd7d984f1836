"""Tests of the package namespace: every public name is there, and importing the package stays cheap."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import xinjiang_fta

SRC = Path(xinjiang_fta.__file__).resolve().parents[1]
# The converter module's one name, ``converter``, is the submodule's own name, so it stays in its module.
MODULES = ["records", "serialize", "files", "schema", "export"]


def test_importing_the_package_imports_nothing_heavy() -> None:
    heavy = ["cattrs", "json", "pandas", "frictionless", "jsonschema", "csv", "importlib.metadata"]
    code = f"import sys, xinjiang_fta; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(SRC)}
    )
    assert result.stdout.strip() == "[]"


def test_using_a_lazy_name_imports_only_what_it_needs() -> None:
    code = (
        "import sys, xinjiang_fta; xinjiang_fta.to_json; "
        "print('cattrs' in sys.modules, 'pandas' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(SRC)}
    )
    assert result.stdout.split() == ["True", "False"]


@pytest.mark.parametrize("module", MODULES)
def test_every_public_name_of_a_module_is_given_by_the_package(module: str) -> None:
    names = importlib.import_module(f"xinjiang_fta.{module}").__all__
    for name in names:
        assert name in xinjiang_fta.__all__
        assert getattr(xinjiang_fta, name) is getattr(importlib.import_module(f"xinjiang_fta.{module}"), name)


def test_the_converter_is_public_in_its_module() -> None:
    from xinjiang_fta.converter import converter

    assert (
        converter.structure(converter.unstructure(xinjiang_fta.URUMQI), xinjiang_fta.Area)
        == xinjiang_fta.URUMQI
    )


def test_every_name_in_all_resolves_and_unknown_names_do_not() -> None:
    for name in xinjiang_fta.__all__:
        assert getattr(xinjiang_fta, name) is not None
    assert set(xinjiang_fta.__all__) <= set(dir(xinjiang_fta))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = xinjiang_fta.nothing
