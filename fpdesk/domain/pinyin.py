"""Pinyin initials of a Chinese name, for search (张秀梅 → zxm)."""

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


# Surnames read differently from the character's common reading (单 shàn, 曾 zēng).
SURNAME_INITIALS = {
    "单": "s", "曾": "z", "解": "x", "仇": "q", "朴": "p", "查": "z", "区": "o",
    "盖": "g", "覃": "q", "翟": "z", "乐": "y", "缪": "m", "尉": "y", "召": "s",
    "长": "c", "重": "c", "万": "w", "沈": "s", "任": "r", "秘": "b",
}


@lru_cache(maxsize=8192)
def _char_initial(char: str) -> str:
    syllable = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return syllable[0][:1].lower() if syllable else ""


def initials(name: str | None) -> str:
    """Lower-case initials; Latin letters are kept, other characters dropped."""
    name = name or ""
    out = []
    if name and name[0] in SURNAME_INITIALS:
        out.append(SURNAME_INITIALS[name[0]])
        name = name[1:]
    for char in name:
        if char.isascii():
            if char.isalpha():
                out.append(char.lower())
        else:
            out.append(_char_initial(char))
    return "".join(out)
