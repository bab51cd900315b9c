"""Reading the values of an office's own spreadsheets (FORMATS.md §6).

Pure functions: a cell's value (as a spreadsheet reader hands it over: str,
int, float, date, datetime or None) → the record's value, or a `BadValue`
whose message says what is wrong, in Chinese (and `message_en`), for the clerk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from fpdesk.domain import codes, idcard
from fpdesk.domain.messages import ClerkError, Said


class BadValue(ClerkError, ValueError):
    """The cell cannot be read; str() is the clerk's message, message_en the English."""


@dataclass(frozen=True)
class MonthOnly:
    """A birth date given only to the month (1990-07, 1990年7月)."""

    year: int
    month: int


def text_of(value) -> str:
    """The cell as normalised text: full-width folded (NFKC), stripped; '' for empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    if text.isascii():
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()


def squeezed(value) -> str:
    """text_of without any whitespace inside (ID numbers, codes, phones)."""
    return re.sub(r"\s+", "", text_of(value))


# -- dates ---------------------------------------------------------------------
_FULL = (
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
)
_MONTH = (
    re.compile(r"(\d{4})(\d{2})"),
    re.compile(r"(\d{4})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月?"),
)
EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value, *, month_only: bool = False) -> date | MonthOnly | None:
    """A date cell: a spreadsheet date, or text 1990-07-20, 1990/7/20, 1990.7.20,
    19900720, 1990年7月20日; with month_only, 1990-07 / 1990.7 / 199007 / 1990年7月
    give a MonthOnly. None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = re.sub(r"\s+", "", text_of(value))
    if not text:
        return None
    if re.fullmatch(r"\d+\.0", text):
        text = text[:-2]
    for pattern in _FULL:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                raise BadValue(f"日期不存在：“{text}”", f"No such date: \"{text}\"") from None
    if month_only:
        for pattern in _MONTH:
            match = pattern.fullmatch(text)
            if match and 1 <= int(match.group(2)) <= 12:
                return MonthOnly(int(match.group(1)), int(match.group(2)))
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 10000 <= value < 2958466:
        # a date cell whose format was lost (a "general" cell): Excel's day count. Smaller
        # numbers (1990) are more likely a year than a day of 1905, and are refused
        from datetime import timedelta
        return EXCEL_EPOCH + timedelta(days=int(value))
    raise BadValue(f"日期格式无法识别：“{text}”（可写作 1990-07-20、1990/7/20、1990.7.20、19900720 或 1990年7月20日）",
                   f"Date not recognised: \"{text}\" (write 1990-07-20, 1990/7/20, 1990.7.20, 19900720 or "
                   "1990年7月20日)")


# -- ID numbers ----------------------------------------------------------------
LOST_DIGITS = ("身份证号码被 Excel 存成了数字，后几位已丢失（显示为 {shown}）：请把该列设为“文本”格式，"
               "重新填写完整的号码后再导入",
               "Excel stored the ID number as a number and lost its last digits (shown as {shown}): format the "
               "column as Text, type the whole numbers again and import again")


def _lost_digits(shown: str) -> BadValue:
    return BadValue(*(text.format(shown=shown) for text in LOST_DIGITS))


