"""收集意见: the one way a comment gets in, whoever sends it.

The portal form, ``POST @consultation-comments`` and a reply to a comment
all call ``submit_online``; staff registering a letter, a phone call, an
email or a meeting's remarks call ``register_by_staff``. Both refuse a
consultation that is not open (``Closed``: before the first day, after the
last day in Beijing time, once its feedback is out, or not published), so
no path accepts a comment the rules refuse. Nothing is stored before every
check passed.
"""

from plone import api
from zwgk.applications.intake import parse_date
from zwgk.applications.public import HONEYPOT
from zwgk.applications.public import RateLimited
from zwgk.applications.public import client_address
from zwgk.applications.ratelimit import RateLimiter
from zwgk.applications.turns import take_turn
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.validation import Invalid
from zwgk.participation.validation import check


__all__ = ["Closed", "Invalid", "RateLimited", "register_by_staff", "submit_online"]

LIMIT_RECORD = "zwgk.participation.comments_per_hour"
DEFAULT_LIMIT = 10
# Kept in memory per instance, as 依申请公开's limits are (see ratelimit.py).
SUBMISSIONS = RateLimiter()
MAX_ADDRESS = 200


class Closed(Exception):
    """The consultation takes no comment now; ``message`` says why (Chinese)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def hourly_limit():
    return api.portal.get_registry_record(LIMIT_RECORD, default=DEFAULT_LIMIT)


def is_published(consultation):
    return api.content.get_state(consultation, default=None) == "published"


def closed_message(consultation, day=None):
    """Why the consultation takes no comment on ``day``, or None if it does."""
    if not is_published(consultation):
        return "本次意见征集尚未发布，不能提交意见"
    state = consultation.consultation_state(day)
    if state == periods.UPCOMING:
        start = periods.chinese_date(consultation.start)
        return f"本次意见征集将于{start}开始，届时欢迎提出意见"
    if state in (periods.CLOSED, periods.ANSWERED):
        end = periods.chinese_date(consultation.end)
        return f"本次意见征集已于{end}截止，不再接受意见"
    return None


def accepts_comments(consultation, day=None):
    return closed_message(consultation, day) is None


def refuse_unless_open(consultation):
    message = closed_message(consultation)
    if message:
        raise Closed(message)


def _reply_target(consultation, key):
    """The approved comment a reply answers (None for a new comment)."""
    key = str(key or "").strip()
    if not key:
        return None
    target = comments.get(consultation, key)
    if (
        target is None
        or target.status != terms.APPROVED
        or not consultation.show_comments
    ):
        raise Invalid({"in_reply_to": "所回复的意见不存在或未公开"})
    return target.key


def submit_online(consultation, data, request):
    """A citizen's comment (or reply), pending moderation; returns it."""
    if isinstance(data, dict) and str(data.get(HONEYPOT) or "").strip():
        raise Invalid({HONEYPOT: "提交内容无效"})
    client = client_address(request)
    if not SUBMISSIONS.would_allow(client, hourly_limit()):
        raise RateLimited()
    refuse_unless_open(consultation)
    take_turn()
    clean = check(data, bool(consultation.contact_required))
    reply_to = _reply_target(consultation, data.get("in_reply_to"))
    comment = comments.add(
        consultation,
        clean["text"],
        name=clean.get("name", ""),
        email=clean.get("email", ""),
        phone=clean.get("phone", ""),
        in_reply_to=reply_to,
        channel=terms.ONLINE,
        status=terms.PENDING,
    )
    SUBMISSIONS.allow(client, hourly_limit())
    return comment


def can_moderate(consultation):
    return api.user.has_permission(comments.MODERATE, obj=consultation)


def register_by_staff(consultation, data):
    """登记: a comment that came by letter, phone, email or at a meeting.

    Received within the period, it may be registered after the last day (a
    letter takes days); never once the feedback is published. Approved at
    once unless ``approve`` is false: staff read it when they typed it.
    """
    if not can_moderate(consultation):
        raise comments.NotAllowed("只有本单位的工作人员可以登记意见")
    if not is_published(consultation):
        raise Closed("本次意见征集尚未发布，不能登记意见")
    if consultation.feedback_published:
        raise Closed("采纳情况说明已经发布，不再登记意见")
    if not isinstance(data, dict):
        raise Invalid({"": "意见内容应为 JSON 对象"})
    errors = {}
    channel = data.get("channel")
    if channel not in dict(terms.STAFF_CHANNELS):
        choices = "、".join(title for _token, title in terms.STAFF_CHANNELS)
        errors["channel"] = f"请选择意见来源（{choices}）"
    received = None
    try:
        received = parse_date(data.get("received_on"), "received_on")
    except Invalid as error:
        errors.update(error.errors)
    if received is None and "received_on" not in errors:
        errors["received_on"] = "请填写收到意见的日期"
    elif received is not None and not (
        consultation.start <= received <= min(consultation.end, periods.today())
    ):
        start = periods.chinese_date(consultation.start)
        end = periods.chinese_date(consultation.end)
        errors["received_on"] = (
            f"收到日期应在征求意见期限内（{start}至{end}），且不晚于今天"
        )
    address = str(data.get("address") or "").strip()
    if len(address) > MAX_ADDRESS:
        errors["address"] = f"通信地址不能超过{MAX_ADDRESS}个字"
    try:
        clean = check(data, False)
    except Invalid as error:
        errors.update(error.errors)
    if errors:
        raise Invalid(errors)
    approve = data.get("approve", True) not in (False, "", "0", "false", None)
    actor = api.user.get_current().getId()
    comment = comments.add(
        consultation,
        clean["text"],
        name=clean.get("name", ""),
        email=clean.get("email", ""),
        phone=clean.get("phone", ""),
        address=address,
        channel=channel,
        received_on=received,
        registered_by=actor,
        status=terms.APPROVED if approve else terms.PENDING,
    )
    comment.record(actor, "register", channel=channel)
    return comment
