"""Tests of the package's public surface: __all__, the lazy constants, the version."""

from __future__ import annotations

import importlib
import inspect

import pytest

import xinjiang_fta
import xinjiang_fta as x

from .processes import imported_after

# The converter module's one name, ``converter``, is the submodule's own name, so it stays in its module.
MODULES = [
    "records",
    "serialize",
    "files",
    "schema",
    "export",
    "lookups",
    "aggregate",
    "_search",
    "html",
    "plot",
]


def test_importing_the_package_imports_nothing_heavy() -> None:
    heavy = [
        *("cattrs", "json", "csv", "difflib", "fractions", "html", "importlib.metadata"),
        *("pandas", "frictionless", "jsonschema", "matplotlib"),
        *("xinjiang_fta._loading", "xinjiang_fta.lookups", "xinjiang_fta.plot", "xinjiang_fta.converter"),
    ]
    assert imported_after("import xinjiang_fta", heavy) == []


def test_using_a_lazy_name_imports_only_what_it_needs() -> None:
    assert imported_after("import xinjiang_fta; xinjiang_fta.to_json", ["cattrs", "pandas"]) == ["cattrs"]


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


def test_every_public_name_is_exported_and_documented() -> None:
    for name in x.__all__:
        value = getattr(x, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__doc__, name


def test_constants_are_the_bundled_zone_and_its_parts() -> None:
    zone = x.ZONE
    assert x.AREAS == zone.areas
    assert x.DOMAINS == zone.domains
    assert x.MEASURES == zone.measures
    assert x.DATA_VERSION == zone.data_version
    assert [x.URUMQI, x.KASHGAR, x.HORGOS] == list(zone.areas)
    assert [a.id for a in (x.URUMQI, x.KASHGAR, x.HORGOS)] == ["urumqi", "kashgar", "horgos"]


def test_constants_are_immutable_tuples() -> None:
    for collection in (x.AREAS, x.DOMAINS, x.MEASURES):
        assert isinstance(collection, tuple)
    assert len(x.MEASURES) == 25
    assert len(x.DOMAINS) == 8


def test_data_version_is_separate_from_the_code_version() -> None:
    assert x.DATA_VERSION.version == "1.1.0"
    assert x.DATA_VERSION.as_of.isoformat() == "2023-10-21"
    assert x.__version__ == "0.1.0"


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'NOPE'"):
        x.NOPE  # noqa: B018


def test_dir_lists_the_public_names() -> None:
    assert set(x.__all__) <= set(dir(x))
