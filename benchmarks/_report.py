"""Printing of the figures: each with its target and whether it is met."""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["NOT_YET", "REPEATS", "Report", "ms", "per_call", "us"]

NOT_YET = "n/a (not implemented yet)"


REPEATS = 7
"""How many timeit runs :func:`per_call` takes the median of (1 in a quick run)."""


def per_call(fn: Callable[[], object]) -> float:
    """Seconds per call of *fn*: the median of :data:`REPEATS` timeit runs of ~0.2 s each."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(repeat=REPEATS, number=number))


@dataclass
class Report:
    """The figures of a run, printed as they come and counted at the end."""

    met: int = 0
    missed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def section(self, title: str) -> None:
        print(f"\n## {title}\n")

    def note(self, text: str) -> None:
        print(f"  {text}")

    def figure(self, name: str, value: str, target: str, met: bool | None) -> None:
        """Print one figure; *met* is None for a figure given for reference only."""
        verdict = "" if met is None else ("met" if met else "NOT MET")
        print(f"  {name:<58} {value:>26}   {target:<24} {verdict}")
        if met is True:
            self.met += 1
        elif met is False:
            self.missed.append(name)

    def not_available(self, name: str, target: str, why: str = NOT_YET) -> None:
        print(f"  {name:<46} {why:>24}   {target:<22}")
        self.skipped.append(name)

    def summary(self) -> None:
        print(
            f"\n{self.met} targets met, {len(self.missed)} not met, {len(self.skipped)} not measurable yet."
        )
        for name in self.missed:
            print(f"  not met: {name}")
        for name in self.skipped:
            print(f"  n/a: {name}")


def ms(seconds: float) -> str:
    """*seconds* in milliseconds, for printing."""
    return f"{seconds * 1000:.3f} ms"


def us(seconds: float) -> str:
    """*seconds* in microseconds, for printing."""
    return f"{seconds * 1e6:.2f} µs"
