"""The records of the dataset: frozen, slotted, typed attrs classes.

The tree mirrors the source tables: a :class:`Zone` has :class:`Area` records
(表1) and :class:`Domain` records holding :class:`Measure` records (表2).
Construction checks every rule that must always hold and raises
:class:`ValueError` naming the record and the rule, so an invalid record never
exists.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from ._exact import exact_sum, to_decimal

if TYPE_CHECKING:
    from fractions import Fraction

    from ._search import Hit
    from .aggregate import AreaRow

__all__ = [
    "LANGUAGES",
    "Area",
    "DataVersion",
    "Domain",
    "Lang",
    "Measure",
    "Source",
    "SourceRef",
    "SubArea",
    "SubAreaKind",
    "Text",
    "Zone",
]

Lang = Literal["ja", "en", "zh"]
"""A language code of a :class:`Text`: Japanese, English or Chinese."""

LANGUAGES: tuple[Lang, ...] = ("ja", "en", "zh")
"""Every language a :class:`Text` can carry, source language first."""

_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _is_id(value: str) -> bool:
    """Whether *value* is lowercase ASCII letters, digits and ``_``, starting with a letter.

    The same test as a full match of the pattern ``[a-z][a-z0-9_]*``, without compiling one at import.
    """
    return "a" <= value[:1] <= "z" and not value.strip(_ID_CHARS)


_VALUES: dict[type, Callable[[Any], Any]] = {}


def _values(record: Any) -> Any:
    """The values of *record*'s fields in order, through a getter made once per class."""
    cls = record.__class__
    get = _VALUES.get(cls)
    if get is None:
        get = _VALUES[cls] = attrgetter(*(a.name for a in cls.__attrs_attrs__ if a.eq))
    return get(record)


class _Record:
    """The ``repr``, equality and hash of every record, written once.

    attrs would generate and compile these three methods for each record class when
    the package is imported; written here, they come compiled in the bytecode cache
    and cost nothing at import. They behave as attrs' own: the ``repr`` is
    ``Name(field=value, …)``, records are equal when of the same class with equal
    fields, and equal records hash alike; a field declared with ``repr=False`` or
    ``eq=False`` (such as a private cache) is left out of the repr or of equality.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls = self.__class__
        attributes = cls.__attrs_attrs__  # type: ignore[attr-defined]
        fields = ", ".join(f"{a.name}={getattr(self, a.name)!r}" for a in attributes if a.repr)
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(_values(self) == _values(other))

    def __hash__(self) -> int:
        return hash((self.__class__, _values(self)))


class _HTML:
    """What Zone, Area, Domain and Measure share: HTML rendering, for Jupyter and web pages."""

    __slots__ = ()

    def to_html(self, lang: Lang = "en") -> str:
        """Return this record as HTML tables, its texts in *lang* (Japanese where there is no translation).

        See :func:`xinjiang_fta.to_html`.
        """
        from .html import to_html

        return to_html(cast("Zone | Area | Domain | Measure", self), lang)

    def _repr_html_(self) -> str:
        """The HTML Jupyter shows for this record: :meth:`to_html` in English."""
        return self.to_html()


def _check_size(owner: str, value: Decimal) -> None:
    if not value.is_finite():
        raise ValueError(f"{owner}: size must be a finite number of km², got {value}")
    if value <= 0:
        raise ValueError(f"{owner}: size must be greater than zero, got {value}")


def _tuple_of(kind: type | tuple[type, ...]) -> Any:
    """A validator that every member of a tuple field is an instance of *kind*."""
    return attrs.validators.deep_iterable(
        attrs.validators.instance_of(kind), attrs.validators.instance_of(tuple)
    )


def _non_empty_text(owner: str, value: str) -> None:
    if not value.strip():
        raise ValueError(f"{owner} must not be empty or blank")


@attrs.frozen(repr=False, eq=False)
class Text(_Record):
    """One text in Japanese (the source), English (our translation) and, for proper names, Chinese.

    ``str(text)`` gives the Japanese source text.

    >>> t = Text("ウルムチエリア", "Urumqi Area", "乌鲁木齐片区")
    >>> str(t), t.get("en"), t.get("zh")
    ('ウルムチエリア', 'Urumqi Area', '乌鲁木齐片区')
    """

    ja: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The seed's Japanese text, verbatim."""
    en: str = attrs.field(validator=attrs.validators.instance_of(str))
    """Our English translation."""
    zh: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    """The official Chinese name, for proper names only; ``None`` where there is none."""

    def __attrs_post_init__(self) -> None:
        languages: tuple[tuple[Lang, str | None], ...] = (("ja", self.ja), ("en", self.en), ("zh", self.zh))
        for lang, value in languages:
            if value is not None and not value.strip():
                raise ValueError(f"{self._field_name(lang)} must not be empty or blank")
        for lang, value in languages:
            if value is None:
                continue
            try:
                value.encode("utf-8")  # fails on a lone surrogate, which no file can hold
            except UnicodeEncodeError as error:
                raise ValueError(
                    f"{self._field_name(lang)}: a lone surrogate {value[error.start]!r} at position "
                    f"{error.start} is not a character and cannot be written as UTF-8"
                ) from None

    def _field_name(self, lang: Lang) -> str:
        """The field in *lang* as an error message names it: ``Text.en (ja='物流')``."""
        return "Text.ja" if lang == "ja" else f"Text.{lang} (ja={self.ja!r})"

    def get(self, lang: Lang) -> str | None:
        """Return the text in *lang* (``"ja"``, ``"en"`` or ``"zh"``); ``None`` if it has no such text.

        >>> Text("物流", "logistics").get("zh") is None
        True
        """
        if lang == "ja":
            return self.ja
        if lang == "en":
            return self.en
        if lang == "zh":
            return self.zh
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")

    def __str__(self) -> str:
        return self.ja


