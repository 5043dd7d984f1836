"""Sphinx configuration of the xinjiang_fta documentation (MyST Markdown and notebooks with myst-nb, furo).

Build with warnings as errors, as the tests do (the build executes docs/tour.ipynb):
``sphinx-build -W --keep-going -n -b html docs docs/_build/html``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Document the source tree, installed or not, and run the notebook on it (its kernel reads PYTHONPATH).
sys.path.insert(0, str(ROOT / "src"))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))

import attrs  # noqa: E402

import xinjiang_fta  # noqa: E402

project = "xinjiang_fta"
author = "The xinjiang_fta developers"
copyright = "the xinjiang_fta developers"
release = xinjiang_fta.__version__
version = release

extensions = ["myst_nb", "sphinx.ext.autodoc"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints", "conftest.py"]

# The notebook is stored without outputs: every build runs it (in a temporary directory, with the
# source tree first on the kernel's path, set above), and a cell that fails fails the build.
nb_execution_mode = "force"
nb_execution_in_temp = True
nb_execution_raise_on_error = True
nb_execution_timeout = 120

# No internet where the docs are built, so no intersphinx: these references to
# the standard library and matplotlib stay plain text instead of failing -n.
nitpicky = True
nitpick_ignore = [
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "decimal.Decimal"),
    ("py:class", "Decimal"),
    ("py:class", "fractions.Fraction"),
    ("py:class", "Fraction"),
    ("py:class", "os.PathLike"),
    ("py:class", "pathlib.Path"),
    ("py:class", "pd.DataFrame"),
    ("py:class", "pandas.DataFrame"),
    ("py:class", "xinjiang_fta.serialize.R"),  # the TypeVar of from_dict and from_json
    ("py:class", "xinjiang_fta.text_search.R"),  # the record type of a Hit and of records_of
    ("py:class", "R"),  # the same, as attrs' __init__ of Hit names it
    ("py:class", "Axes"),  # matplotlib.axes.Axes, imported for type checking only
    ("py:class", "cattrs.ClassValidationError"),
    ("py:class", "cattrs.IterableValidationError"),
    ("py:mod", "csv"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_type_aliases = {  # shown by name in signatures, linked to their entries, not spelt out
    "Lang": "xinjiang_fta.texts.Lang",
    "HitKind": "xinjiang_fta.text_search.HitKind",
    "HitField": "xinjiang_fta.text_search.HitField",
}
# Data shows its value (records have short reprs); the API page hides the few long ones with :no-value:.

html_theme = "furo"
html_title = "xinjiang_fta"
html_static_path = ["_static"]


_FACES = ("xinjiang_fta", "xinjiang_fta.export")
"""The packages whose names are documented where users import them (their ``__all__``)."""


def _documented(env: Any) -> list[str]:
    return [name for name in env.get_domain("py").objects if name.startswith("xinjiang_fta.")]


def _resolve_public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve a reference to the place where its object is documented.

    The objects live in submodules (``xinjiang_fta.records.Area``,
    ``xinjiang_fta.export.tables.Table``) but are documented where users import
    them (``xinjiang_fta.Area``, ``xinjiang_fta.export.Table``); signatures and
    docstrings name the submodule, or give a bare name such as ``Lang`` or
    ``MAX_SIZE``. The longest dotted tail of the target that names exactly one
    documented object of the package is that object.
    """
    if node.get("refdomain") != "py" or node.get("reftype") == "mod":
        return None
    parts = node.get("reftarget", "").split(".")
    documented = _documented(env)
    for start in range(len(parts)):
        tail = ".".join(parts[start:])
        if not re.fullmatch(r"\w+(\.\w+)*", tail):
            return None
        found = [name for name in documented if name.endswith(f".{tail}")]
        if len(found) > 1:
            found = [name for name in found if name in (f"{face}.{tail}" for face in _FACES)]
        if len(found) == 1:
            py = env.get_domain("py")
            return py.resolve_xref(env, node["refdoc"], app.builder, "obj", found[0], node, contnode)
        if found:
            return None
    return None


def _reexported_data_docstring(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Give re-exported data the docstring written beside it in its submodule, not its type's."""
    face, _, short_name = name.rpartition(".")
    docs = _SUBMODULE_DATA_DOCS.get(short_name) if face in _FACES else None
    if what == "data" and docs and lines[: len(docs) - 1] != docs[:-1]:
        lines[:] = docs


def _submodule_data_docs() -> dict[str, list[str]]:
    """The docstrings written beside the public data of the packages' submodules, by name.

    Their annotations (``ZONE: Zone``) are given to the faces, so that the data shows its type there.
    """
    from sphinx.pycode import ModuleAnalyzer

    public = {name for face in _FACES for name in importlib.import_module(face).__all__}
    public.add("__version__")  # the package's own, documented beside it in _version.py
    docs: dict[str, list[str]] = {}
    annotations: dict[str, str] = {}
    for module in pkgutil.walk_packages(xinjiang_fta.__path__, "xinjiang_fta."):
        if module.name == "xinjiang_fta.__main__":  # analysing it would run the command line
            continue
        analyzer = ModuleAnalyzer.for_module(module.name)
        for (scope, attr), doc in analyzer.find_attr_docs().items():
            if scope == "" and attr in public:
                docs[attr] = list(doc)
                if ("", attr) in analyzer.annotations:
                    annotations[attr] = analyzer.annotations["", attr]
    for face in map(importlib.import_module, _FACES):
        face.__annotations__ = {name: annotations[name] for name in face.__all__ if name in annotations}
    return docs


_SUBMODULE_DATA_DOCS = _submodule_data_docs()


def _record_fields(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Document the fields of a record from their ``doc`` metadata, where the records state the format."""
    if what != "class" or not attrs.has(obj):
        return
    from sphinx.util.typing import stringify_annotation

    for field in attrs.fields(obj):
        if "doc" not in field.metadata:
            continue
        kind = stringify_annotation(field.type, "smart")
        lines += ["", f".. attribute:: {field.name}", f"   :type: {kind}", "", f"   {field.metadata['doc']}"]


def _type_alias_names(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, *_: Any
) -> Any:
    """Name a type alias in a union in an attrs class's signature (``Lang | None``), as elsewhere."""
    if signature is not None and "TypeAliasForwardRef(" in signature:
        return re.sub(r"TypeAliasForwardRef\('([\w.]+)'\)", r"\1", signature), None
    return None


def setup(app: Any) -> None:
    app.connect("autodoc-process-signature", _type_alias_names)
    app.connect("missing-reference", _resolve_public_name)
    app.connect("autodoc-process-docstring", _reexported_data_docstring)
    app.connect("autodoc-process-docstring", _record_fields)
