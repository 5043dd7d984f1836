"""Measure xinjiang_fta against its performance targets and print each figure with its verdict.

Run from the repository root, with the ``bench`` extra (pycountry and us) installed::

    python benchmarks/run.py            # the full run, a few minutes
    python benchmarks/run.py --quick    # a smoke run: few repetitions, small zones

Uses ``src/`` when it is there, the installed package otherwise. The figures (see
docs/benchmarks.md for how they are taken and read):

1. import and first lookup, each snippet a fresh ``python -c`` process, all snippets
   taking turns in a new shuffled order each round; medians, and the ratios of the
   same run against ``import attrs, decimal, datetime, json`` (what the records are
   made of) and against pycountry's and us's import and first lookup; peak memory;
2. per call: a lookup, a search, a whole-zone JSON round trip, and a lookup of a
   10 MB key against a scan of the key (bounded work);
3. scale: synthetic zones of 1,000 and 10,000 measures, each figure the best of
   several fresh processes, and how it grows with ten times the data.

Timings belong here, never in the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "src")
if os.path.isdir(os.path.join(SRC, "xinjiang_fta")):
    sys.path.insert(0, SRC)
else:  # pragma: no cover - the installed package
    SRC = ""

sys.path.insert(0, HERE)

import _synthetic  # noqa: E402

import xinjiang_fta as x  # noqa: E402

YARDSTICK = "import attrs, decimal, datetime, json"
SNIPPETS = {
    "yardstick: " + YARDSTICK: YARDSTICK,
    "xinjiang_fta: import, area('urumqi')": "import xinjiang_fta as x; x.area('urumqi')",
    "pycountry: import, lookup('de')": "import pycountry; pycountry.countries.lookup('de')",
    "us: import, lookup('CA')": "import us; us.states.lookup('CA')",
}
PEAK = "\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"  # peak memory, KiB
QUERIES = ("物流", "Central Asia", "RMB")
FIGURES = ("from_json", "first lookup", "lookup per call", "first search", "search per call")
_met: list[bool] = []


def report(name: str, value: str, target: str = "", met: bool | None = None) -> None:
    """Print one figure; *met* is None for a figure given for reference only."""
    verdict = "" if met is None else ("met" if met else "NOT MET")
    print(f"  {name:<52} {value:>16}   {target:<22} {verdict}".rstrip())
    if met is not None:
        _met.append(met)


def per_call(fn: Callable[[], object], repeat: int = 7) -> float:
    """Seconds per call of *fn*: the median of *repeat* timeit runs of about 0.2 s each."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


