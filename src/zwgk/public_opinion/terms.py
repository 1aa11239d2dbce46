"""The fixed terms of 政务舆情."""

from zwgk.vocabularies import vocabulary_factory


SOURCES = (
    ("own_monitoring", "自行监测"),
    ("superior", "上级转办"),
    ("media", "媒体报道"),
)
ESPECIALLY_MAJOR, MAJOR, LARGE, GENERAL = (
    "especially_major",
    "major",
    "large",
    "general",
)
GRADES = (
    (ESPECIALLY_MAJOR, "特别重大"),
    (MAJOR, "重大"),
    (LARGE, "较大"),
    (GENERAL, "一般"),
)
RESPONSE_WAYS = (
    ("authoritative_information", "发布权威信息"),
    ("press_conference", "召开新闻发布会或吹风会"),
    ("interview", "接受媒体采访"),
    ("interpretation", "发布政策解读"),
    ("reply_online", "网上答复"),
    ("other", "其他方式"),
)
# 催办 → 督办 → 通报
ESCALATIONS = ((1, "催办"), (2, "督办"), (3, "通报"))
REPORT_STATES = {
    None: "待反馈",
    "reported": "已反馈，待审核",
    "accepted": "已采纳",
    "returned": "已退回",
}

SourcesVocabulary = vocabulary_factory(SOURCES)
GradesVocabulary = vocabulary_factory(GRADES)
ResponseWaysVocabulary = vocabulary_factory(RESPONSE_WAYS)


def title(pairs, token):
    return dict(pairs).get(token, "")
