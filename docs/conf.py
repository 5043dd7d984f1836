"""Sphinx configuration of the xinjiang_fta documentation (MyST Markdown, furo theme).

Build with warnings as errors, as the tests do:
``sphinx-build -W --keep-going -n -b html docs docs/_build/html``.
"""

from __future__ import annotations

import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # document the source tree, installed or not

import xinjiang_fta  # noqa: E402

project = "xinjiang_fta"
author = "The xinjiang_fta developers"
copyright = "the xinjiang_fta developers"
release = xinjiang_fta.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints", "conftest.py"]

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
    ("py:class", "Axes"),  # matplotlib.axes.Axes, imported for type checking only
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"no-value": True}

html_theme = "furo"
html_title = "xinjiang_fta"
html_static_path = ["_static"]


def _resolve_public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``xinjiang_fta.<module>.Name`` and a bare public ``Name`` to ``xinjiang_fta.Name``.

    The records live in submodules but are documented where users import them,
    the package; signatures still name the submodule, or give a bare type alias
    such as ``Lang``.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    match = re.fullmatch(r"(?:xinjiang_fta\.[a-z_]+\.)?(\w+(?:\.\w+)*)", target)
    if match is None or match.group(1).split(".")[0] not in xinjiang_fta.__all__:
        return None
    public = f"xinjiang_fta.{match.group(1)}"
    return env.get_domain("py").resolve_xref(env, node["refdoc"], app.builder, "obj", public, node, contnode)


def _reexported_data_docstring(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Give re-exported data the docstring written beside it in its submodule, not its type's."""
    docs = _SUBMODULE_DATA_DOCS.get(name.removeprefix("xinjiang_fta."))
    if what == "data" and docs and lines[: len(docs) - 1] != docs[:-1]:
        lines[:] = docs


def _submodule_data_docs() -> dict[str, list[str]]:
    from sphinx.pycode import ModuleAnalyzer

    docs: dict[str, list[str]] = {}
    for module in pkgutil.walk_packages(xinjiang_fta.__path__, "xinjiang_fta."):
        if module.name == "xinjiang_fta.__main__":  # analysing it would run the command line
            continue
        analyzer = ModuleAnalyzer.for_module(module.name)
        for (scope, attr), doc in analyzer.find_attr_docs().items():
            if scope == "" and attr in xinjiang_fta.__all__:
                docs[attr] = list(doc)
    return docs


_SUBMODULE_DATA_DOCS = _submodule_data_docs()


def setup(app: Any) -> None:
    app.connect("missing-reference", _resolve_public_name)
    app.connect("autodoc-process-docstring", _reexported_data_docstring)