def _texts(values: Iterable[Text]) -> tuple[Text, ...]:
    """Store the texts given for a collection field as a tuple."""
    return tuple(values)


def _strs(values: Iterable[str]) -> tuple[str, ...]:
    """Store the strings given for a collection field as a tuple."""
    return tuple(values)


class SubAreaKind(enum.Enum):
    """What a part of an area belongs to."""

    XPCC_DIVISION = "xpcc_division"
    """A division of the Xinjiang Production and Construction Corps (新疆生产建设兵团)."""
    BONDED_ZONE = "bonded_zone"
    """A comprehensive bonded zone (综合保税区)."""


@attrs.frozen(repr=False, eq=False)
class SubArea(_Record):
    """A part of an area, included in the area's size (含む): a corps division or a bonded zone."""

    kind: SubAreaKind = attrs.field(validator=attrs.validators.instance_of(SubAreaKind))
    """Whether the part is a corps division or a bonded zone."""
    name: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The part's name."""
    area_km2: Decimal = attrs.field(converter=to_decimal)
    """The part's size in km², exact."""

    def __attrs_post_init__(self) -> None:
        _check_size(f"SubArea {self.name.en!r}", self.area_km2)


def _sub_areas(values: Iterable[SubArea]) -> tuple[SubArea, ...]:
    """Store the parts given for an area as a tuple."""
    return tuple(values)


@attrs.frozen(repr=False, eq=False)
class SourceRef(_Record):
    """Where a record stands in the source: table (表1, 表2) and row, both counted from 1.

    >>> str(SourceRef(2, 17))
    '表2 row 17'
    """

    table: int = attrs.field(validator=attrs.validators.instance_of(int))
    """The table's number."""
    row: int = attrs.field(validator=attrs.validators.instance_of(int))
    """The row's number within the table."""

    def __attrs_post_init__(self) -> None:
        _check_number("SourceRef: table", self.table)
        _check_number("SourceRef: row", self.row)

    def __str__(self) -> str:
        return f"表{self.table} row {self.row}"


