"""The fixed terms of public participation (公众参与的取值表).

Participation methods are those of 《重大行政决策程序暂行条例》第十四条 (座谈会,
听证会, 实地走访, 书面征求意见, 公开征求意见, 问卷调查, 民意调查) and the two the
district notice adds (利害关系人和群众代表列席会议, 网络/新媒体直播).
"""

from zwgk.vocabularies import vocabulary_factory


# 参与方式: 国务院令第713号 Art. 14, then the district notice's two
METHODS = (
    ("symposium", "座谈会"),
    ("hearing", "听证会"),
    ("field_visit", "实地走访"),
    ("written", "书面征求意见"),
    ("public_comment", "公开征求意见"),
    ("questionnaire", "问卷调查"),
    ("opinion_poll", "民意调查"),
    ("attending_meetings", "利害关系人和群众代表列席会议"),
    ("live_streaming", "网络/新媒体直播"),
)

# 意见提交渠道 of a consultation (how the public may send comments)
ONLINE = "online"
EMAIL = "email"
POST = "post"
PHONE = "phone"
CONSULTATION_CHANNELS = (
    (ONLINE, "网上提交"),
    (EMAIL, "电子邮件"),
    (POST, "信函"),
    (PHONE, "电话"),
)
# the contact a channel needs on the consultation (field, label)
CHANNEL_CONTACT = {
    EMAIL: ("comment_email", "接收意见的电子邮箱"),
    POST: ("comment_address", "接收意见的通信地址"),
    PHONE: ("comment_phone", "接收意见的电话"),
}

# 意见来源: how a comment reached the unit (staff register all but online)
LETTER = "letter"
MEETING = "meeting"
COMMENT_CHANNELS = (
    (ONLINE, "网上提交"),
    (LETTER, "信函"),
    (PHONE, "电话"),
    (EMAIL, "电子邮件"),
    (MEETING, "座谈会等会议"),
)
STAFF_CHANNELS = tuple(pair for pair in COMMENT_CHANNELS if pair[0] != ONLINE)

# 审核状态 of a comment: shown to the public only once approved
PENDING = "pending"
APPROVED = "approved"
HIDDEN = "hidden"
STATUSES = ((PENDING, "待审核"), (APPROVED, "已通过"), (HIDDEN, "已隐藏"))

# 隐藏原因: hiding needs one, and it is recorded
SPAM = "spam"
ABUSE = "abuse"
OFF_TOPIC = "off_topic"
PERSONAL_DATA = "personal_data"
HIDE_REASONS = (
    (SPAM, "垃圾信息或广告"),
    (ABUSE, "侮辱、谩骂等不文明内容"),
    (OFF_TOPIC, "与征集内容无关"),
    (PERSONAL_DATA, "含有个人信息"),
)

# 采纳情况: a reason is required for all but 采纳
ADOPTED = "adopted"
PARTLY = "partly"
NOT_ADOPTED = "not_adopted"
OUT_OF_SCOPE = "out_of_scope"
OUTCOMES = (
    (ADOPTED, "采纳"),
    (PARTLY, "部分采纳"),
    (NOT_ADOPTED, "未采纳"),
    (OUT_OF_SCOPE, "不属于征集范围"),
)
REASON_NEEDED = frozenset({PARTLY, NOT_ADOPTED, OUT_OF_SCOPE})

MethodsVocabulary = vocabulary_factory(METHODS)
ConsultationChannelsVocabulary = vocabulary_factory(CONSULTATION_CHANNELS)
CommentChannelsVocabulary = vocabulary_factory(COMMENT_CHANNELS)
OutcomesVocabulary = vocabulary_factory(OUTCOMES)
HideReasonsVocabulary = vocabulary_factory(HIDE_REASONS)

# name -> factory; registered in configure.zcml
VOCABULARIES = {
    "zwgk.vocabularies.participation_methods": MethodsVocabulary,
    "zwgk.vocabularies.consultation_channels": ConsultationChannelsVocabulary,
    "zwgk.vocabularies.comment_channels": CommentChannelsVocabulary,
    "zwgk.vocabularies.adoption_outcomes": OutcomesVocabulary,
    "zwgk.vocabularies.hide_reasons": HideReasonsVocabulary,
}


def title(pairs, token, default=""):
    return dict(pairs).get(token, default or token or "")
