"""Scale figures of synthetic zones, each taken in a fresh process, as a user who loads a zone pays them.

A parent writes each synthetic zone to a temporary file; a child (this module run as a
script) imports the package and the converter and builds the converter's hooks for a
zone (so that no import is timed), reads the file, and times:

- ``from_json`` of the file's text, once: what loading the zone costs;
- the first lookup of an area, which builds the zone's lookup indexes, then a lookup per
  call (the best of 3 ``timeit`` repeats of at least 0.2 s);
- the first search, which builds the search index, then a search per call (likewise).

Each call made once starts after a full garbage collection, so that it pays for
collecting what it makes, not what the steps before it left.

Every child starts from the same state, whatever the size: no zone has been built in it
yet. In one long-lived process, a small zone is built in memory that the interpreter
took from the system for an earlier one and kept, while a large one needs new pages,
which the system must map and zero (page faults); repeating ``from_json`` in one
process therefore flatters the small zones. :func:`measure` gives that figure too, for
reference.

The runs of all sizes take turns in a shuffled order, as in :mod:`_startup`. Each
figure is the best of its runs: on a shared machine, other work only ever adds time,
and a growth taken between two medians swings with it.
"""

from __future__ import annotations

import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from typing import Any

from _startup import child_env
from _synthetic import ACTION_WORD, zone_data

__all__ = ["FIGURES", "IN_PROCESS", "child", "measure"]

FIGURES = (
    "from_json",
    "first lookup (builds indexes)",
    "lookup per call",
    "first search (builds index)",
    "search per call",
)
"""The names of the figures a child takes, in the order they are printed."""


def _best(fn: Callable[[], object]) -> float:
    """Seconds per call of *fn*: the best of 3 timeit repeats of at least 0.2 s each.

    The best, not the median: on a shared machine, other work only ever adds time.
    """
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=3, number=number)) / number


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _once(fn: Callable[[], object]) -> float:
    """Seconds of one call of *fn*, after a full garbage collection.

    The collection first, so that the call pays for collecting what it makes, not what
    the steps before it left (a full collection walks every object of the process).
    """
    gc.collect()
    return _seconds(fn)


def child(path: str) -> dict[str, float]:
    """The figures of the zone in the file at *path*, in seconds (run in a fresh process)."""
    import xinjiang_fta as x
    from xinjiang_fta.converter import converter

    from_json = x.from_json  # imports the serialization code: not timed
    converter.get_structure_hook(x.Zone)  # builds the converter's hooks: not timed
    with open(path, encoding="utf-8") as file:
        text = file.read()
    box: list[Any] = []
    figures = {"from_json": _once(lambda: box.append(from_json(text)))}
    zone = box[0]
    key = zone.areas[len(zone.areas) // 2].name.en
    figures["first lookup (builds indexes)"] = _once(lambda: zone.area(key))
    figures["lookup per call"] = _best(lambda: zone.area(key))
    figures["first search (builds index)"] = _once(lambda: zone.search(ACTION_WORD))
    figures["search per call"] = _best(lambda: zone.search(ACTION_WORD))
    return figures


IN_PROCESS = "from_json in one process"
"""The name of the reference figure :func:`measure` takes in the calling process, not in a child."""


def measure(
    sizes: Sequence[int], runs: int, src: str | None, repeat: int, seed: int = 2
) -> dict[int, dict[str, float]]:
    """The best figures of *runs* fresh children for each zone size, by size.

    Beside them, under :data:`IN_PROCESS`, the best of *repeat* calls of ``from_json``
    on the same text in this process, for reference.
    """
    rng = random.Random(seed)
    results: dict[int, list[dict[str, float]]] = {n: [] for n in sizes}
    with tempfile.TemporaryDirectory(prefix="xfta-bench-scale-") as folder:
        paths = {}
        for n in sizes:
            paths[n] = os.path.join(folder, f"zone-{n}.json")
            with open(paths[n], "w", encoding="utf-8") as file:
                json.dump(zone_data(n), file, ensure_ascii=False)
        env = child_env(src, os.path.join(folder, "pycache"))
        script = os.path.abspath(__file__)
        subprocess.run([sys.executable, script, paths[sizes[0]]], env=env, check=True, capture_output=True)
        for _ in range(runs):
            for n in rng.sample(list(sizes), len(sizes)):
                out = subprocess.run(
                    [sys.executable, script, paths[n]], env=env, check=True, capture_output=True, text=True
                ).stdout
                results[n].append(json.loads(out))
        figures = {n: {name: min(r[name] for r in rows) for name in FIGURES} for n, rows in results.items()}
        for n in sizes:
            figures[n][IN_PROCESS] = _in_process(paths[n], repeat)
    return figures


def _in_process(path: str, repeat: int) -> float:
    """The best seconds of *repeat* calls of ``from_json`` of the file at *path*, in this process."""
    import xinjiang_fta as x

    with open(path, encoding="utf-8") as file:
        text = file.read()
    return min(_seconds(lambda: x.from_json(text)) for _ in range(repeat))


if __name__ == "__main__":
    print(json.dumps(child(sys.argv[1])))
