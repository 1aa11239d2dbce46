"""The fixed terms of a message (留言的取值表)."""

from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zwgk.vocabularies import simple_vocabulary
from zwgk.vocabularies import vocabulary_factory


KINDS = (("consultation", "咨询"), ("suggestion", "建议"), ("complaint", "投诉"))
# 不予受理的理由
CLOSING_REASONS = (
    ("duplicate", "重复留言"),
    ("abuse", "恶意留言（辱骂、广告、攻击等）"),
    ("not_government", "非政务事项"),
)
# 满意度评价
RATINGS = (
    ("satisfied", "满意"),
    ("basically_satisfied", "基本满意"),
    ("dissatisfied", "不满意"),
)
CONSENT = (("yes", "同意公开（不公开姓名和联系方式）"), ("no", "不同意公开"))

KindsVocabulary = vocabulary_factory(KINDS)
ClosingReasonsVocabulary = vocabulary_factory(CLOSING_REASONS)
RatingsVocabulary = vocabulary_factory(RATINGS)


@provider(IVocabularyFactory)
def UnitsVocabulary(context=None):
    """The published units a message can be handed to."""
    from zwgk.applications.intake import units

    return simple_vocabulary(units().items())


def title(pairs, token):
    return dict(pairs).get(token, "")
