"""The fixed terms of an application (申请的取值表).

Applicant types and reply categories are those of table 3 of the annual
report (国办公开办函〔2021〕30号), read from ``data/annual_report_2021.json`` so
the counts and the form never disagree.
"""

from functools import cache
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zwgk import DATA
from zwgk.vocabularies import simple_vocabulary
from zwgk.vocabularies import vocabulary_factory

import json


FORMAT = DATA / "annual_report_2021.json"

NATURAL_PERSON = "natural_person"
# 证件类型: a natural person shows an identity document, an organisation its code.
RESIDENT_ID = "resident_id"
USCC = "uscc"
ID_TYPES = (
    (RESIDENT_ID, "居民身份证"),
    ("passport", "护照"),
    ("hk_macao_taiwan", "港澳台居民居住证或通行证"),
    ("other_id", "其他有效身份证件"),
    (USCC, "统一社会信用代码"),
)
PERSONAL_ID_TYPES = frozenset(t for t, _ in ID_TYPES if t != USCC)
# 获取信息的方式 (载体形式) and 获取方式 (第二十九条)
FORMS = (("paper", "纸质"), ("electronic", "电子"))
DELIVERIES = (("post", "邮寄"), ("email", "电子邮件"), ("pickup", "当面领取"))
# 申请渠道: decides the day the application counts as received (第三十一条)
ONLINE = "online"
IN_PERSON = "in_person"
POST = "post"
FAX = "fax"
CHANNELS = (
    (ONLINE, "网上申请"),
    (IN_PERSON, "当面申请"),
    (POST, "邮寄申请"),
    (FAX, "传真申请"),
)
# Reply categories whose own row is counted (no sub-grounds).
OTHER_HANDLING = "other_handling"
NO_CORRECTION = "no_correction"  # 逾期不补正
OTHER = "other"  # 其他 (e.g. the applicant withdrew)


@cache
def table3():
    """Table 3 (政府信息公开申请情况) as in the data file."""
    report = json.loads(FORMAT.read_text(encoding="utf-8"))
    return report["table_3_applications"]


@cache
def applicant_types():
    """(token, title) of the applicant columns, 总计 left out.

    Organisation types are titled with their group: 法人或其他组织—商业企业.
    """
    return tuple(
        (c["id"], f"{c['group']}—{c['title']}" if c.get("group") else c["title"])
        for c in table3()["columns"]
        if c["id"] != "total"
    )


def _result_rows():
    (result,) = [r for r in table3()["rows"] if r["id"] == "result"]
    return [r for r in result["children"] if r["id"] != "result_total"]


@cache
def outcomes():
    """(token, title) of the reply categories (办理结果): ("disclosed", "予以公开")…"""
    return tuple((r["id"], _strip_number(r["title"])) for r in _result_rows())


@cache
def grounds():
    """{category: ((token, title), ...)} of the sub-grounds; empty where none."""
    return {
        r["id"]: tuple((c["id"], c["title"]) for c in r.get("children", ()))
        for r in _result_rows()
    }


def ground_title(category, ground):
    return dict(grounds().get(category, ())).get(ground, "")


def _strip_number(title):
    """（一）予以公开 → 予以公开; （二）部分公开（区分处理的…） → 部分公开."""
    title = title.split("）", 1)[-1]
    return title.split("（", 1)[0]


ApplicantTypesVocabulary = vocabulary_factory(applicant_types)
IdTypesVocabulary = vocabulary_factory(ID_TYPES)
FormsVocabulary = vocabulary_factory(FORMS)
DeliveriesVocabulary = vocabulary_factory(DELIVERIES)
ChannelsVocabulary = vocabulary_factory(CHANNELS)
OutcomesVocabulary = vocabulary_factory(outcomes)


@provider(IVocabularyFactory)
def GroundsVocabulary(context=None):
    """Every sub-ground, titled with its category: 不予公开—1.属于国家秘密."""
    titles = dict(outcomes())
    return simple_vocabulary(
        (ground, f"{titles[category]}—{title}")
        for category, pairs in grounds().items()
        for ground, title in pairs
    )


VOCABULARIES = {
    "zwgk.vocabularies.applicant_types": ApplicantTypesVocabulary,
    "zwgk.vocabularies.id_types": IdTypesVocabulary,
    "zwgk.vocabularies.application_forms": FormsVocabulary,
    "zwgk.vocabularies.deliveries": DeliveriesVocabulary,
    "zwgk.vocabularies.application_channels": ChannelsVocabulary,
    "zwgk.vocabularies.outcomes": OutcomesVocabulary,
    "zwgk.vocabularies.outcome_grounds": GroundsVocabulary,
}
