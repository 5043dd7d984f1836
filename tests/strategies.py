"""Hypothesis strategies for every record type, in one place."""

from __future__ import annotations

import decimal
import enum
import string
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs
from hypothesis import assume, settings
from hypothesis import strategies as st

from xinjiang_fta import (
    Area,
    DataVersion,
    Domain,
    Measure,
    Source,
    SourceRef,
    SubArea,
    Text,
    Zone,
)
from xinjiang_fta.lookup import normalize
from xinjiang_fta.serialize import to_dict
from xinjiang_fta.texts import LANGUAGES, MAX_TEXT

if TYPE_CHECKING:
    from xinjiang_fta.texts import Lang

R = TypeVar("R")

__all__ = [
    "Node",
    "action_substrings",
    "areas",
    "crowded_zones",
    "data_versions",
    "documents",
    "domains_from",
    "location",
    "long_texts",
    "malformed_documents",
    "markup",
    "markup_texts",
    "measures",
    "nodes",
    "records",
    "sizes",
    "source_sizes",
    "sources",
    "sub_areas",
    "texts",
    "variants",
    "zone_data",
    "zone_settings",
    "zones",
]

# Texts: non-blank text mixing ASCII, accents, full-width forms, Japanese and Chinese, and the
# characters JSON, CSV and HTML must escape or quote (quotes, backslash, brackets, braces, and the
# =+-@' that start a spreadsheet formula). No control character: records refuse them (issue 13).
_ALPHABET = (
    string.ascii_letters
    + string.digits
    + " -.,&()'=+@"
    + '"\\[]{}'
    + "ÜüéÉ"
    + "ＡＢＣ１２３　・、。（）「」"
    + ("ウルムチエリアカシュガルホルゴス物流金融人材乌鲁木齐片区喀什霍尔果斯")
)
non_blank = st.text(st.sampled_from(_ALPHABET), min_size=1, max_size=12).filter(lambda s: s.strip() != "")


_EXACT = decimal.Context(prec=decimal.MAX_PREC, traps=[decimal.Inexact])
"""For building sizes in the tests: never rounds."""


_SHAPES = ("source", "long", "scaled")


@st.composite
def _sizes_up_to(draw: st.DrawFn, max_value: Decimal, shapes: tuple[str, ...] = _SHAPES) -> Decimal:
    """A positive exact decimal no larger than *max_value*, of one of these *shapes*:

    - ``source``: 2 places, as the source gives sizes (``2.41``, ``134.60``);
    - ``long``: 20 to 40 significant digits at a scale from *max_value* down to a
      hundred-millionth of it, so that any rounding (``sum``, arithmetic in the default
      28-digit context) changes a result;
    - ``scaled``: 1 to 3 digits at a scale from ``1E+3`` down, so that formatting that
      depends on the exponent (``1.2E+3``, ``5E-6``, ``7``) shows.
    """
    top = max_value.adjusted()  # 10 ** top <= max_value < 10 ** (top + 1)
    shape = draw(st.sampled_from(shapes))
    if shape == "source":
        digits, exponent = 7, min(-2, top)
    elif shape == "long":
        digits = draw(st.integers(20, 40))
        exponent = draw(st.integers(top - (digits - 1) - 8, top - (digits - 1)))
    else:
        digits, exponent = 3, draw(st.integers(top - 8, min(top, 3)))
    largest = int(Fraction(max_value) / Fraction(10) ** exponent)  # the coefficient of max_value, floored
    low = 10 ** (digits - 1) if shape == "long" else 1
    coefficient = draw(st.integers(low, min(10**digits - 1, largest)))
    return Decimal(coefficient).scaleb(exponent, _EXACT)


_LARGEST_SIZE = Decimal("100000")

sizes = _sizes_up_to(_LARGEST_SIZE)
"""Sizes in km²: positive, finite and exact, from the source's ``2.41`` to 40 significant digits."""