def child_env(pycache: str) -> dict[str, str]:
    """The environment of every child: bytecode cached (as an installed package has it), src/ first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPYCACHEPREFIX"] = pycache
    if SRC:
        env["PYTHONPATH"] = SRC
    return env


def startup(runs: int) -> None:
    print(f"\n## 1. Import and first lookup: fresh processes, {runs} shuffled rounds, medians\n")
    walls: dict[str, list[float]] = {name: [] for name in SNIPPETS}
    peaks: dict[str, list[int]] = {name: [] for name in SNIPPETS}
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as pycache:
        env = child_env(pycache)
        for round_ in range(runs + 2):  # two warm-up rounds write the bytecode caches
            for name in rng.sample(list(SNIPPETS), len(SNIPPETS)):
                start = time.perf_counter()
                run = subprocess.run(
                    [sys.executable, "-c", SNIPPETS[name] + PEAK], env=env, capture_output=True
                )
                if run.returncode != 0:
                    report(name, "not installed" if b"ModuleNotFoundError" in run.stderr else "failed")
                    walls.pop(name, None)
                    continue
                if round_ >= 2 and name in walls:
                    walls[name].append(time.perf_counter() - start)
                    peaks[name].append(int(run.stdout.split()[-1]))
            rng.shuffle(list(SNIPPETS))
    median = {name: statistics.median(w) for name, w in walls.items() if w}
    for name, wall in median.items():
        report(name, f"{wall * 1000:.1f} ms", f"peak {statistics.median(peaks[name]) / 1024:.1f} MiB")
    ours, yardstick = (
        median.get("xinjiang_fta: import, area('urumqi')"),
        median.get("yardstick: " + YARDSTICK),
    )
    if ours and yardstick:
        report("xinjiang_fta / yardstick", f"{ours / yardstick:.3f}×", "≤ 1.20×", ours / yardstick <= 1.20)
    for peer in ("pycountry", "us"):
        theirs = next((w for n, w in median.items() if n.startswith(peer)), None)
        if ours and theirs:
            report(f"xinjiang_fta / {peer}", f"{ours / theirs:.3f}×", "≤ 0.90×", ours / theirs <= 0.90)


def per_calls() -> None:
    print("\n## 2. Per call: timeit, medians\n")
    keys = [k for a in x.AREAS for k in (a.id, a.name.ja, a.name.en, a.name.zh, *a.aliases) if k]
    worst, key = max((per_call(functools.partial(x.area, k)), k) for k in keys)
    report(f"lookup by any name (worst: {key!r})", f"{worst * 1e6:.2f} µs", "≤ 2 µs", worst <= 2e-6)
    worst, query = max((per_call(functools.partial(x.search, q)), q) for q in QUERIES)
    report(f"search every text (worst: {query!r})", f"{worst * 1e6:.1f} µs", "≤ 200 µs", worst <= 200e-6)
    text = x.to_json(x.ZONE)
    assert x.from_json(text) == x.ZONE
    trip = per_call(lambda: x.from_json(x.to_json(x.ZONE)))
    report("whole-zone JSON round trip", f"{trip * 1e3:.2f} ms", "≤ 5 ms", trip <= 5e-3)
    # A new 10 MB key (of UTF-8) each time, so that no call finds its hash already made.
    keys = ["\ufdfa" * 3_333_333 + str(i) for i in range(5)]
    scan = statistics.median(_once(functools.partial(str.__contains__, k, "x")) for k in keys[:2])
    lookup = statistics.median(_once(functools.partial(_miss, k)) for k in keys[2:])
    report("area() of a new 10 MB key", f"{lookup * 1e6:.1f} µs", f"a scan of it: {scan * 1e6:.0f} µs")


def _once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _miss(key: str) -> None:
    with contextlib.suppress(KeyError, ValueError):
        x.area(key)


def child(path: str) -> dict[str, float]:
    """The scale figures of the zone file at *path*, in seconds; run in a fresh process."""
    import gc

    from xinjiang_fta.conversion import converter

    converter.get_structure_hook(x.Zone)  # imports and builds the converter's hooks: not timed
    with open(path, encoding="utf-8") as file:
        text = file.read()

    def once(fn: Callable[[], object]) -> float:
        gc.collect()  # so that a call pays for what it makes, not for what came before it
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    box: list[x.Zone] = []
    figures = {"from_json": once(lambda: box.append(x.from_json(text)))}
    zone = box[0]
    key = zone.areas[len(zone.areas) // 2].name.en
    figures["first lookup"] = once(lambda: x.area(key, zone=zone))
    figures["lookup per call"] = (
        min(timeit.repeat(lambda: x.area(key, zone=zone), number=1000, repeat=3)) / 1000
    )
    figures["first search"] = once(lambda: x.search(_synthetic.ACTION_WORD, zone=zone))
    figures["search per call"] = (
        min(timeit.repeat(lambda: x.search(_synthetic.ACTION_WORD, zone=zone), number=5, repeat=3)) / 5
    )
    return figures


def scale(sizes: list[int], runs: int) -> None:
    shown = ", ".join(f"{n:,}" for n in sizes)
    print(f"\n## 3. Scale: synthetic zones of {shown} measures, best of {runs} fresh processes\n")
    best: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = child_env(os.path.join(folder, "pycache"))
        paths = {}
        for n in sizes:
            paths[n] = os.path.join(folder, f"zone-{n}.json")
            x.dump_zone(_synthetic.zone(n), paths[n])
        for n in sizes:
            rows = [
                json.loads(
                    subprocess.run(
                        [sys.executable, __file__, "--child", paths[n]],
                        env=env,
                        check=True,
                        capture_output=True,
                        text=True,
                    ).stdout
                )
                for _ in range(runs + 1)
            ][1:]  # the first run writes the bytecode cache
            best[n] = {name: min(row[name] for row in rows) for name in FIGURES}
    for name in FIGURES:
        for n in sizes:
            seconds = best[n][name]
            shown = f"{seconds * 1e6:.2f} µs" if "per call" in name else f"{seconds * 1e3:.2f} ms"
            report(f"{name}, {n:,} measures", shown)
        for small, large in itertools.pairwise(sizes):
            growth, allowed = best[large][name] / best[small][name], 1.2 * large / small
            report(f"{name}: {large:,} vs {small:,}", f"{growth:.2f}×", f"≤ {allowed:g}×", growth <= allowed)
    if 10_000 in best:
        load = best[10_000]["from_json"]
        report("a 10,000-measure zone loads", f"{load * 1e3:.0f} ms", "< 1 s", load < 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 rounds, zones of 100 and 1,000")
    parser.add_argument("--runs", type=int, default=40, help="rounds of fresh processes (default 40)")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    runs, sizes, scale_runs = (3, [100, 1000], 1) if args.quick else (args.runs, [1000, 10_000], 7)
    print(
        f"# xinjiang_fta {x.__version__} benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    print(f"load average at start: {os.getloadavg()[0]:.2f} (other work on the machine skews the figures)")
    startup(runs)
    per_calls()
    scale(sizes, scale_runs)
    print(f"\n{sum(_met)} of {len(_met)} targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
