"""Code lists of DOMAIN.md, with Chinese and English labels.

Values are ints, except ETHNICITY and RELATION (two-character strings such
as "01", as in the package) and REGION_LEVEL and ROLE (words).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CodeSet:
    name: str
    labels: dict = field(hash=False)  # value -> (zh, en)

    def label(self, value, lang: str = "zh") -> str:
        """The label in `lang` ("zh" or "en"); str(value) for an unknown
        value and "" for None."""
        if value is None:
            return ""
        pair = self.labels.get(value) if value in self else None
        if pair is None:
            return str(value)
        return pair[0] if lang == "zh" else pair[1]

    def values(self) -> list:
        return list(self.labels)

    def choices(self, lang: str = "zh") -> list[tuple]:
        """(value, label) pairs in code order, for combo boxes."""
        return [(v, self.label(v, lang)) for v in self.labels]

    def __contains__(self, value) -> bool:
        # bool is an int subclass: True must not pass for code 1
        if isinstance(value, bool):
            return False
        try:
            return value in self.labels
        except TypeError:  # unhashable
            return False


SEX = CodeSet("sex", {1: ("男", "Male"), 2: ("女", "Female")})

HUKOU_TYPE = CodeSet("hukou_type", {
    1: ("非农业", "Non-agricultural"),
    2: ("农业", "Agricultural"),
    9: ("其他", "Other"),
})

# GB 3304-91 with the codes for "other" and naturalised citizens.
_ETHNIC_GROUPS = (
    ("汉族", "Han"), ("蒙古族", "Mongol"), ("回族", "Hui"), ("藏族", "Tibetan"),
    ("维吾尔族", "Uyghur"), ("苗族", "Miao"), ("彝族", "Yi"), ("壮族", "Zhuang"),
    ("布依族", "Bouyei"), ("朝鲜族", "Korean"), ("满族", "Manchu"), ("侗族", "Dong"),
    ("瑶族", "Yao"), ("白族", "Bai"), ("土家族", "Tujia"), ("哈尼族", "Hani"),
    ("哈萨克族", "Kazakh"), ("傣族", "Dai"), ("黎族", "Li"), ("傈僳族", "Lisu"),
    ("佤族", "Va"), ("畲族", "She"), ("高山族", "Gaoshan"), ("拉祜族", "Lahu"),
    ("水族", "Sui"), ("东乡族", "Dongxiang"), ("纳西族", "Naxi"), ("景颇族", "Jingpo"),
    ("柯尔克孜族", "Kyrgyz"), ("土族", "Tu"), ("达斡尔族", "Daur"), ("仫佬族", "Mulao"),
    ("羌族", "Qiang"), ("布朗族", "Blang"), ("撒拉族", "Salar"), ("毛南族", "Maonan"),
    ("仡佬族", "Gelao"), ("锡伯族", "Xibe"), ("阿昌族", "Achang"), ("普米族", "Pumi"),
    ("塔吉克族", "Tajik"), ("怒族", "Nu"), ("乌孜别克族", "Uzbek"), ("俄罗斯族", "Russian"),
    ("鄂温克族", "Evenki"), ("德昂族", "De'ang"), ("保安族", "Bonan"), ("裕固族", "Yugur"),
    ("京族", "Gin"), ("塔塔尔族", "Tatar"), ("独龙族", "Derung"), ("鄂伦春族", "Oroqen"),
    ("赫哲族", "Hezhen"), ("门巴族", "Monba"), ("珞巴族", "Lhoba"), ("基诺族", "Jino"),
)
ETHNICITY = CodeSet("ethnicity", {
    **{f"{i:02d}": pair for i, pair in enumerate(_ETHNIC_GROUPS, start=1)},
    "97": ("其他", "Other"),
    "98": ("外国血统中国籍人士", "Chinese citizen of foreign origin"),
})

RELATION = CodeSet("relation", {
    "01": ("本人/户主", "Self / head of household"),
    "02": ("配偶", "Spouse"),
    "03": ("子", "Son"),
    "04": ("女", "Daughter"),
    "05": ("父母", "Parent"),
    "06": ("孙子女", "Grandchild"),
    "09": ("其他", "Other"),
})

RESIDENCE = CodeSet("residence", {
    1: ("户籍在册", "Registered, present"),
    2: ("户籍外出/流出", "Registered, away (outflow)"),
    3: ("流入", "Inflow (registered elsewhere)"),
    8: ("迁出", "Moved out"),
    9: ("死亡", "Deceased"),
})

MARITAL_STATUS = CodeSet("marital_status", {
    10: ("未婚", "Never married"),
    20: ("已婚", "Married"),
    21: ("初婚", "First marriage"),
    22: ("再婚", "Remarried"),
    23: ("复婚", "Remarried to former spouse"),
    30: ("丧偶", "Widowed"),
    40: ("离婚", "Divorced"),
    90: ("未说明", "Not stated"),
})

MARRIAGE_EVENT = CodeSet("marriage_event", {
    21: ("初婚", "First marriage"),
    22: ("再婚", "Remarriage"),
    23: ("复婚", "Remarriage to former spouse"),
    30: ("丧偶", "Widowhood"),
    40: ("离婚", "Divorce"),
})

DELIVERY = CodeSet("delivery", {
    1: ("阴道分娩", "Vaginal"),
    2: ("剖宫产", "Caesarean"),
    9: ("其他", "Other"),
})

BIRTH_PLACE = CodeSet("birth_place", {
    1: ("医院", "Hospital"),
    2: ("家中", "Home"),
    9: ("其他", "Other"),
})

BIRTH_OUTCOME = CodeSet("birth_outcome", {
    1: ("活产", "Live birth"),
    2: ("死产", "Stillbirth"),
})

PREGNANCY_OUTCOME = CodeSet("pregnancy_outcome", {
    0: ("妊娠中", "Ongoing"),
    1: ("活产", "Live birth"),
    2: ("死产", "Stillbirth"),
    3: ("自然流产", "Miscarriage"),
    4: ("人工流产", "Induced abortion"),
    5: ("异位妊娠", "Ectopic pregnancy"),
    9: ("其他", "Other"),
})

METHOD = CodeSet("method", {
    0: ("未避孕", "No method"),
    1: ("女性绝育", "Female sterilisation"),
    2: ("男性绝育", "Male sterilisation"),
    3: ("宫内节育器", "IUD"),
    4: ("皮下埋植", "Implant"),
    5: ("口服避孕药", "Oral pill"),
    6: ("避孕针", "Injectable"),
    7: ("避孕套", "Condom"),
    8: ("外用避孕药", "Spermicide"),
    9: ("其他", "Other"),
})
LONG_ACTING = frozenset({1, 2, 3, 4})

NO_METHOD_REASON = CodeSet("no_method_reason", {
    1: ("计划怀孕", "Planning a pregnancy"),
    2: ("哺乳期", "Breastfeeding"),
    9: ("其他", "Other"),
})

END_REASON = CodeSet("end_reason", {
    1: ("计划怀孕取出", "Removed to plan a pregnancy"),
    2: ("到期更换", "Replaced / expired"),
    3: ("绝经", "Menopause"),
    4: ("副作用", "Side effects"),
    5: ("改用其他方法", "Switched method"),
    6: ("避孕失败/妊娠", "Failure / pregnancy"),
    7: ("脱落", "Expelled"),
    9: ("其他", "Other"),
})

SERVICE_TYPE = CodeSet("service_type", {
    1: ("生殖健康检查", "Reproductive health check"),
    2: ("节育器随访", "IUD follow-up"),
    3: ("绝育术后随访", "Post-sterilisation follow-up"),
    4: ("产后访视", "Postnatal visit"),
    5: ("避孕咨询·知情选择", "Contraceptive counselling / informed choice"),
    6: ("药具发放", "Contraceptive supplies"),
    7: ("叶酸发放", "Folic acid"),
    8: ("孕前优生健康检查", "Pre-pregnancy health check"),
    9: ("皮埋随访", "Implant follow-up"),
    10: ("流动人口信息核查", "Migrant information check"),
    11: ("孕期服务", "Pregnancy care"),
    99: ("其他", "Other"),
})

RING_RESULT = CodeSet("ring_result", {
    1: ("正常", "Normal"),
    2: ("下移", "Displaced"),
    3: ("脱落", "Expelled"),
    4: ("带器妊娠", "Pregnant with IUD"),
    9: ("未查", "Not checked"),
})

PREGNANCY_RESULT = CodeSet("pregnancy_result", {
    1: ("未孕", "Not pregnant"),
    2: ("已孕", "Pregnant"),
    9: ("未查", "Not checked"),
})

DISEASE_RESULT = CodeSet("disease_result", {
    1: ("未见异常", "No abnormality"),
    2: ("异常", "Abnormal"),
    9: ("未查", "Not checked"),
})

SCREEN_RESULT = CodeSet("screen_result", {
    1: ("未见异常", "No abnormality"),
    2: ("异常·已转诊", "Abnormal, referred"),
    9: ("未查", "Not checked"),
})


@dataclass(frozen=True)
class HealthCheckItem:
    """One item of a type-1 生殖健康检查: its key in the package's `items`,
    its database column, its printed name and its result codes."""

    key: str
    column: str
    zh: str
    en: str
    codes: CodeSet


# In the order the form and the printouts show them. Every item is optional
# (absent = not done). 查孕 is recorded only when she asks for a test: no
# form pre-fills it and no report or register column counts it.
HEALTH_CHECK_ITEMS = (
    HealthCheckItem("disease", "item_disease", "妇科检查", "gynaecological examination", DISEASE_RESULT),
    HealthCheckItem("cervical", "item_cervical", "宫颈癌筛查", "cervical cancer screening", SCREEN_RESULT),
    HealthCheckItem("breast", "item_breast", "乳腺癌筛查", "breast cancer screening", SCREEN_RESULT),
    HealthCheckItem("ring", "item_ring", "节育器检查", "IUD check", RING_RESULT),
    HealthCheckItem("pregnancy", "item_pregnancy", "查孕（本人要求）", "pregnancy test (at her request)",
                    PREGNANCY_RESULT),
)
# results that carry a referral follow-up date (next_date) when given
ABNORMAL = {"item_disease": 2, "item_cervical": 2, "item_breast": 2}

MIGRATION_DIRECTION = CodeSet("migration_direction", {
    1: ("流出", "Outflow"),
    2: ("流入", "Inflow"),
    3: ("返回", "Return"),
    4: ("迁出", "Move out"),
    5: ("迁入", "Move in"),
})

BENEFIT_PROGRAM = CodeSet("benefit_program", {
    1: ("奖励扶助", "Reward and assistance"),
    2: ("特别扶助·伤残", "Special assistance (disabled child)"),
    3: ("特别扶助·死亡", "Special assistance (deceased child)"),
    4: ("独生子女父母奖励费", "One-child parents' reward"),
    5: ("育儿补贴", "Childcare subsidy"),
    9: ("其他地方项目", "Other local programme"),
})

BENEFIT_STATUS = CodeSet("benefit_status", {
    1: ("待确认", "To confirm"),
    2: ("已确认", "Confirmed"),
    3: ("已发放", "Paid"),
    4: ("已停发", "Stopped"),
})

REGION_LEVEL = CodeSet("region_level", {
    "county": ("县", "County"),
    "township": ("乡镇", "Township"),
    "village": ("村（居）", "Village"),
})

ROLE = CodeSet("role", {
    "admin": ("管理员", "Administrator"),
    "clerk": ("统计员", "Clerk"),
    "viewer": ("查看", "Viewer"),
})

MARRIED = frozenset({20, 21, 22, 23})
PRESENT = frozenset({1, 3})  # residence codes of people living here
HUKOU_BASIS = frozenset({1, 2})  # 户籍 population
RESIDENT_BASIS = frozenset({1, 3})  # 常住 population

ALL: dict[str, CodeSet] = {
    cs.name: cs
    for cs in (
        SEX, HUKOU_TYPE, ETHNICITY, RELATION, RESIDENCE, MARITAL_STATUS, MARRIAGE_EVENT,
        DELIVERY, BIRTH_PLACE, BIRTH_OUTCOME, PREGNANCY_OUTCOME, METHOD, NO_METHOD_REASON,
        END_REASON, SERVICE_TYPE, RING_RESULT, PREGNANCY_RESULT, DISEASE_RESULT, SCREEN_RESULT,
        MIGRATION_DIRECTION, BENEFIT_PROGRAM, BENEFIT_STATUS, REGION_LEVEL, ROLE,
    )
}
