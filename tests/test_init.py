"""Tests of the package's face: one table of names, lazy imports, the stubs type checkers read.

Run ``python -m tests.test_init`` to write the stubs again after changing a face's table.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import sys
from pathlib import Path
from types import ModuleType

import pytest

import xinjiang_fta
import xinjiang_fta as x
import xinjiang_fta.export

from .processes import imported_after

FACES = {xinjiang_fta: {"_version": "__version__"}, xinjiang_fta.export: {}}
"""Each face and the names its stub gives besides its table (the version is not in __all__)."""


def _kind(name: str) -> tuple[int, str]:
    """isort's order of names: CONSTANTS, then Classes, then the rest."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def stub(face: ModuleType, extra: dict[str, str]) -> str:
    """The ``__init__.pyi`` that type checkers read for *face*, made from its table."""
    table = {**face._FACE, **extra}
    pairs = sorted(
        (("", n) if m == n else (m, n) for m, names in table.items() for n in names.split()),
        key=lambda pair: (pair[0], _kind(pair[1])),
    )
    lines = ["# Generated from _FACE in __init__.py by `python -m tests.test_init`: do not edit.", ""]
    relative = {m: m if m.startswith(".") else f".{m}" for m, _ in pairs}  # "..json_schema" stays as it is
    lines += [f"from {relative[m]} import {n} as {n}" if m else f"from . import {n} as {n}" for m, n in pairs]
    lines += ["", "__all__ = [", *(f'    "{n}",' for n in sorted(face.__all__, key=_kind)), "]", ""]
    return "\n".join(lines)


def _stub_path(face: ModuleType) -> Path:
    return Path(face.__file__ or "").with_suffix(".pyi")


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.__name__)
def test_the_stub_is_made_from_the_table(face: ModuleType) -> None:
    assert _stub_path(face).read_text(encoding="utf-8") == stub(face, FACES[face]), (
        "run `python -m tests.test_init` to write the stub again"
    )


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.__name__)
def test_every_name_of_the_table_is_given_by_its_module(face: ModuleType) -> None:
    for module, names in face._FACE.items():
        given = importlib.import_module(module if module.startswith(".") else f".{module}", face.__name__)
        for name in names.split():
            if name == module:
                assert getattr(face, name) is given
            else:
                assert name in given.__all__, f"{module}.__all__ lacks {name}"
                assert getattr(face, name) is getattr(given, name)


def test_the_face_has_at_most_40_names() -> None:
    assert len(x.__all__) <= 40  # 36 after issue 12, which allowed later work a few more
    assert len(set(x.__all__)) == len(x.__all__)
    table: dict[str, str] = vars(x)["_FACE"]
    assert sorted(x.__all__) == sorted(n for names in table.values() for n in names.split())


def test_every_public_name_is_documented() -> None:
    for face in FACES:
        for name in face.__all__:
            value = getattr(face, name)
            if inspect.isclass(value) or inspect.isfunction(value) or inspect.ismodule(value):
                assert value.__doc__, name


def test_importing_the_package_imports_nothing_heavy() -> None:
    heavy = [
        *("cattrs", "json", "csv", "difflib", "fractions", "html", "importlib.metadata", "tempfile"),
        *("pandas", "frictionless", "jsonschema", "matplotlib"),
        *("xinjiang_fta.records", "xinjiang_fta.lookup", "xinjiang_fta.plot", "xinjiang_fta.conversion"),
    ]
    assert imported_after("import xinjiang_fta", heavy) == []


def test_a_first_lookup_reads_the_data_without_cattrs_or_difflib() -> None:
    heavy = ["cattrs", "difflib", "csv", "tempfile", "fractions", "xinjiang_fta.export"]
    assert imported_after("import xinjiang_fta; xinjiang_fta.area('urumqi')", heavy) == []


def test_using_a_name_imports_only_what_it_needs() -> None:
    assert imported_after("import xinjiang_fta; xinjiang_fta.to_json", ["cattrs", "pandas"]) == ["cattrs"]
    assert imported_after("import xinjiang_fta; xinjiang_fta.export.dump_csv", ["csv", "pandas"]) == ["csv"]


def test_a_namespace_is_its_module() -> None:
    from xinjiang_fta import aggregate, export, plot

    assert x.aggregate is aggregate
    assert x.export is export
    assert x.plot is plot
    assert x.aggregate.measure_counts()[1] == 3


def test_constants_are_the_bundled_zone_and_its_parts() -> None:
    zone = x.ZONE
    assert x.AREAS == zone.areas
    assert x.DOMAINS == zone.domains
    assert x.MEASURES == zone.measures
    assert x.MEASURES is x.MEASURES
    assert x.DATA_VERSION == zone.data_version
    assert [x.URUMQI, x.KASHGAR, x.HORGOS] == list(zone.areas)
    assert [a.id for a in (x.URUMQI, x.KASHGAR, x.HORGOS)] == ["urumqi", "kashgar", "horgos"]
    assert len(x.MEASURES) == 25
    assert len(x.DOMAINS) == 8


def test_the_data_version_is_apart_from_the_code_version() -> None:
    assert x.DATA_VERSION.version == "1.1.0"
    assert x.DATA_VERSION.as_of.isoformat() == "2023-10-21"
    assert x.__version__ == "0.1.0"
    assert "__version__" not in x.__all__


def test_an_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'NOPE'"):
        x.NOPE  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match=r"'xinjiang_fta\.export' has no attribute 'NOPE'"):
        x.export.NOPE  # type: ignore[attr-defined]  # noqa: B018


def test_dir_lists_the_public_names() -> None:
    assert set(x.__all__) <= set(dir(x))
    assert set(x.export.__all__) <= set(dir(x.export))


def test_a_pickled_name_comes_back_through_the_face() -> None:
    error = x.NotFoundError("area", "nowhere")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
    assert pickle.loads(pickle.dumps(x.ZONE)) == x.ZONE


if __name__ == "__main__":  # pragma: no cover - the maintainer's command to write the stubs again
    for face, extra in FACES.items():
        _stub_path(face).write_text(stub(face, extra), encoding="utf-8")
        print(f"wrote {_stub_path(face)}", file=sys.stderr)
