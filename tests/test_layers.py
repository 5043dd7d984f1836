"""The house of the package: every module in a layer, imports that only go down, no circle.

The imports are read from the source with :mod:`ast`, an import inside a function
included, so what is checked is what the code says, not what one run happens to
import. docs/architecture.md draws the same layers.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "xinjiang_fta"

LAYERS = {
    1: "records: the values and their checks",
    2: "data: reading and writing zones, the errors",
    3: "queries: lookup, search, aggregation",
    4: "presentation: terminal text, HTML, plots, exports",
    5: "faces: the package, its namespaces, the command line",
}
LAYER_OF = {
    **dict.fromkeys(["_checks", "_exact", "_version", "texts", "provenance", "records"], 1),
    **dict.fromkeys(["errors", "bundled", "conversion", "serialize", "_atomic", "files", "json_schema"], 2),
    **dict.fromkeys(["_zone_index", "lookup", "text_search", "aggregate"], 3),
    **dict.fromkeys(["_labels", "_layout", "_terminal", "html_view", "plot"], 4),
    **dict.fromkeys(["export.tables", "export.csv_files", "export.dataframe", "export.datapackage"], 4),
    **dict.fromkeys(["__init__", "__main__", "_face", "cli", "export.__init__", "data.__init__"], 5),
}
EXCEPTIONS = {("records", "html_view")}
"""The one import up the layers: the records' Jupyter hook ``_repr_html_`` renders with the HTML module."""


def _module(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _imports(path: Path) -> set[str]:
    """The package's modules that the module at *path* imports anywhere in its code."""
    name = _module(path)
    package = name.split(".")[:-1]  # the package the module is in, relative to xinjiang_fta
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {
                a.name.removeprefix("xinjiang_fta.") for a in node.names if a.name.startswith("xinjiang_fta")
            }
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if not (node.module or "").startswith("xinjiang_fta"):
                    continue
                base = (node.module or "").split(".")[1:]
            else:
                base = package[: len(package) - node.level + 1] + (
                    node.module.split(".") if node.module else []
                )
            for alias in node.names:
                candidate = ".".join([*base, alias.name])
                found.add(candidate if _exists(candidate) else ".".join(base))
    return {_canonical(m) for m in found if m}


def _exists(module: str) -> bool:
    path = PACKAGE.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _canonical(module: str) -> str:
    return (
        f"{module}.__init__" if (PACKAGE.joinpath(*module.split(".")) / "__init__.py").is_file() else module
    )


GRAPH = {_module(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_layer() -> None:
    assert set(GRAPH) == set(LAYER_OF), "place the new module in LAYER_OF (and in docs/architecture.md)"


def upward(graph: dict[str, set[str]], layer_of: dict[str, int]) -> list[tuple[str, str]]:
    """Every import from a module to one in a higher layer, but the documented exception."""
    return sorted(
        (module, imported)
        for module, imports in graph.items()
        for imported in imports
        if layer_of[imported] > layer_of[module] and (module, imported) not in EXCEPTIONS
    )


def circle(graph: dict[str, set[str]]) -> list[str]:
    """An import circle of *graph* (its modules in order, the first again at the end), or []."""
    finished: set[str] = set()

    def visit(module: str, trail: list[str]) -> list[str]:
        if module in trail:
            return [*trail[trail.index(module) :], module]
        if module not in finished:
            for imported in sorted(graph[module]):
                if (module, imported) not in EXCEPTIONS:  # the hook is the one way back up
                    found = visit(imported, [*trail, module])
                    if found:
                        return found
            finished.add(module)
        return []

    for module in sorted(graph):
        found = visit(module, [])
        if found:
            return found
    return []


def test_imports_go_down_only() -> None:
    assert upward(GRAPH, LAYER_OF) == []


def test_there_is_no_import_circle() -> None:
    assert circle(GRAPH) == []


def test_an_upward_import_or_a_circle_would_be_found() -> None:
    graph = {name: set(imports) for name, imports in GRAPH.items()}
    graph["lookup"].add("cli")  # a query reaching up to the face
    assert upward(graph, LAYER_OF) == [("lookup", "cli")]
    assert circle(graph)[0] == circle(graph)[-1]
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    assert circle(graph) == ["a", "b", "c", "a"]
    assert upward(graph, {"a": 1, "b": 1, "c": 1}) == []
    assert circle({"records": {"html_view"}, "html_view": {"records"}}) == []  # the documented hook


def test_the_reader_sees_real_imports() -> None:
    # The reader itself: imports at the top and inside functions, from this package and from the parent.
    assert GRAPH["records"] == {"_exact", "provenance", "texts", "_checks", "html_view"}
    assert GRAPH["export.csv_files"] == {"export.tables", "_atomic", "errors", "records", "serialize"}
    assert {"lookup", "_terminal", "export.csv_files"} <= GRAPH["cli"]  # imported inside functions


def test_the_one_upward_import_is_the_documented_hook() -> None:
    source = (PACKAGE / "records.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    hooks = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(isinstance(n, ast.ImportFrom) and n.module == "html_view" for n in ast.walk(node))
    ]
    assert [hook.name for hook in hooks] == ["_repr_html_"]
