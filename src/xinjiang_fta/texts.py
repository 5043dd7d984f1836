"""A text of a record in the source's Japanese, our English and, for proper names, Chinese."""

from typing import Literal

import attrs

from . import _checks
from ._checks import by_type, check_text, short

__all__ = ["LANGUAGES", "MAX_TEXT", "Lang", "Text"]

Lang = Literal["ja", "en", "zh"]
"""A language code of a :class:`Text`: Japanese, English or Chinese."""

LANGUAGES: tuple[Lang, ...] = ("ja", "en", "zh")
"""Every language a :class:`Text` can carry, source language first."""

MAX_TEXT = _checks.MAX_TEXT
"""The most characters any text of a record holds (10,000), aliases, issuer and version included."""


def check_lang(lang: object) -> None:
    """Raise :class:`TypeError` unless *lang* is a str, :class:`ValueError` unless one of LANGUAGES."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, one of {', '.join(LANGUAGES)}, not {type(lang).__name__}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {short(lang)}: expected one of {', '.join(LANGUAGES)}")


@attrs.frozen(repr=False, field_transformer=by_type)
class Text:
    """One text in Japanese (the source), English (our translation) and, for proper names, Chinese.

    Each is one visible line of at most :data:`MAX_TEXT` characters; ``str(text)`` is the Japanese.

    >>> t = Text("ウルムチエリア", "Urumqi Area", "乌鲁木齐片区")
    >>> str(t), t.get("en"), t.get("zh")
    ('ウルムチエリア', 'Urumqi Area', '乌鲁木齐片区')
    """

    ja: str = attrs.field(metadata={"doc": "In Japanese: the source's text, verbatim."})
    en: str = attrs.field(metadata={"doc": "In English: our translation."})
    zh: str | None = attrs.field(
        default=None, metadata={"doc": "In Chinese: the official name (names only; other texts have none)."}
    )

    def __attrs_post_init__(self) -> None:
        for lang in LANGUAGES:
            value = getattr(self, lang)
            if value is not None:
                check_text(f"Text.{lang}", value, None if lang == "ja" else self.ja)

    def get(self, lang: Lang) -> str | None:
        """Return the text in *lang* (``"ja"``, ``"en"`` or ``"zh"``); ``None`` if it has no such text."""
        if not isinstance(lang, str):
            raise TypeError(f"a language is a code such as 'en', not {type(lang).__name__}")
        check_lang(lang)
        return getattr(self, lang)  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return self.ja

    def __repr__(self) -> str:
        return f"Text({', '.join(short(t) for t in map(self.get, LANGUAGES) if t is not None)})"
