"""Tests of xinjiang_fta.plot (x.plot.areas, x.plot.measure_counts), drawn with the Agg backend."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import xinjiang_fta as x
from xinjiang_fta import plot
from xinjiang_fta.plot import CJKFontWarning, find_cjk_font
from xinjiang_fta.records import Zone

from .strategies import zones

matplotlib = pytest.importorskip("matplotlib", reason="the plots need matplotlib (the 'plot' extra)")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda text: None)


@pytest.fixture
def a_cjk_font(monkeypatch: pytest.MonkeyPatch) -> str:
    family = "DejaVu Sans"  # stands in for a CJK font: only the choice of font is tested
    monkeypatch.setattr(plot, "find_cjk_font", lambda text: family)
    return family


def _area_bars(zone: Zone) -> list[Decimal]:
    return [size for a in zone.areas for size in (a.area_km2, *(p.area_km2 for p in a.sub_areas))]


def _labels(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _bars(ax: Axes) -> list[Rectangle]:
    bars = [bar for bar in ax.patches if isinstance(bar, Rectangle)]
    assert len(bars) == len(ax.patches), "every patch is a bar"
    return bars


def test_the_namespace_gives_the_plots() -> None:
    assert x.plot is plot
    assert (x.plot.areas, x.plot.measure_counts) == (plot.areas, plot.measure_counts)


def test_areas_draws_each_area_and_part_labelled_with_its_exact_size(tmp_path: Path) -> None:
    ax = x.plot.areas()
    sizes = _area_bars(x.ZONE)
    assert len(ax.patches) == len(sizes) == 9
    assert [bar.get_height() for bar in _bars(ax)] == [float(s) for s in sizes]
    assert _labels(ax) == ["134.6", "30.8", "2.41", "28.48", "3.81", "3.56", "16.58", "1.95", "3.61"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Urumqi Area", "Kashgar Area", "Horgos Area"]
    assert ax.get_title() == "China (Xinjiang) Pilot Free Trade Zone"
    assert ax.get_ylabel() == "km²"
    legend = ax.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == [
        "Area",
        "XPCC division land in the area",
        "Bonded zone land in the area",
    ]
    png = tmp_path / "areas.png"
    figure = ax.figure
    assert isinstance(figure, Figure)
    figure.savefig(png)
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_each_area_and_its_parts_share_one_slot_beside_each_other() -> None:
    bars = _bars(x.plot.areas())
    for slot in range(3):  # three bars (the area, two parts) in the slot of each area
        group = bars[3 * slot : 3 * slot + 3]
        assert [bar.get_width() for bar in group] == pytest.approx([0.8 / 3] * 3)
        assert group[0].get_x() == pytest.approx(slot - 0.4)
        assert group[2].get_x() + group[2].get_width() == pytest.approx(slot + 0.4)
    colours = [bar.get_facecolor() for bar in bars[:3]]
    assert len(set(colours)) == 3  # area, corps division and bonded zone in colours of their own


def test_bar_labels_are_exact_decimals_never_float_formatted() -> None:
    long = Decimal("134.600000000000000000001")
    zone = attrs.evolve(x.ZONE, areas=[attrs.evolve(x.URUMQI, area_km2=long), *x.ZONE.areas[1:]])
    assert _labels(x.plot.areas(zone=zone))[0] == "134.600000000000000000001"


@settings(max_examples=8)
@given(zone=zones(max_domains=2))
def test_areas_has_a_bar_and_exact_label_per_area_and_part(zone: Zone) -> None:
    ax = x.plot.areas(zone=zone)
    sizes = _area_bars(zone)
    assert len(ax.patches) == len(sizes)
    assert [bar.get_height() for bar in _bars(ax)] == [float(s) for s in sizes]
    assert _labels(ax) == [str(s) for s in sizes]
    assert [t.get_text() for t in ax.get_xticklabels()] == [a.name.en for a in zone.areas]
    plt.close("all")


def test_measure_counts_draws_a_bar_per_domain() -> None:
    ax = x.plot.measure_counts()
    counts = [len(d.measures) for d in x.DOMAINS]
    assert [int(bar.get_width()) for bar in _bars(ax)] == counts == [3, 2, 3, 3, 4, 3, 3, 4]
    assert _labels(ax) == [str(c) for c in counts]
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert ticks == [f"{d.number}. {d.title.en}" for d in x.DOMAINS]
    assert all(len(line) <= 44 for t in ax.get_yticklabels() for line in t.get_text().split("\n"))
    assert ax.get_xlabel() == "Measures"
    assert ax.get_title() == "China (Xinjiang) Pilot Free Trade Zone"
    assert ax.yaxis_inverted()  # domain 1 at the top


def test_measure_counts_draws_the_zone_given() -> None:
    domain = attrs.evolve(x.DOMAINS[0], measures=x.MEASURES[:3])
    zone = attrs.evolve(x.ZONE, domains=[domain])
    ax = x.plot.measure_counts(zone=zone)
    assert [int(bar.get_width()) for bar in _bars(ax)] == [3]


def test_plots_draw_on_a_given_axes() -> None:
    _, (left, right) = plt.subplots(1, 2)
    assert x.plot.areas(ax=left) is left
    assert x.plot.measure_counts(zone=x.ZONE, ax=right) is right
    assert len(left.patches) == 9
    assert len(right.patches) == 8


def test_the_zone_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        x.plot.areas(x.ZONE)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        x.plot.measure_counts(x.ZONE)  # type: ignore[call-arg]


@pytest.mark.usefixtures("no_cjk_font")
def test_without_a_cjk_font_japanese_falls_back_to_english_with_a_warning() -> None:
    with pytest.warns(CJKFontWarning, match=r"no installed font .* 'ja' labels; drawing them in English"):
        ax = x.plot.areas(lang="ja")
    assert [t.get_text() for t in ax.get_xticklabels()] == [a.name.en for a in x.AREAS]
    assert ax.get_title() == x.ZONE.name.en
    with pytest.warns(CJKFontWarning, match="'zh' labels"):
        ax = x.plot.measure_counts(lang="zh")
    assert ax.get_yticklabels()[0].get_text().replace("\n", " ") == f"1. {x.DOMAINS[0].title.en}"


@pytest.mark.usefixtures("no_cjk_font")
def test_the_warning_points_at_the_callers_line() -> None:
    for draw in (x.plot.areas, x.plot.measure_counts):
        with pytest.warns(CJKFontWarning) as caught:
            draw(lang="ja")
        assert [w.filename for w in caught] == [__file__]


def test_english_never_looks_for_a_font(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(text: str) -> str | None:
        raise AssertionError("English labels need no font search")

    monkeypatch.setattr(plot, "find_cjk_font", fail)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CJKFontWarning)
        x.plot.areas(lang="en")
        x.plot.measure_counts(lang="en")


def test_with_a_cjk_font_labels_are_japanese_in_that_font(a_cjk_font: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CJKFontWarning)
        ax = x.plot.areas(lang="ja")
        counts = x.plot.measure_counts(lang="zh")
    labels = ax.get_xticklabels()
    assert [t.get_text() for t in labels] == ["ウルムチエリア", "カシュガルエリア", "ホルゴスエリア"]
    assert all(t.get_fontfamily() == [a_cjk_font] for t in labels)
    assert ax.get_title() == "中国（新疆）自由貿易試験区"
    # Chinese exists for names only: domain titles fall back to the Japanese source.
    assert counts.get_title() == "中国（新疆）自由贸易试验区"
    assert counts.get_yticklabels()[0].get_text() == "1. 政府機能転換の加速"
    assert counts.get_yticklabels()[0].get_fontfamily() == [a_cjk_font]


def test_find_cjk_font_finds_a_font_with_every_character_or_none() -> None:
    from matplotlib import font_manager, ft2font

    def covers(family: str, text: str) -> bool:
        return any(
            e.name == family and {ord(c) for c in text} <= set(ft2font.FT2Font(e.fname).get_charmap())
            for e in font_manager.fontManager.ttflist
        )

    latin = find_cjk_font("Urumqi")
    assert latin is not None
    assert covers(latin, "Urumqi")
    cjk = find_cjk_font("ウルムチエリア")
    assert cjk is None or (covers(cjk, "ウルムチエリア") and not cjk.startswith("Last Resort"))
    assert find_cjk_font(" \t") is not None  # white space needs no glyph
    assert find_cjk_font("\U000f0000") is None  # a private-use character no font has


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ({"lang": 5}, "lang must be a str, one of ja, en, zh, not int"),
        ({"lang": None}, "lang must be a str, one of ja, en, zh, not NoneType"),
        ({"ax": 5}, "ax must be a matplotlib Axes or None, not int"),
        ({"zone": "xinjiang"}, "zone must be a Zone or None, not str"),
    ],
)
def test_an_argument_of_the_wrong_type_is_a_type_error_naming_it(
    argument: dict[str, object], message: str
) -> None:
    for draw in (x.plot.areas, x.plot.measure_counts):
        with pytest.raises(TypeError, match=f"^{message}$"):
            draw(**argument)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^text must be a str, not int$"):
        find_cjk_font(5)  # type: ignore[arg-type]


def test_an_unknown_language_is_a_value_error() -> None:
    for draw in (x.plot.areas, x.plot.measure_counts):
        with pytest.raises(ValueError, match="unknown language 'fr'"):
            draw(lang="fr")  # type: ignore[arg-type]


def test_a_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    for draw in (x.plot.areas, x.plot.measure_counts):
        with pytest.raises(ImportError, match="'plot' extra") as caught:
            draw()
        # as the documentation says (docs/getting-started.md, docs/jupyter.md) and the message said
        # before issue 12: '.[plot]' only works in a checkout of the project
        assert "pip install matplotlib" in str(caught.value)
        assert "pip install '.[plot]'" in str(caught.value)
    with pytest.raises(ImportError, match="'plot' extra"):
        find_cjk_font("x")
    monkeypatch.setitem(sys.modules, "matplotlib.ticker", None)  # imported by measure_counts only
    with pytest.raises(ImportError, match="'plot' extra"):
        x.plot.measure_counts()
