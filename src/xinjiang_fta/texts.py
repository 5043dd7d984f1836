"""A text of a record in the source's Japanese, our English and, for proper names, Chinese."""

from typing import Literal

import attrs

from ._checks import check_text, maybe, of, short

__all__ = ["LANGUAGES", "Lang", "Text"]

Lang = Literal["ja", "en", "zh"]
"""A language code of a :class:`Text`: Japanese, English or Chinese."""

LANGUAGES: tuple[Lang, ...] = ("ja", "en", "zh")
"""Every language a :class:`Text` can carry, source language first."""


@attrs.frozen(repr=False)
class Text:
    """One text in Japanese (the source), English (our translation) and, for proper names, Chinese.

    ``str(text)`` gives the Japanese source text.

    >>> t = Text("ウルムチエリア", "Urumqi Area", "乌鲁木齐片区")
    >>> str(t), t.get("en"), t.get("zh")
    ('ウルムチエリア', 'Urumqi Area', '乌鲁木齐片区')
    """

    ja: str = attrs.field(validator=of(str), metadata={"doc": "In Japanese: the source's text, verbatim."})
    en: str = attrs.field(validator=of(str), metadata={"doc": "In English: our translation."})
    zh: str | None = attrs.field(
        validator=maybe(str), default=None, metadata={"doc": "In Chinese: the official name, if any."}
    )

    def __attrs_post_init__(self) -> None:
        for lang in LANGUAGES:
            value = getattr(self, lang)
            if value is not None:
                check_text("Text.ja" if lang == "ja" else f"Text.{lang} (ja={short(self.ja)})", value)

    def get(self, lang: Lang) -> str | None:
        """Return the text in *lang* (``"ja"``, ``"en"`` or ``"zh"``); ``None`` if it has no such text.

        >>> Text("物流", "logistics").get("zh") is None
        True
        """
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
        value: str | None = getattr(self, lang)
        return value

    def __str__(self) -> str:
        return self.ja

    def __repr__(self) -> str:
        return f"Text({', '.join(short(t) for t in (self.ja, self.en, self.zh) if t is not None)})"
