"""Cell values of an office's spreadsheets (FORMATS.md §6)."""

from datetime import date, datetime

import pytest

from fpdesk.domain import idcard
from fpdesk.domain import sheet_values as v
from fpdesk.domain.sheet_layout import clean_header, find_header, match_header, parse_row, skip_row
from fpdesk.domain.sheet_values import BadValue, MonthOnly


@pytest.mark.parametrize("text", ["1990-07-20", "1990/7/20", "1990.7.20", "19900720", "1990年7月20日",
                                  "１９９０－０７－２０", " 1990 年 7 月 20 日 ", datetime(1990, 7, 20),
                                  date(1990, 7, 20), 19900720, "1990-7-20"])
def test_every_date_spelling(text):
    assert v.parse_date(text) == date(1990, 7, 20)


def test_month_only_and_bad_dates():
    assert v.parse_date("1990-07", month_only=True) == MonthOnly(1990, 7)
    assert v.parse_date("1990年7月", month_only=True) == MonthOnly(1990, 7)
    assert v.parse_date("199007", month_only=True) == MonthOnly(1990, 7)
    assert v.parse_date(None) is None and v.parse_date("  ") is None
    with pytest.raises(BadValue, match="日期不存在"):
        v.parse_date("1990-02-30")
    with pytest.raises(BadValue, match="无法识别"):
        v.parse_date("七月")
    with pytest.raises(BadValue):
        v.parse_date("1990-07")     # a month is a date only where a birth date may take it from the ID
    assert v.parse_date(33074) == date(1990, 7, 20) and v.parse_date(33074.0) == date(1990, 7, 20)  # lost format
    with pytest.raises(BadValue):
        v.parse_date(1990)          # a year alone is not a day of 1905


def test_id_numbers_as_text_and_as_numbers():
    number = idcard.build("610628", date(1990, 5, 17), 122)
    assert v.parse_id_number(number.lower()) == number.upper()
    assert v.parse_id_number("６１０６２８" + number[6:]) == number
    assert v.parse_id_number(f" {number[:6]} {number[6:]} ") == number
    legacy = "610628900517122"
    assert v.parse_id_number(int(legacy)) == legacy                   # 15 digits survive as a number
    assert v.parse_id_number(float(legacy)) == legacy
    whole = next(n for n in (idcard.build("610628", date(1990, 5, 17), s) for s in range(100, 200))
                 if n[-1] != "X" and not n.endswith("000"))
    assert v.parse_id_number(int(whole)) == whole   # an exact number (not rounded by Excel) is kept
    with pytest.raises(BadValue, match="后几位已丢失"):
        v.parse_id_number(6.10628199005171e17)
    with pytest.raises(BadValue, match="6.10628E\\+17"):
        v.parse_id_number("6.10628E+17")
    with pytest.raises(BadValue, match="后几位已丢失"):
        v.parse_id_number(610628199005171000)                         # Excel's rounding: zeros at the end


def test_codes():
    assert [v.parse_sex(x) for x in ("男", "女", "1", "2", 1, 2.0, None)] == [1, 2, 1, 2, 1, 2, None]
    assert [v.parse_marital(x) for x in ("未婚", "已婚", "初婚", "再婚", "复婚", "离婚", "丧偶")] == \
        [10, 20, 21, 22, 23, 40, 30]
    words = "户主 本人 配偶 妻 夫 子 儿子 女 女儿 父 母 父母 孙子 孙女 其他".split()
    assert [v.parse_relation(w)[0] for w in words] == \
        ["01", "01", "02", "02", "02", "03", "03", "04", "04", "05", "05", "05", "06", "06", "09"]
    assert v.parse_relation("儿媳") == ("09", "与户主关系“儿媳”按“其他”（09）导入")
    assert v.parse_relation("女婿")[0] == "09"
    assert [v.parse_ethnicity(x) for x in ("汉", "汉族", "回族", "回", "蒙古", "土家族", "01")] == \
        ["01", "01", "03", "03", "02", "15", "01"]
    methods = {"女扎": 1, "输卵管结扎": 1, "结扎": 1, "男扎": 2, "输精管结扎": 2, "上环": 3, "放环": 3,
               "宫内节育器": 3, "IUD": 3, "iud": 3, "皮埋": 4, "皮下埋植": 4, "口服药": 5, "避孕药": 5,
               "避孕针": 6, "避孕套": 7, "药具": 7, "外用药": 8, "无": 0, "未避孕": 0, "ＩＵＤ": 3}
    assert {k: v.parse_method(k) for k in methods} == methods
    assert [v.parse_group(x) for x in (1, "01", "1组", "一组", "第一组", "十二组", "第12村民小组", 3.0)] == \
        ["01", "01", "01", "01", "01", "12", "12", "03"]
    for bad, fn in (("半组", v.parse_group), ("外星", v.parse_ethnicity), ("不详", v.parse_sex),
                    ("同居", v.parse_marital), ("针灸", v.parse_method)):
        with pytest.raises(BadValue):
            fn(bad)


def test_headers_are_matched_without_spaces_breaks_and_parentheses():
    assert clean_header(" 身份证号\n（18位） ") == "身份证号"
    assert match_header("出生\n年月") == "birth_date"
    assert match_header("联系电话(手机)") == "phone"
    assert match_header("现有子女") is None


def test_two_level_header_and_title_rows():
    rows = [(1, ["东庄村花名册", None, None, None, None]),
            (2, ["填报单位：和平镇", None, None, None, None]),
            (3, ["姓名", "性别", "现有子女", None, "身份证号"]),
            (4, [None, None, "男", "女", None]),
            (5, ["张三", "女", 1, 0, "610628199005171221"])]
    header = find_header(rows)
    assert header.row == 4 and header.first_row == 3
    assert header.labels == ("姓名", "性别", "现有子女/男", "现有子女/女", "身份证号")
    assert header.fields == ("name", "sex", None, None, "id_number")
    one = find_header([(1, ["标题"]), (2, ["姓名", "出生日期"]), (3, ["张三", "1990-01-01"])])
    assert one.row == 2 and one.first_row == 2 and one.labels == ("姓名", "出生日期")
    grouped = find_header([(1, ["基本情况", None, "措施", None]), (2, ["姓名", "性别", "避孕措施", "措施时间"]),
                           (3, ["张三", "女", "上环", "2020-01-01"])])
    assert grouped.fields == ("name", "sex", "method", "method_date") and grouped.row == 2
    assert find_header([(1, ["编号", "金额"]), (2, [1, 2])]) is None


def test_blank_total_and_repeated_header_rows_are_skipped():
    assert skip_row([None, "", "  "])
    assert skip_row(["合计", None, 35])
    assert skip_row([None, "总 计", 35])
    assert skip_row(["姓名", "性别", "出生日期"])
    assert not skip_row(["张三", "女"])


def test_a_row_takes_sex_and_birth_from_its_id_number():
    number = idcard.build("610628", date(1990, 7, 20), 122)
    fields = ("name", "id_number", "birth_date", "sex")
    row = parse_row(7, ["张三", number, "1990-07", None], fields)
    assert row.values["birth_date"] == date(1990, 7, 20) and row.values["sex"] == 2 and not row.errors
    wrong = parse_row(8, ["张三", number, "1990-08", None], fields)
    assert wrong.errors and wrong.errors[0][0] == "birth_date"
    assert "只填到月" in wrong.errors[0][1]