@attrs.frozen(repr=False, eq=False)
class Area(_Record, _HTML):
    """One of the zone's areas (片区), with its size, its parts and its focus industries (重点分野)."""

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    """A stable lowercase identifier, such as ``"urumqi"``."""
    name: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The area's name."""
    area_km2: Decimal = attrs.field(converter=to_decimal)
    """The area's size in km², exact; its parts are included in it."""
    sub_areas: tuple[SubArea, ...] = attrs.field(
        default=(), converter=_sub_areas, validator=_tuple_of(SubArea)
    )
    """The parts of the area that belong to a corps division or a bonded zone."""
    focus: tuple[Text, ...] = attrs.field(default=(), converter=_texts, validator=_tuple_of(Text))
    """The area's focus industries, in source order."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str))
    """Other names the area is known by, such as ``"Ürümqi"``."""
    source_ref: SourceRef | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(SourceRef))
    )
    """Where the area stands in the source, if known."""

    def __attrs_post_init__(self) -> None:
        if not _is_id(self.id):
            raise ValueError(
                f"Area id {self.id!r} must be lowercase ASCII letters, digits and '_', starting with a letter"
            )
        owner = f"Area {self.id!r}"
        _check_size(owner, self.area_km2)
        for part in self.sub_areas:
            if part.area_km2 > self.area_km2:
                raise ValueError(
                    f"{owner}: part {part.name.en!r} ({part.area_km2} km²) is larger than the area "
                    f"({self.area_km2} km²)"
                )
        for alias in self.aliases:
            _non_empty_text(f"{owner}: an alias", alias)

    @property
    def sub_area_total_km2(self) -> Decimal:
        """The exact sum of the sizes of the area's parts, in km²; ``Decimal(0)`` if it has none.

        The parts are included in the area's size, and the source does not say
        whether they overlap, so this sum is not the size they cover together.

        >>> import xinjiang_fta
        >>> xinjiang_fta.URUMQI.sub_area_total_km2
        Decimal('33.21')
        """
        return exact_sum(p.area_km2 for p in self.sub_areas)

    def sub_area_shares(self) -> tuple[Fraction, ...]:
        """Each part's share of the area's size, exact, in the order of :attr:`sub_areas`.

        >>> import xinjiang_fta
        >>> [str(s) for s in xinjiang_fta.HORGOS.sub_area_shares()]
        ['195/1658', '361/1658']
        """
        from .aggregate import _sub_area_shares

        return _sub_area_shares(self)


@attrs.frozen(repr=False, eq=False)
class Measure(_Record, _HTML):
    """One of the main measures (主な取り組み) of 表2: a numbered title and its actions."""

    number: int = attrs.field(validator=attrs.validators.instance_of(int))
    """The measure's number (項目), counted from 1 across the zone."""
    title: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The measure's title."""
    actions: tuple[Text, ...] = attrs.field(converter=_texts, validator=_tuple_of(Text))
    """The measure's actions (the lines marked ・), in source order."""
    source_ref: SourceRef | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(SourceRef))
    )
    """Where the measure stands in the source, if known."""

    def __attrs_post_init__(self) -> None:
        _check_number(f"Measure {self.number}", self.number)
        if not self.actions:
            raise ValueError(f"Measure {self.number}: must have at least one action")


def _measures(values: Iterable[Measure]) -> tuple[Measure, ...]:
    """Store the measures given for a domain as a tuple."""
    return tuple(values)


@attrs.frozen(repr=False, eq=False)
class Domain(_Record, _HTML):
    """A policy domain (分野) of 表2 and the measures grouped under it."""

    number: int = attrs.field(validator=attrs.validators.instance_of(int))
    """The domain's number, counted from 1."""
    title: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The domain's title."""
    measures: tuple[Measure, ...] = attrs.field(converter=_measures, validator=_tuple_of(Measure))
    """The domain's measures, in number order."""

    def __attrs_post_init__(self) -> None:
        _check_number(f"Domain {self.number}", self.number)
        if not self.measures:
            raise ValueError(f"Domain {self.number}: must have at least one measure")


def _domains(values: Iterable[Domain]) -> tuple[Domain, ...]:
    """Store the domains given for a zone as a tuple."""
    return tuple(values)


