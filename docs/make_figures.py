"""Draw the figures of the docs and the README: ``python docs/make_figures.py``.

Writes docs/_static/areas.png with :func:`xinjiang_fta.plot.areas`, in English
(the labels a machine without a CJK font can draw).
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "_static"


def main() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from xinjiang_fta.plot import areas

    ax = areas(lang="en")
    ax.figure.savefig(STATIC / "areas.png", dpi=100, metadata={"Software": None})


if __name__ == "__main__":
    main()
