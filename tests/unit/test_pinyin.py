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