def _areas(values: Iterable[Area]) -> tuple[Area, ...]:
    """Store the areas given for a zone as a tuple."""
    return tuple(values)


@attrs.frozen(repr=False, eq=False)
class Source(_Record):
    """The document the data comes from: the zone's master plan."""

    title: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The document's title."""
    issuer: str = attrs.field(validator=attrs.validators.instance_of(str))
    """Who issued it, in English."""
    dated: date = attrs.field(validator=attrs.validators.instance_of(date))
    """The date the document bears."""
    published: date = attrs.field(validator=attrs.validators.instance_of(date))
    """The date it was made public."""

    def __attrs_post_init__(self) -> None:
        _non_empty_text("Source.issuer", self.issuer)
        if self.published < self.dated:
            raise ValueError(f"Source: published ({self.published}) must not be before dated ({self.dated})")


@attrs.frozen(repr=False, eq=False)
class DataVersion(_Record):
    """The version of the data, apart from the code's, and the date the data is as of.

    >>> str(DataVersion("1.0.0", date(2023, 10, 21)))
    '1.0.0 (as of 2023-10-21)'
    """

    version: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The data's own version number."""
    as_of: date = attrs.field(validator=attrs.validators.instance_of(date))
    """The date of the state of affairs the data describes."""

    def __attrs_post_init__(self) -> None:
        _non_empty_text("DataVersion.version", self.version)

    def __str__(self) -> str:
        return f"{self.version} (as of {self.as_of.isoformat()})"