source_sizes = _sizes_up_to(_LARGEST_SIZE, ("source",))
"""Sizes with 2 places, as the source gives them; what :func:`zones` gives areas unless told otherwise.

An 80-column table cannot show a size of more than about 27 characters beside an id, a
count and a share, so the zones that the terminal output is tested on keep their areas'
sizes (and so their totals) short; their parts' sizes are long as often as not.
"""

ids = st.text(string.ascii_lowercase, min_size=1, max_size=3).flatmap(
    lambda head: st.text(string.ascii_lowercase + string.digits + "_", max_size=8).map(
        lambda tail: head + tail
    )
)

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


def _for(kind: Any) -> st.SearchStrategy[Any]:
    """The strategy of a field annotated *kind*: read from the annotation, as the file format is."""
    if isinstance(kind, UnionType):
        (inner,) = (a for a in get_args(kind) if a is not type(None))
        return st.none() | _for(inner)
    if get_origin(kind) is tuple:
        return st.lists(_for(get_args(kind)[0]), max_size=3).map(tuple)
    if attrs.has(kind):
        return records(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return st.sampled_from(kind)
    plain: dict[Any, st.SearchStrategy[Any]] = {
        str: non_blank,
        int: st.integers(1, 99),
        Decimal: sizes,
        date: dates,
    }
    return plain[kind]


def records(cls: type[R], **rules: st.SearchStrategy[Any]) -> st.SearchStrategy[R]:
    """Records of *cls*: each field drawn as its annotation says, or as a *rule* of the record says.

    Every field of every record is drawn (a test checks it), so a new field needs no new strategy
    unless a rule of its record constrains it.
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]  # R is any record class: attrs cannot tell
    unknown = set(rules) - {f.name for f in fields}
    assert not unknown, f"no such fields of {cls.__name__}: {unknown}"
    return st.builds(cls, **{f.name: rules.get(f.name, _for(f.type)) for f in fields})


texts = records(Text)
source_refs = records(SourceRef)


def sub_areas(max_size: Decimal = _LARGEST_SIZE) -> st.SearchStrategy[SubArea]:
    """A part no larger than *max_size* km² (sometimes exactly as large)."""
    return records(SubArea, area_km2=_sizes_up_to(max_size) | st.just(max_size))


@st.composite
def areas(
    draw: st.DrawFn, area_id: str | None = None, area_sizes: st.SearchStrategy[Decimal] = sizes
) -> Area:
    """An area (its size drawn from *area_sizes*) whose parts are each no larger than the area."""
    size = draw(area_sizes)
    return draw(
        records(
            Area,
            id=ids if area_id is None else st.just(area_id),
            area_km2=st.just(size),
            sub_areas=st.lists(sub_areas(size), max_size=3),
        )
    )


def measures(number: int) -> st.SearchStrategy[Measure]:
    """A measure with the given number."""
    return records(
        Measure,
        number=st.just(number),
        actions=st.lists(texts, min_size=1, max_size=4),
        source_ref=st.none() | st.just(SourceRef(2, number)),
    )


@st.composite
def domains_from(draw: st.DrawFn, max_domains: int = 3) -> list[Domain]:
    """Domains numbered 1… whose measures are numbered 1… across them."""
    counts = draw(st.lists(st.integers(1, 3), min_size=1, max_size=max_domains))
    result, next_measure = [], 1
    for number, count in enumerate(counts, start=1):
        ms = [draw(measures(n)) for n in range(next_measure, next_measure + count)]
        next_measure += count
        result.append(draw(records(Domain, number=st.just(number), measures=st.just(ms))))
    return result


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A source published on or after the date it bears."""
    dated = draw(dates)
    return draw(records(Source, dated=st.just(dated), published=st.dates(dated, date(2100, 12, 31))))


data_versions = records(DataVersion)


zone_settings = settings(max_examples=max(10, settings().max_examples // 2))
"""For properties over whole generated zones, which are slow to draw: half the examples of the profile."""


@st.composite
def zones(
    draw: st.DrawFn,
    max_areas: int = 3,
    max_domains: int = 3,
    area_sizes: st.SearchStrategy[Decimal] = source_sizes,
) -> Zone:
    """A valid zone: unique area ids, consecutive domain and measure numbers.

    Its areas' sizes are drawn from *area_sizes* (pass :data:`sizes` for long ones); their
    parts' sizes from the whole range of :data:`sizes`, each no larger than its area.
    """
    area_ids = draw(st.lists(ids, min_size=1, max_size=max_areas, unique=True))
    return draw(
        records(
            Zone,
            id=ids,
            areas=st.just([draw(areas(i, area_sizes)) for i in area_ids]),
            domains=domains_from(max_domains),
            source=sources(),
            ordinal=st.none() | st.integers(1, 100),
        )
    )


# Long texts (up to MAX_TEXT characters, some starting as a spreadsheet formula) and zones crowded
# with rows: what every format must carry and read back (issue 13).
long_texts = st.builds(
    lambda lead, piece, length: (lead + piece * length)[:length],
    st.sampled_from(["", "=", "+", "-", "@", "'", "''", '=HYPERLINK("x")']),
    non_blank,
    st.sampled_from([500, MAX_TEXT]),
)


@st.composite
def crowded_zones(draw: st.DrawFn) -> Zone:
    """A zone with texts of MAX_TEXT characters and a few hundred rows of aliases, focus and actions."""
    zone = draw(zones(max_areas=2, max_domains=2))
    long = draw(records(Text, ja=long_texts, en=long_texts, zh=st.none() | long_texts))
    many = draw(st.lists(texts, min_size=1, max_size=5)) * draw(st.integers(20, 100))
    area = attrs.evolve(zone.areas[0], focus=(long, *many), aliases=(long.en, *(t.en for t in many)))
    first = zone.domains[0].measures[0]
    measure = attrs.evolve(first, title=long, actions=(*many, long))
    domain = attrs.evolve(zone.domains[0], measures=(measure, *zone.domains[0].measures[1:]))
    return attrs.evolve(zone, areas=(area, *zone.areas[1:]), domains=(domain, *zone.domains[1:]))


# Texts that look like markup or carry characters HTML must escape.
_MARKUP = st.sampled_from(
    ["<script>alert(1)</script>", "<b>", "</td>", "&amp;", "&", '"', "'", "<", ">", "=/"]
)
markup = st.lists(_MARKUP | non_blank, min_size=1, max_size=4).map("".join).filter(lambda s: s.strip() != "")
markup_texts = st.builds(Text, ja=markup, en=markup, zh=st.none() | markup)


# Variants: the same key as a user might type it.
_SPACES = (" ", "\u3000", "\t")


def _fullwidth(c: str) -> str:
    """The full-width form of a printable ASCII character; any other character as it is."""
    return chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c


def _char_forms(c: str) -> list[str]:
    forms = [c, c.upper(), c.lower(), _fullwidth(c), _fullwidth(c.upper())]
    if c.isascii() and c.isalpha():
        forms.append(c + "\u0308")  # with a combining diaeresis: u → ü
    return forms


@st.composite
def variants(draw: st.DrawFn, text: str) -> str:
    """*text* as a user might type it: each character in either case, full or half width, maybe
    accented, with white space around it and between characters."""
    out = [draw(st.sampled_from(_SPACES)) if draw(st.booleans()) else ""]
    for c in text:
        out.append(draw(st.sampled_from(_char_forms(c))))
        if draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(_SPACES)))
    out.append(draw(st.sampled_from(("", " ", "\u3000"))))
    return "".join(out)


@st.composite
def action_substrings(draw: st.DrawFn, zone: Zone) -> tuple[int, int, Lang, str]:
    """(measure number, action's place from 1, language, query): the query is a non-blank piece
    of that action's text in that language, as a user might type it."""
    measure = draw(st.sampled_from(zone.measures))
    index = draw(st.integers(1, len(measure.actions)))
    lang = draw(st.sampled_from([lang for lang in LANGUAGES if measure.actions[index - 1].get(lang)]))
    text = measure.actions[index - 1].get(lang) or ""
    start = draw(st.integers(0, len(text) - 1))
    piece = text[start : draw(st.integers(start + 1, len(text)))]
    assume(normalize(piece))
    return measure.number, index, lang, draw(variants(piece))


# ---------------------------------------------------------------------------
# Documents: zones as plain data (what a zone file holds), valid and malformed.

Step = str | int
Path = tuple[Step, ...]

# Values that are never of the kind a node wants, whatever the node (None is added where it is not allowed).
_WRONG_TYPE: dict[str, list[object]] = {
    "str": [5, 1.5, True, [], {}, ["a"]],
    "int": ["1", 1.5, True, False, [], {}, "one"],
    "decimal": [
        134.6,
        134,
        True,
        [],
        {},
        "1e999",
        "1E2",
        "NaN",
        "Infinity",
        "-Infinity",
        " 1",
        "1 ",
        "1,5",
        "１２",
        "+1",
        ".5",
        "1.",
        "",
        "0x10",
        "1_000",
    ],
    "date": [20231021, "20231021", "2023-1-1", "2023-02-30", "2023-13-01", "2023-10-21T00:00", "", [], True],
    "enum": ["other", 1, True, [], {}, "XPCC_DIVISION"],
    "object": ["x", 5, [], True],
    "array": [{}, "abc", 5, True],
}
# Values of the right type that break a rule of the record holding them.
_BROKEN_RULE: dict[str, list[object]] = {
    "str": [
        "",
        " ",
        "\u3000",
        "\t\n",
        "\u200b \ufeff",
        "a\x00",
        "\x1b]0;x\x07",
        "a\tb",
        "\u202eabc",
        "a\ud800",
    ],
    "int": [0, -3, 10**50],
    "decimal": ["-0", "0", "0.00", "-1", "-134.6", "1" * 51, "0." + "0" * 50 + "1"],
}


@attrs.frozen
class Node:
    """A value in a document: where it is, what it should be, and the record it belongs to."""

    path: Path
    kind: str
    required: bool  # a key of a record without a default (deleting it is an error)
    optional: bool  # None is a valid value
    owner: Path  # the record whose rules apply to the value


def location(path: Path) -> str:
    """The location DataError gives for *path*: ``areas[0].name.en``, or ``(top level)``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or "(top level)"


def _kind(type_: Any) -> str:
    if attrs.has(type_):
        return "object"
    if get_origin(type_) is tuple:
        return "array"
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return "enum"
    return {str: "str", int: "int", Decimal: "decimal", date: "date"}[type_]


def nodes(cls: type, data: Any, path: Path = ()) -> Iterator[Node]:
    """Every value of the record document *data* of type *cls*, depth first."""
    for field in attrs.fields(cls):
        required = field.default is attrs.NOTHING
        yield from _value_nodes(field.type, data[field.name], (*path, field.name), required, path)


def _value_nodes(type_: Any, value: Any, path: Path, required: bool, owner: Path) -> Iterator[Node]:
    optional = isinstance(type_, UnionType)
    if optional:
        (type_,) = [t for t in get_args(type_) if t is not type(None)]
    yield Node(path, _kind(type_), required, optional, owner)
    if value is None:
        return
    if attrs.has(type_):
        yield from nodes(type_, value, path)
    elif get_origin(type_) is tuple:
        item = get_args(type_)[0]
        for index, member in enumerate(value):
            yield from _value_nodes(item, member, (*path, index), False, owner)


def _get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


documents = zones().map(to_dict)
"""Valid zone documents: plain data as in a zone file."""


@st.composite
def malformed_documents(draw: st.DrawFn) -> tuple[Any, str]:
    """A valid zone document with one fault, and the location DataError must give for it.

    Faults: a value of the wrong type, a malformed decimal or date, a value that
    breaks its record's rule, a missing required key, an unknown key.
    """
    document = to_dict(draw(zones(max_areas=2, max_domains=2)))
    node = draw(st.sampled_from(list(nodes(Zone, document))))
    parent = _get(document, node.path[:-1])
    step = node.path[-1]
    faults = ["wrong type", "unknown key"]
    if node.kind in _BROKEN_RULE:
        faults.append("broken rule")
    if node.required:
        faults.append("missing key")
    fault = draw(st.sampled_from(faults))
    if fault == "wrong type":
        wrong = _WRONG_TYPE[node.kind] + ([] if node.optional else [None])
        parent[step] = draw(st.sampled_from(wrong))
        return document, location(node.path)
    if fault == "broken rule":
        parent[step] = draw(st.sampled_from(_BROKEN_RULE[node.kind]))
        return document, location(node.owner)
    if fault == "missing key":
        del parent[step]
        return document, location(node.path)
    records = [n.path for n in nodes(Zone, document) if isinstance(_get(document, n.path), dict)]
    record = draw(st.sampled_from([(), *records]))
    key = draw(st.sampled_from(["unexpected", "ZH", "area_km", "ｉｄ"]))
    _get(document, record)[key] = draw(st.sampled_from([1, None, "x"]))
    return document, location(record)


@st.composite
def zone_data(draw: st.DrawFn) -> tuple[Zone, dict[str, Any]]:
    """A zone and its JSON data as the converter writes it, some keys holding their default left out."""
    from xinjiang_fta.conversion import converter

    zone = draw(zones())
    data: dict[str, Any] = converter.unstructure(zone)

    def drop_defaults(cls: type, record: dict[str, Any]) -> None:
        for field in attrs.fields(cls):
            kind = field.type
            if isinstance(kind, UnionType):
                (kind,) = (a for a in get_args(kind) if a is not type(None))
            inner = [record[field.name]] if attrs.has(kind) else record[field.name]
            if get_origin(kind) is tuple:
                kind = get_args(kind)[0]
            if attrs.has(kind):
                for member in inner:
                    if member is not None:
                        drop_defaults(kind, member)
            default = field.default
            if (
                default is not attrs.NOTHING
                and record[field.name] == to_dict_value(default)
                and draw(st.booleans())
            ):
                del record[field.name]

    drop_defaults(Zone, data)
    return zone, data


def to_dict_value(value: Any) -> Any:
    """A field's default as the zone file writes it: a tuple as a list."""
    return list(value) if isinstance(value, tuple) else value


# Any JSON value, nested up to a little past MAX_DEPTH, its strings full of what a scan of
# JSON text could mistake for structure: brackets, quotes, backslashes, escapes, non-ASCII.
_JSON_CHARS = '[]{}"\\/ ,:ab\n\u00e9\u7269\u6d41\u3000\U0001f600'
_json_leaves = st.none() | st.booleans() | st.integers() | st.text(_JSON_CHARS, max_size=8)


@st.composite
def nested_json_values(draw: st.DrawFn) -> Any:
    """A JSON value of any shape, wrapped in 0 to 40 arrays or objects."""
    value = draw(
        st.recursive(
            _json_leaves,
            lambda children: (
                st.lists(children, max_size=3)
                | st.dictionaries(st.text(_JSON_CHARS, max_size=4), children, max_size=3)
            ),
            max_leaves=12,
        )
    )
    for _ in range(draw(st.integers(0, 40))):
        key = draw(st.text(_JSON_CHARS, max_size=3))
        value = draw(st.sampled_from([[value], {key: value}, [value, 1], {key: value, key + "x": []}]))
    return value
