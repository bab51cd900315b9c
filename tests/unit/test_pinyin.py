import pytest

from fpdesk.domain.pinyin import initials, sort_key


@pytest.mark.parametrize("name,ini,key", [
    ("张秀梅", "zxm", "zhang xiu mei"),
    ("单田芳", "stf", "shan tian fang"),     # the surname 单 reads shàn
    ("曾国藩", "zgf", "zeng guo fan"),
    ("李长春", "lcc", "li chang chun"),      # phrase-aware: 长春 is chang chun
    ("Anna王", "annaw", "anna wang"),
    ("", "", ""),
])
def test_initials_and_sort_key(name, ini, key):
    assert initials(name) == ini
    assert sort_key(name) == key


def test_sort_key_orders_by_dictionary_not_by_initials():
    names = ["赵莉", "周敏", "张秀梅", "李红"]
    assert sorted(names, key=sort_key) == ["李红", "张秀梅", "赵莉", "周敏"]


def test_reading_character_by_character_agrees_with_the_phrase_reading():
    """The fast path (every character with one reading) must give exactly what the
    phrase-aware reading gives, for every demo surname with every demo given name."""
    import json

    from pypinyin import Style, lazy_pinyin

    from fpdesk.domain import pinyin
    from fpdesk.resources import resource_path

    names = json.loads(resource_path("demo/names.json").read_text(encoding="utf-8"))
    given = {g for sex in names["given"].values() for era in sex.values() for g in era}
    texts = {s + g for s in names["surnames"] for g in given} | given
    fast = [t for t in texts if None not in (pinyin._only_reading(c) for c in t)]
    assert len(fast) > len(texts) // 4          # the path is really taken
    for text in fast:
        assert pinyin._words(text) == [w for w in lazy_pinyin(text, style=Style.NORMAL)], text
