"""The lazy faces of the package and of its ``export`` namespace: one table of names each.

A face's table (module: its public names, space-separated) drives its ``__all__``, its
``__dir__`` and its module ``__getattr__``, which imports a name's module on first use, so that
importing the face imports nothing but this module. Type checkers read the face's
``__init__.pyi``, generated from the same table and checked against it by the tests.
"""

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy(
    package: str, table: Mapping[str, str]
) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__all__``, ``__getattr__`` and ``__dir__`` of the face *package*, from its *table*.

    A name given as its own module (``"export": "export"``) is that submodule. A module named with
    dots (``"..json_schema"``) is read as a relative import is, from *package*.
    """
    modules = {name: module for module, names in table.items() for name in names.split()}
    face = importlib.import_module(package)

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        found = importlib.import_module(module if module.startswith(".") else f".{module}", package)
        value = found if module == name else getattr(found, name)
        setattr(face, name, value)  # later reads are plain attribute reads
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(face)) | set(modules))

    return sorted(modules), __getattr__, __dir__
