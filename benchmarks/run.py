"""Measure the costs of xinjiang_fta against its targets and print whether each is met.

Run from the repository root (uses ``src/`` when it is there, the installed package
otherwise)::

    python benchmarks/run.py            # the full run, a few minutes
    python benchmarks/run.py --quick    # a smoke run: few repetitions, small zones

The figures are those of the issue "Benchmarks: the cheapest import in its class":
import and first lookup in a fresh process against ``import attrs`` (the floor) and
against pycountry and us; per-call costs; scale over synthetic zones; peak memory.
Figures that need a part of the API not yet in the package say so instead.
See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
_TREE_SRC = os.path.join(os.path.dirname(HERE), "src")
SRC = _TREE_SRC if os.path.isdir(os.path.join(_TREE_SRC, "xinjiang_fta")) else None
if SRC is not None:
    sys.path.insert(0, SRC)

import _report  # noqa: E402
import _scale  # noqa: E402
import _startup  # noqa: E402
from _report import Report, ms, per_call, us  # noqa: E402

import xinjiang_fta  # noqa: E402

x: Any = xinjiang_fta  # the parts of the API from other issues may be missing: typed loosely

FLOOR = "import attrs"
NEEDS = "import attrs, decimal, datetime, json"
"""The floor and the standard modules every record type and the data format need: exact sizes
(``Decimal``), the source's dates (``date``) and the data file (JSON). Not a target: it shows how
much of the 1.15× the standard library alone takes."""
PEERS = {
    "pycountry": "import pycountry; pycountry.countries.lookup('de')",
    "us": "import us; us.states.lookup('CA')",
}
SEARCH_QUERIES = ("物流", "Central Asia", "RMB")  # words users come with (issue 3)


def first_lookup_snippet() -> tuple[str, str]:
    """The snippet of import plus first lookup, and how it stands in while ``area`` is missing."""
    if hasattr(x, "area"):
        return "import xinjiang_fta as x; x.area('urumqi')", ""
    return "import xinjiang_fta as x; x.URUMQI", " (stand-in: x.URUMQI, no x.area yet)"


def installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


# --- 1. import and first lookup, 4. memory ---------------------------------------------


def snippets() -> tuple[dict[str, str], dict[str, str]]:
    """The fresh-process snippets by name, and those of the peers that are installed."""
    ours, _ = first_lookup_snippet()
    codes = {"python -c pass": "pass", "floor: import attrs": FLOOR, "xinjiang_fta": ours}
    codes["import attrs, cattrs"] = "import attrs, cattrs"
    codes["attrs + decimal, datetime, json"] = NEEDS
    codes["import xinjiang_fta (no lookup)"] = "import xinjiang_fta"
    peers = {name: code for name, code in PEERS.items() if installed(name)}
    return codes | peers, peers


def startup(report: Report, runs: int, warmup: int) -> None:
    ours, stand_in = first_lookup_snippet()
    codes, peers = snippets()

    report.section(f"1. Import and first lookup: fresh processes, {runs} interleaved runs each, medians")
    report.note(f"xinjiang_fta: {ours}{stand_in}")
    for name, code in PEERS.items():
        report.note(f"{name}: {code}" if name in peers else f"{name}: NOT INSTALLED (pip install {name})")
    print()
    times = _startup.timing(codes, runs, SRC, warmup=warmup)
    for name, t in times.items():
        report.figure(name, f"{t.wall_ms:7.1f} ms (cpu {t.cpu_ms:5.1f})", f"best {t.best_ms:.1f} ms", None)
    print()
    floor, subject = times["floor: import attrs"].wall_ms, times["xinjiang_fta"].wall_ms
    report.figure("xinjiang_fta / floor", f"{subject / floor:.3f}×", "≤ 1.15×", subject / floor <= 1.15)
    cpu_ratio = times["xinjiang_fta"].cpu_ms / times["floor: import attrs"].cpu_ms
    report.figure("xinjiang_fta / floor, CPU time", f"{cpu_ratio:.3f}×", "reference", None)
    report.figure(
        "import attrs, cattrs / floor",
        f"{times['import attrs, cattrs'].wall_ms / floor:.3f}×",
        "reference",
        None,
    )
    needs = times["attrs + decimal, datetime, json"].wall_ms
    report.figure("attrs + decimal, datetime, json / floor", f"{needs / floor:.3f}×", "reference", None)
    report.figure("xinjiang_fta / (attrs + decimal, …)", f"{subject / needs:.3f}×", "reference", None)
    imported = times["import xinjiang_fta (no lookup)"].wall_ms
    report.figure("import xinjiang_fta (no lookup) / floor", f"{imported / floor:.3f}×", "reference", None)
    for name in PEERS:
        if name not in peers:
            report.not_available(f"xinjiang_fta / {name}", "≤ 0.90×", f"{name} not installed")
            continue
        peer = times[name].wall_ms
        report.figure(f"xinjiang_fta / {name}", f"{subject / peer:.3f}×", "≤ 0.90×", subject / peer <= 0.90)
        report.figure(f"floor / {name}", f"{floor / peer:.3f}×", "reference", None)
        report.figure(
            f"import attrs, cattrs / {name}",
            f"{times['import attrs, cattrs'].wall_ms / peer:.3f}×",
            "reference",
            None,
        )


def memory(report: Report, memory_runs: int) -> None:
    report.section(f"4. Memory: peak resident memory, {memory_runs} interleaved runs each, medians")
    report.note(f"source: {_startup.MEMORY_SOURCE}")
    print()
    peaks = _startup.memory(snippets()[0], memory_runs, SRC)
    for name, m in peaks.items():
        report.figure(name, f"{m.peak_kib / 1024:.2f} MiB", "", None)
    extra = peaks["xinjiang_fta"].peak_kib - peaks["floor: import attrs"].peak_kib
    report.figure("xinjiang_fta − floor", f"{extra / 1024:+.2f} MiB", "≤ +2 MiB", extra <= 2048)


# --- 2. per-call costs -------------------------------------------------------------------


def area_keys(zone: Any) -> list[str]:
    """Every name of every area of *zone*: its id, its names in each language and its aliases."""
    keys = []
    for area in zone.areas:
        keys += [area.id, area.name.ja, area.name.en, *area.aliases]
        if area.name.zh is not None:
            keys.append(area.name.zh)
    return keys


def load_functions() -> tuple[Callable[[str], Any], Callable[[Any], str], str]:
    """``from_json`` and ``to_json`` of the package, or the converter standing in for them."""
    if hasattr(x, "from_json") and hasattr(x, "to_json"):
        return x.from_json, x.to_json, ""
    from xinjiang_fta.converter import converter

    def from_json(text: str) -> Any:
        return converter.structure(json.loads(text), x.Zone)

    def to_json(zone: Any) -> str:
        return json.dumps(converter.unstructure(zone), ensure_ascii=False, indent=2) + "\n"

    return from_json, to_json, " (stand-in: converter + json)"


def per_calls(report: Report) -> None:
    report.section(f"2. Per-call costs: timeit, median of {_report.REPEATS} repeats")
    zone = x.ZONE
    if hasattr(x, "area"):
        worst = max((per_call(partial(x.area, k)), k) for k in area_keys(zone))
        report.figure(f"lookup by any name (worst: {worst[1]!r})", us(worst[0]), "≤ 2 µs", worst[0] <= 2e-6)
    else:
        report.not_available("lookup by any name", "≤ 2 µs")
    report.figure("constant read: x.URUMQI", us(per_call(lambda: x.URUMQI)), "reference", None)
    if hasattr(x, "search"):
        worst = max((per_call(partial(x.search, q)), q) for q in SEARCH_QUERIES)
        report.figure(f"search all texts (worst: {worst[1]!r})", us(worst[0]), "≤ 200 µs", worst[0] <= 200e-6)
    else:
        report.not_available("search across all texts", "≤ 200 µs")
    from_json, to_json, stand_in = load_functions()
    text = to_json(zone)
    if from_json(text) != zone:
        raise RuntimeError("from_json(to_json(ZONE)) != ZONE")
    t = per_call(lambda: to_json(zone))
    report.figure(f"to_json(ZONE){stand_in}", ms(t), "≤ 5 ms", t <= 5e-3)
    t = per_call(lambda: from_json(text))
    report.figure(f"from_json(ZONE){stand_in}", ms(t), "≤ 5 ms", t <= 5e-3)
    from xinjiang_fta import _loading
    from xinjiang_fta._structure import structure_zone

    raw = _loading._bundled_bytes()
    t = per_call(lambda: structure_zone(json.loads(raw)))
    report.figure("bundled file by the fast path (read once)", ms(t), "reference", None)


# --- 3. scale ---------------------------------------------------------------------------


def scale(report: Report, sizes: Sequence[int], runs: int, repeat: int) -> None:
    report.section(
        f"3. Scale: synthetic zones of {', '.join(f'{n:,}' for n in sizes)} measures, "
        f"best of {runs} fresh processes each"
    )
    report.note("each child imports the package and builds the converter first, then times (see _scale.py)")
    print()
    figures = _scale.measure(sizes, runs, SRC, repeat)
    for name in _scale.FIGURES:
        seconds = [figures[n][name] for n in sizes]
        for n, s in zip(sizes, seconds, strict=True):
            shown = us(s) if name.endswith("per call") else ms(s)
            report.figure(f"{name}, {n:,} measures", shown, f"{s / n * 1e6:.3f} µs/measure", None)
        for i in range(1, len(sizes)):
            (n0, s0), (n1, s1) = (sizes[i - 1], seconds[i - 1]), (sizes[i], seconds[i])
            growth, allowed = s1 / s0, 1.2 * n1 / n0
            report.figure(
                f"{name}: {n1:,} vs {n0:,}",
                f"{growth:.2f}×",
                f"≤ {allowed:g}× ({n1 / n0:g}× data)",
                growth <= allowed,
            )
    if 10_000 in sizes:
        load = figures[10_000]["from_json"]
        report.figure("10,000-measure zone loads", ms(load), "< 1 s", load < 1)
    else:
        report.not_available("10,000-measure zone loads", "< 1 s", "size not run")
    print()
    report.note("for reference: from_json repeated in this one process, where small zones reuse memory")
    for n in sizes:
        load = figures[n][_scale.IN_PROCESS]
        report.figure(f"{_scale.IN_PROCESS}, {n:,} measures", ms(load), "reference", None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=40, help="fresh-process runs of each snippet (default 40)"
    )
    parser.add_argument("--memory-runs", type=int, default=10, help="runs for peak memory (default 10)")
    parser.add_argument("--sizes", default="100,1000,10000", help="measures of the synthetic zones")
    parser.add_argument(
        "--scale-runs", type=int, default=9, help="fresh processes for each zone size (default 9)"
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: 2 runs, zones of 100 and 1,000")
    args = parser.parse_args(argv)
    runs, memory_runs, scale_runs, warmup, repeat = args.runs, args.memory_runs, args.scale_runs, 3, 5
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        runs, memory_runs, scale_runs, warmup, repeat, sizes = 2, 1, 1, 1, 1, [100, 1000]
        _report.REPEATS = 1

    print("# xinjiang_fta benchmarks")
    print(f"\n{datetime.date.today().isoformat()}, Python {platform.python_version()} ({sys.executable})")
    print(f"{platform.machine()}, {_cpu()}, {os.cpu_count()} CPUs; package from {SRC or 'site-packages'}")
    print(
        "load average at start: {:.2f} {:.2f} {:.2f} (other work on the machine skews the figures)".format(
            *os.getloadavg()
        )
    )
    report = Report()
    startup(report, runs, warmup)
    per_calls(report)
    scale(report, sizes, scale_runs, repeat)
    memory(report, memory_runs)
    report.summary()
    return 0


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