def parse_id_number(value) -> str | None:
    """The ID number as text. A number that still holds all its digits is
    taken (a 15-digit legacy number fits in Excel's 15 significant digits);
    one Excel rounded (6.10628E+17, or 18 digits ending in rounded zeros) is refused."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadValue("身份证号码不是文字或数字", "The ID number is neither text nor a number")
    if isinstance(value, float):
        if not value.is_integer():
            raise _lost_digits(f"{value:.5E}")
        value = int(value)
        if len(str(value)) > 15:   # a float never holds more than 15–16 exact digits
            raise _lost_digits(f"{value:.5E}")
    if isinstance(value, int):
        digits = str(value)
        if len(digits) > 15 and not idcard.parse(digits).ok or (
                len(digits) == 18 and idcard.check_char(digits[:17]) != digits[17]):
            raise _lost_digits(f"{value:.5E}")
        return digits
    text = squeezed(value).upper()
    if not text:
        return None
    if re.fullmatch(r"\d(\.\d+)?E\+\d+", text):
        raise _lost_digits(text)
    return text


# -- codes ---------------------------------------------------------------------
SEX = {"男": 1, "女": 2, "1": 1, "2": 2, "男性": 1, "女性": 2}
MARITAL = {"未婚": 10, "已婚": 20, "有配偶": 20, "初婚": 21, "再婚": 22, "复婚": 23, "丧偶": 30, "离婚": 40,
           "未说明": 90}
RELATION = {"户主": "01", "本人": "01", "本人/户主": "01", "配偶": "02", "妻": "02", "妻子": "02", "夫": "02",
            "丈夫": "02", "子": "03", "儿子": "03", "长子": "03", "次子": "03", "女": "04", "女儿": "04",
            "长女": "04", "次女": "04", "父": "05", "母": "05", "父亲": "05", "母亲": "05", "父母": "05",
            "孙子": "06", "孙女": "06", "孙子女": "06", "其他": "09"}
METHOD = {"女扎": 1, "输卵管结扎": 1, "结扎": 1, "女性绝育": 1, "男扎": 2, "输精管结扎": 2, "男性绝育": 2,
          "上环": 3, "放环": 3, "宫内节育器": 3, "IUD": 3, "环": 3, "皮埋": 4, "皮下埋植": 4,
          "口服药": 5, "避孕药": 5, "口服避孕药": 5, "避孕针": 6, "避孕套": 7, "药具": 7,
          "外用药": 8, "外用避孕药": 8, "其他": 9, "无": 0, "未避孕": 0, "无措施": 0}
RESIDENCE = {"在册": 1, "户籍在册": 1, "常住": 1, "在家": 1, "外出": 2, "流出": 2, "户籍外出": 2,
             "流入": 3, "迁出": 8, "死亡": 9}
_ETHNICITY = {label[:-1] if label.endswith("族") else label: code
              for code, (label, _en) in codes.ETHNICITY.labels.items()}
_CN_DIGITS = "〇一二三四五六七八九"


def _code(table: dict, value, what: tuple[str, str]):
    text = squeezed(value)
    if not text:
        return None
    found = table.get(text, table.get(text.upper()))
    if found is None:
        raise BadValue(f"{what[0]}无法识别：“{text}”", f"{what[1]} not recognised: \"{text}\"")
    return found


def parse_sex(value) -> int | None:
    return _code(SEX, value, ("性别", "Sex"))


def parse_marital(value) -> int | None:
    return _code(MARITAL, value, ("婚姻状况", "Marital status"))


def parse_method(value) -> int | None:
    return _code(METHOD, value, ("避孕节育措施", "Contraceptive method"))


def parse_residence(value) -> int | None:
    return _code(RESIDENCE, value, ("居住状态", "Residence"))


def parse_relation(value) -> tuple[str | None, str | None]:
    """(code, warning): a word the list does not know (儿媳, 女婿) is 09 其他 with a warning."""
    text = squeezed(value)
    if not text:
        return None, None
    if text in RELATION:
        return RELATION[text], None
    if text in codes.RELATION:
        return text, None
    return "09", Said(f"与户主关系“{text}”按“其他”（09）导入",
                      f"Relation to the head \"{text}\" imported as Other (09)")


def parse_ethnicity(value) -> str | None:
    text = squeezed(value)
    if not text:
        return None
    if text.isdigit() and f"{int(text):02d}" in codes.ETHNICITY:
        return f"{int(text):02d}"
    name = text[:-1] if text.endswith("族") else text
    if name in _ETHNICITY:
        return _ETHNICITY[name]
    raise BadValue(f"民族无法识别：“{text}”", f"Ethnicity not recognised: \"{text}\"")


def _chinese_number(text: str) -> int | None:
    """一 … 九十九 (十, 十二, 二十, 二十三)."""
    if not text or any(c not in _CN_DIGITS + "十" for c in text):
        return None
    if "十" not in text:
        return int("".join(str(_CN_DIGITS.index(c)) for c in text)) if len(text) <= 2 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0)


def parse_group(value) -> str | None:
    """1, 01, 1组, 一组, 第一组, 第1村民小组 → "01"."""
    text = squeezed(value)
    if not text:
        return None
    core = re.sub(r"^第", "", text)
    core = re.sub(r"(村民小组|小组|组)$", "", core)
    number = int(core) if core.isdigit() else _chinese_number(core)
    if number is None or not 1 <= number <= 99:
        raise BadValue(f"组号无法识别：“{text}”（应为 1–99，如 1、01、1组、一组、第一组）",
                       f"Group not recognised: \"{text}\" (1–99, such as 1, 01, 1组, 一组, 第一组)")
    return f"{number:02d}"


def parse_household_no(value) -> str | None:
    text = squeezed(value)
    if not text:
        return None
    if not text.isdigit():
        raise BadValue(f"户号应为数字：“{text}”", f"A household number is digits: \"{text}\"")
    return text


def parse_text(value, limit: int) -> str | None:
    text = text_of(value)
    if len(text) > limit:
        raise BadValue(f"内容过长（{len(text)} 个字，最多 {limit} 个）",
                       f"Too long ({len(text)} characters, at most {limit})")
    return text or None


def parse_phone(value) -> str | None:
    return parse_text(squeezed(value), 30)


def parse_name(value) -> str | None:
    return parse_text(squeezed(value), 40)
