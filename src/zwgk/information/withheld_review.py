"""年度审查: the yearly review of information that is not proactively public.

Information withheld (不予公开) or disclosed on application (依申请公开) is
reviewed every year: the reviewer either records that it stays so, with a
reason, or releases it to proactive disclosure. Every review is kept, in
order, on the information itself.
"""

from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations
from zwgk.codes import china_today
from zwgk.content_types.information import IGovernmentInformation
from zwgk.stored_state import StoredState


KEY = "zwgk.withheld_reviews"
KEEP = "keep"  # 继续不公开
RELEASE = "release"  # 转为主动公开
DECISIONS = {KEEP: "继续不主动公开", RELEASE: "转为主动公开"}


class ReviewRefused(ValueError):
    """The review cannot be recorded; the message is Chinese."""


def reviews(info):
    return list(IAnnotations(info).get(KEY, ()))


def last_review(info):
    found = reviews(info)
    return found[-1] if found else None


def record_review(info, decision, reason=""):
    """Record a review; RELEASE also makes the information proactive and,
    if it was approved as non-public, publishes it (transition 转为主动公开)."""
    reason = (reason or "").strip()
    if decision not in DECISIONS:
        raise ReviewRefused("请选择审查结论")
    if info.disclosure_attribute == "proactive":
        raise ReviewRefused(f"《{info.Title()}》已是主动公开，无需审查")
    if decision == KEEP and not reason:
        raise ReviewRefused("继续不主动公开须说明理由")
    annotations = IAnnotations(info)
    if KEY not in annotations:
        annotations[KEY] = PersistentList()
    annotations[KEY].append(
        PersistentMapping(
            date=china_today(),
            decision=decision,
            reason=reason,
            reviewer=api.user.get_current().getId(),
            attribute=info.disclosure_attribute,
        )
    )
    if decision == RELEASE:
        info.disclosure_attribute = "proactive"
        info.withholding_ground = None
        info.withholding_reason = None
        if api.content.get_state(info) == "filed":
            api.content.transition(obj=info, transition="release", comment=reason)
        info.reindexObject()


# the yearly reviews travel with the information (zwgk.stored_state)
STORED = StoredState(kind=IGovernmentInformation, annotations=(KEY,))
