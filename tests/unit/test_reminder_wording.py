"""A reminder's detail is worded in Chinese (FORMATS.md §2) and English at once."""

from datetime import date

from fpdesk.domain.reminders import Params, Records, ReminderPerson, evaluate
from fpdesk.domain.reminders import wording
from fpdesk.domain.reminders.model import Birth, Episode, ServiceRec

ON = date(2026, 11, 22)


def test_phrases_in_both_languages():
    assert wording.last_check(date(2026, 3, 1), True) == ("上次检查 2026年3月1日（本人拒绝）",
                                                          "Last check 2026-03-01 (declined)")
    assert wording.birth(date(2026, 9, 1), True, True) == ("分娩 2026年9月1日（剖宫产，死产）",
                                                           "Birth 2026-09-01 (caesarean, stillbirth)")
    assert wording.episode(3, None, date(2020, 1, 2)).then(wording.follow_up(12)).zh == \
        "放置 宫内节育器 2020年1月2日，12个月随访"
    assert wording.episode(3, "吉妮环", date(2020, 1, 2)).en == "Inserted 吉妮环 2020-01-02"   # her device, as typed
    assert wording.counted_from("联系", "contact", date(2001, 5, 3)) == (
        "无联系记录，自 2001年5月3日 起算", "No contact recorded, counted from 2001-05-03")


def test_rules_give_the_english_detail_with_the_item():
    woman = ReminderPerson("w1", "王芳", 2, date(1990, 5, 1), 1, 20, date(2012, 1, 1), None, None, None, None,
                           False, "001", False, False)
    records = Records(births=[Birth("b1", date(2026, 9, 1), 2, 1)],
                      episodes=[Episode("e1", 3, date(2018, 1, 2), None, 8.0)],
                      services=[ServiceRec("s1", 1, date(2025, 3, 1), True)])
    items = evaluate(woman, records, Params(), ON)
    assert {i.rule for i in items} >= {"R01", "R02"}
    for item in items:
        assert item.detail and item.detail_en and item.detail != item.detail_en
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in item.detail_en), item
