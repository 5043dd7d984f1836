"""Fresh-process figures of ``python -c`` snippets: time and peak memory, interleaved.

Every snippet runs in a new interpreter, the way a script or a command line pays for an
import. The runs of all snippets alternate, in a new shuffled order each round, so that
a drift of the machine (another job, a change of clock speed) falls on all of them
alike; the figures are medians.

Time is the wall time of the whole child process, from spawn to exit. Peak memory is
the child's own high-water mark of resident memory (``VmHWM`` in ``/proc/self/status``,
printed by the child as it exits): on Linux, the ``ru_maxrss`` of a child spawned by a
Python process also counts the parent's memory copied at the fork, which would hide
any difference between the snippets. Where ``/proc`` is missing, the child prints
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` instead, and the figures say so.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["MEMORY_SOURCE", "Memory", "Timing", "child_env", "memory", "timing"]

_HAS_PROC = os.path.exists("/proc/self/status")

MEMORY_SOURCE = "VmHWM of /proc/self/status" if _HAS_PROC else "ru_maxrss (includes the forked parent)"
"""Where the peak-memory figures come from on this machine."""

_PRINT_PEAK = (
    "\n_s = open('/proc/self/status').read()\nprint(_s.split('VmHWM:')[1].split()[0])"
    if _HAS_PROC
    else "\nimport resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)


@dataclass(frozen=True)
class Timing:
    """The medians of many fresh runs of one snippet."""

    wall_ms: float
    """Median wall time of the child process, in milliseconds."""
    cpu_ms: float
    """Median user + system CPU time of the child, in milliseconds."""
    best_ms: float
    """Shortest wall time of all runs, in milliseconds."""
    runs: int


@dataclass(frozen=True)
class Memory:
    """The median peak resident memory of fresh runs of one snippet."""

    peak_kib: int
    runs: int


def child_env(src: str | None, pycache: str) -> dict[str, str]:
    """The environment of every child: the same for all snippets, bytecode cached as for a user.

    The children write and read their bytecode under *pycache* (``PYTHONPYCACHEPREFIX``),
    whatever ``PYTHONDONTWRITEBYTECODE`` says here: a user's installed packages have
    their ``.pyc`` files, so compiling sources on every run would measure a cost no user
    pays. *src*, if given, goes on ``PYTHONPATH`` for every snippet alike.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPYCACHEPREFIX"] = pycache
    if src is not None:
        env["PYTHONPATH"] = src
    return env


def _run(code: str, env: Mapping[str, str]) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"snippet failed with exit code {proc.returncode}: {code}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, out


def _rounds(
    snippets: Mapping[str, str], runs: int, warmup: int, src: str | None, seed: int
) -> dict[str, list[tuple[float, float, str]]]:
    rng = random.Random(seed)
    results: dict[str, list[tuple[float, float, str]]] = {name: [] for name in snippets}
    with tempfile.TemporaryDirectory(prefix="xfta-bench-pyc-") as pycache:
        env = child_env(src, pycache)
        for _ in range(warmup):  # writes the bytecode cache, warms the file cache
            for code in snippets.values():
                _run(code, env)
        for _ in range(runs):
            for name in rng.sample(list(snippets), len(snippets)):
                results[name].append(_run(snippets[name], env))
    return results


def timing(
    snippets: Mapping[str, str], runs: int, src: str | None, warmup: int = 3, seed: int = 0
) -> dict[str, Timing]:
    """Run every snippet *runs* times, interleaved in shuffled rounds; return their medians."""
    results = _rounds(snippets, runs, warmup, src, seed)
    return {
        name: Timing(
            wall_ms=statistics.median(r[0] for r in rows),
            cpu_ms=statistics.median(r[1] for r in rows),
            best_ms=min(r[0] for r in rows),
            runs=len(rows),
        )
        for name, rows in results.items()
    }


def memory(snippets: Mapping[str, str], runs: int, src: str | None, seed: int = 1) -> dict[str, Memory]:
    """Run every snippet *runs* times, ending by printing its peak memory; return the medians."""
    probed = {name: code + _PRINT_PEAK for name, code in snippets.items()}
    results = _rounds(probed, runs, 1, src, seed)
    return {
        name: Memory(peak_kib=int(statistics.median(int(r[2].split()[-1]) for r in rows)), runs=len(rows))
        for name, rows in results.items()
    }
