"""Pinyin of a Chinese name, for search (张秀梅 → zxm) and for sorting
(张秀梅 → "zhang xiu mei", so 张 sorts before 赵)."""

from functools import cache, lru_cache

# Surnames read differently from the character's common reading (单 shàn, 曾 zēng).
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha",
    "区": "ou", "盖": "ge", "覃": "qin", "翟": "zhai", "乐": "yue", "缪": "miao",
    "尉": "yu", "召": "shao", "长": "chang", "重": "chong", "万": "wan", "沈": "shen",
    "任": "ren", "秘": "bi",
}


@cache
def _pypinyin():
    """pypinyin, loaded on first use: its dictionaries take half a second to
    import, which the sign-in window should not wait for."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PINYIN_DICT

    return Style, lazy_pinyin, PINYIN_DICT


@lru_cache(maxsize=8192)
def _only_reading(char: str) -> str | None:
    """The reading of a character that has exactly one (no phrase can change it)."""
    readings = _pypinyin()[2].get(ord(char))
    return _words(char)[0] if readings and "," not in readings else None


def _words(text: str) -> list[str]:
    """Phrase-aware readings (长春 → chang chun); a Latin run stays one word.
    Text whose every character has a single reading is read character by
    character (the same result; a tenth of the time, which an import of
    60,000 names notices)."""
    if len(text) > 1:
        fast = [_only_reading(c) for c in text]
        if None not in fast:
            return fast
    out = []
    style, lazy_pinyin, _ = _pypinyin()
    for chunk in lazy_pinyin(text, style=style.NORMAL, errors="default"):
        word = "".join(c for c in chunk.lower() if c.isascii() and c.isalpha())
        if word:
            out.append(word)
    return out


@lru_cache(maxsize=65536)
def syllables(name: str | None) -> tuple[str, ...]:
    name = (name or "").strip()
    if name and name[0] in SURNAME_READINGS:
        return (SURNAME_READINGS[name[0]], *_words(name[1:]))
    return tuple(_words(name))


def initials(name: str | None) -> str:
    """张秀梅 → zxm; a Latin word keeps all its letters."""
    ascii_part = "".join(c for c in (name or "") if c.isascii())
    latin = set(_words(ascii_part)) if ascii_part.strip() else set()
    return "".join(s if s in latin else s[0] for s in syllables(name))


def sort_key(name: str | None) -> str:
    """张秀梅 → "zhang xiu mei": sorts names in dictionary (pinyin) order."""
    return " ".join(syllables(name))
