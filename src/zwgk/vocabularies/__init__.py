"""Vocabularies of zwgk (政务公开的取值表).

Data-driven ones read the CSV/JSON files shipped in ``zwgk/data`` plus the
registry records ``zwgk.extra_areas`` / ``zwgk.extra_channels`` (lines of
``token|标题``), so a district adds an area or a channel without code.
Fixed legal categories are constants here: they come from the regulations.
"""

from functools import cache
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary
from zwgk import DATA

import csv
import json


# 公开层级
LEVELS = (("district", "区级"), ("town", "镇级"), ("village", "村级"))
# 公开对象
AUDIENCES = (("public", "全社会"), ("specific", "特定群体"))
# 公开方式
MODES = (("proactive", "主动"), ("on-application", "依申请"))
# 公开类别 (五公开)
CATEGORIES = (
    ("decision", "决策"),
    ("execution", "执行"),
    ("management", "管理"),
    ("service", "服务"),
    ("result", "结果"),
)
# 公开属性 (源头认定)
ATTRIBUTES = (
    ("proactive", "主动公开"),
    ("on-application", "依申请公开"),
    ("withheld", "不予公开"),
)
# 有效性
VALIDITY = (("valid", "有效"), ("expired", "失效"), ("repealed", "废止"))
# 公开时限的计算方式
TIME_LIMIT_UNITS = (("working_days", "工作日"), ("calendar_days", "自然日"))
TIME_LIMIT_STARTS = (("formed", "信息形成或变更之日起"), ("approved", "批准之日起"))
# 解读形式
INTERPRETATION_FORMS = (
    ("text", "文字解读"),
    ("graphic", "图解"),
    ("media", "音视频"),
    ("qa", "简明问答"),
    ("expert", "专家解读"),
)
# 体裁
GENRES = (
    ("regulation", "规章"),
    ("normative", "行政规范性文件"),
    ("decision", "决定"),
    ("order", "命令"),
    ("notice", "通知"),
    ("announcement", "公告"),
    ("bulletin", "通告"),
    ("opinion", "意见"),
    ("report", "报告"),
    ("reply", "批复"),
    ("letter", "函"),
    ("plan", "规划计划"),
    ("other", "其他"),
)
# 主题分类 (政府信息公开主题分类)
TOPICS = (
    ("general-affairs", "综合政务"),
    ("economy", "国民经济管理、国有资产监管"),
    ("finance", "财政、金融、审计"),
    ("land-resources", "国土资源、能源"),
    ("agriculture", "农业、林业、水利"),
    ("industry", "工业、交通"),
    ("commerce", "商贸、海关、旅游"),
    ("market-regulation", "市场监管、安全生产监管"),
    ("urban-rural", "城乡建设、环境保护"),
    ("science-education", "科技、教育"),
    ("culture-health", "文化、广电、新闻出版"),
    ("health-sports", "卫生、体育"),
    ("population", "人口与计划生育、妇女儿童工作"),
    ("labour", "劳动、人事、监察"),
    ("public-security", "公安、安全、司法"),
    ("civil-affairs", "民政、扶贫、救灾"),
    ("other", "其他"),
)


def simple_vocabulary(pairs):
    return SimpleVocabulary(
        [SimpleTerm(value=token, token=token, title=title) for token, title in pairs]
    )


@cache
def csv_terms(filename):
    with (DATA / filename).open(encoding="utf-8") as f:
        return tuple((row["id"], row["title_zh"]) for row in csv.DictReader(f))


def _registry_terms(record):
    lines = api.portal.get_registry_record(record, default=None) or ()
    terms = []
    for line in lines:
        token, _, title = line.partition("|")
        if token.strip() and title.strip():
            terms.append((token.strip(), title.strip()))
    return terms


def _extended(filename, record):
    terms = dict(csv_terms(filename))
    for token, title in _registry_terms(record):
        terms.setdefault(token, title)
    return simple_vocabulary(terms.items())


@cache
def withholding_grounds():
    """The eight statutory grounds of 不予公开 (annual report table 3)."""
    report = json.loads((DATA / "annual_report_2021.json").read_text(encoding="utf-8"))
    (result,) = [
        r for r in report["table_3_applications"]["rows"] if r["id"] == "result"
    ]
    (withheld,) = [r for r in result["children"] if r["id"] == "not_disclosed"]
    return tuple(
        (row["id"], row["title"].split(".", 1)[-1]) for row in withheld["children"]
    )


def vocabulary_factory(pairs):
    """A vocabulary factory of (token, title) pairs, or of a function giving them."""

    @provider(IVocabularyFactory)
    def factory(context=None):
        return simple_vocabulary(pairs() if callable(pairs) else pairs)

    return factory


@provider(IVocabularyFactory)
def AreasVocabulary(context=None):
    """试点领域: the 25 pilot areas plus the district's own (zwgk.extra_areas)."""
    return _extended("areas.csv", "zwgk.extra_areas")


@provider(IVocabularyFactory)
def StatutoryCategoriesVocabulary(context=None):
    """第二十条: the 15 kinds of information to disclose proactively, in order."""
    return simple_vocabulary(csv_terms("statutory_categories.csv"))


@provider(IVocabularyFactory)
def ChannelsVocabulary(context=None):
    """公开渠道和载体, extended by zwgk.extra_channels."""
    return _extended("channels.csv", "zwgk.extra_channels")


LevelsVocabulary = vocabulary_factory(LEVELS)
AudiencesVocabulary = vocabulary_factory(AUDIENCES)
ModesVocabulary = vocabulary_factory(MODES)
CategoriesVocabulary = vocabulary_factory(CATEGORIES)
AttributesVocabulary = vocabulary_factory(ATTRIBUTES)
ValidityVocabulary = vocabulary_factory(VALIDITY)
TimeLimitUnitsVocabulary = vocabulary_factory(TIME_LIMIT_UNITS)
TimeLimitStartsVocabulary = vocabulary_factory(TIME_LIMIT_STARTS)
InterpretationFormsVocabulary = vocabulary_factory(INTERPRETATION_FORMS)
GenresVocabulary = vocabulary_factory(GENRES)
TopicsVocabulary = vocabulary_factory(TOPICS)
WithholdingGroundsVocabulary = vocabulary_factory(withholding_grounds)

# name -> factory; registered in vocabularies.zcml, listed here for tests.
VOCABULARIES = {
    "zwgk.vocabularies.areas": AreasVocabulary,
    "zwgk.vocabularies.channels": ChannelsVocabulary,
    "zwgk.vocabularies.levels": LevelsVocabulary,
    "zwgk.vocabularies.audiences": AudiencesVocabulary,
    "zwgk.vocabularies.modes": ModesVocabulary,
    "zwgk.vocabularies.categories": CategoriesVocabulary,
    "zwgk.vocabularies.attributes": AttributesVocabulary,
    "zwgk.vocabularies.validity": ValidityVocabulary,
    "zwgk.vocabularies.time_limit_units": TimeLimitUnitsVocabulary,
    "zwgk.vocabularies.time_limit_starts": TimeLimitStartsVocabulary,
    "zwgk.vocabularies.interpretation_forms": InterpretationFormsVocabulary,
    "zwgk.vocabularies.genres": GenresVocabulary,
    "zwgk.vocabularies.topics": TopicsVocabulary,
    "zwgk.vocabularies.withholding_grounds": WithholdingGroundsVocabulary,
    "zwgk.vocabularies.statutory_categories": StatutoryCategoriesVocabulary,
}