@attrs.frozen(repr=False, eq=False)
class Zone(_Record, _HTML):
    """A pilot free trade zone: its areas (表1), its policy domains and measures (表2), and its source."""

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    """A stable lowercase identifier, such as ``"xinjiang"``."""
    name: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    """The zone's name."""
    areas: tuple[Area, ...] = attrs.field(converter=_areas, validator=_tuple_of(Area))
    """The zone's areas, in source order."""
    domains: tuple[Domain, ...] = attrs.field(converter=_domains, validator=_tuple_of(Domain))
    """The policy domains, in number order."""
    source: Source = attrs.field(validator=attrs.validators.instance_of(Source))
    """The document the data comes from."""
    data_version: DataVersion = attrs.field(validator=attrs.validators.instance_of(DataVersion))
    """The data's own version and as-of date."""
    inaugurated: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(date))
    )
    """The day the zone was inaugurated, if known."""
    ordinal: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    """Which of China's pilot free trade zones it is, counting in order of creation (22 for Xinjiang)."""
    _cache: dict[str, object] = attrs.field(init=False, factory=dict, repr=False, eq=False, hash=False)
    """The zone's lookup and search indexes, built on first use (not data: not compared, not saved)."""

    def __attrs_post_init__(self) -> None:
        if not _is_id(self.id):
            raise ValueError(
                f"Zone id {self.id!r} must be lowercase ASCII letters, digits and '_', starting with a letter"
            )
        owner = f"Zone {self.id!r}"
        if not self.areas:
            raise ValueError(f"{owner}: must have at least one area")
        if not self.domains:
            raise ValueError(f"{owner}: must have at least one domain")
        counts = Counter(a.id for a in self.areas)
        duplicates = sorted(i for i, n in counts.items() if n > 1)
        if duplicates:
            raise ValueError(f"{owner}: area ids must be unique, repeated: {', '.join(duplicates)}")
        _check_consecutive(f"{owner}: domain numbers", [d.number for d in self.domains])
        _check_consecutive(f"{owner}: measure numbers", [m.number for d in self.domains for m in d.measures])
        if self.ordinal is not None:
            _check_number(f"{owner}: ordinal", self.ordinal)

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of every domain, in number order."""
        return tuple(m for d in self.domains for m in d.measures)

    @property
    def total_area_km2(self) -> Decimal:
        """The zone's size in km²: the exact sum of its areas' sizes."""
        return exact_sum(a.area_km2 for a in self.areas)

    # --- lookups (see lookups.py) -------------------------------------------------------------

    def area(self, key: str) -> Area:
        """The area with *key* as its id, one of its names (ja/en/zh, with or without the suffix) or an alias.

        Case, width, accents and white space do not matter. A miss raises
        :class:`~xinjiang_fta.NotFoundError` naming the closest keys.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.area("ウルムチ").id
        'urumqi'
        """
        from .lookups import _area

        return _area(self, key)

    def measure(self, key: int | str) -> Measure:
        """The measure with *key* as its number (``17``, ``"17"``, ``"１７"``) or its exact title.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.measure("１４").title.en
        'Expanding RMB settlement'
        """
        from .lookups import _measure

        return _measure(self, key)

    def domain(self, key: int | str) -> Domain:
        """The domain with *key* as its number or its exact title in any language.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.domain(5).title.ja
        '金融分野での開放・イノベーションの深化'
        """
        from .lookups import _domain

        return _domain(self, key)

    def domain_of(self, measure: Measure | int | str) -> Domain:
        """The domain that *measure* (a :class:`Measure` of this zone, or a measure key) belongs to.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.domain_of(17).number
        6
        """
        from .lookups import _domain_of

        return _domain_of(self, measure)

    # --- search (see _search.py) --------------------------------------------------------------

    def search(self, query: str, *, lang: Lang | None = None) -> tuple[Hit, ...]:
        """Every text of the zone that contains *query*, in tree order, optionally only in *lang*.

        >>> import xinjiang_fta
        >>> print(xinjiang_fta.ZONE.search("人民元", lang="ja")[0])
        measure 14 title (ja): 人民元決済の拡大
        """
        from ._search import _search

        return _search(self, query, lang)

    # --- aggregation (see aggregate.py) -------------------------------------------------------

    def sub_area_totals(self) -> dict[SubAreaKind, Decimal]:
        """The exact total size in km² of the parts of each kind, over all areas.

        >>> import xinjiang_fta
        >>> {k.value: str(v) for k, v in xinjiang_fta.ZONE.sub_area_totals().items()}
        {'xpcc_division': '36.56', 'bonded_zone': '9.58'}
        """
        from .aggregate import _sub_area_totals

        return _sub_area_totals(self)

    def area_shares(self) -> dict[str, Fraction]:
        """Each area's exact share of the zone's size, by area id; the shares sum to exactly 1.

        >>> import xinjiang_fta
        >>> str(xinjiang_fta.ZONE.area_shares()["kashgar"])
        '1424/8983'
        """
        from .aggregate import _area_shares

        return _area_shares(self)

    def measure_counts(self) -> dict[int, int]:
        """The number of measures of each domain, by domain number.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.measure_counts()[5]
        4
        """
        from .aggregate import _measure_counts

        return _measure_counts(self)

    def action_counts(self) -> dict[int, int]:
        """The number of actions of each domain (over its measures), by domain number.

        >>> import xinjiang_fta
        >>> xinjiang_fta.ZONE.action_counts()[5]
        7
        """
        from .aggregate import _action_counts

        return _action_counts(self)

    def area_table(self) -> tuple[AreaRow, ...]:
        """The areas and their parts as flat rows, each area followed by its parts.

        >>> import xinjiang_fta
        >>> [(r.area_id, r.part, str(r.area_km2)) for r in xinjiang_fta.ZONE.area_table()][:3]
        [('urumqi', None, '134.6'), ('urumqi', 1, '30.8'), ('urumqi', 2, '2.41')]
        """
        from .aggregate import _area_table

        return _area_table(self)


def _check_number(owner: str, number: int) -> None:
    if isinstance(number, bool) or number < 1:
        raise ValueError(f"{owner}: number must be a whole number from 1, got {number!r}")


def _check_consecutive(owner: str, numbers: Iterable[int]) -> None:
    numbers = list(numbers)
    expected = list(range(1, len(numbers) + 1))
    if numbers != expected:
        raise ValueError(f"{owner} must run 1, 2, 3, … in order, got {numbers}")
