"""The public side of messages: submitting, following, rating, reading.

Shared by the REST service and the portal pages, so both refuse the same
things with the same Chinese messages. Nothing here returns a writer's
name or contact: ``public_status`` is for the writer (with the query code),
``public_entry`` for everyone (published messages only).
"""

from plone import api
from zwgk.applications.public import HONEYPOT
from zwgk.applications.public import RateLimited
from zwgk.applications.public import client_address
from zwgk.applications.ratelimit import RateLimiter
from zwgk.applications.turns import take_turn
from zwgk.citizen_messages import terms
from zwgk.citizen_messages.handling import answer_deadline
from zwgk.citizen_messages.intake import FOLDER_ID
from zwgk.citizen_messages.intake import setting
from zwgk.citizen_messages.intake import submit
from zwgk.citizen_messages.intake import today
from zwgk.citizen_messages.validation import FIELDS
from zwgk.citizen_messages.validation import Invalid
from zwgk.citizen_messages.validation import check
from zwgk.working_days.calendar import CalendarNotCovered


__all__ = ["HONEYPOT", "RateLimited", "client_address", "submit_online"]

SUBMISSIONS = RateLimiter()
RATEABLE = ("answered", "published")
# What the writer sees of the state: the office's steps are one 办理中.
PUBLIC_STATES = {
    "screening": "待审看",
    "assigned": "办理中",
    "reviewing": "办理中",
    "answered": "已答复",
    "published": "已答复并公开",
    "closed": "不予受理",
}


def hourly_limit():
    return setting("submissions_per_hour", 5)


def submit_online(data, request):
    """A writer's message: (message, code); raises Invalid or RateLimited."""
    if isinstance(data, dict) and str(data.get(HONEYPOT) or "").strip():
        raise Invalid({HONEYPOT: "提交内容无效"})
    client = client_address(request)
    if not SUBMISSIONS.would_allow(client, hourly_limit()):
        raise RateLimited()
    take_turn()
    clean = check(data)
    found = submit(clean)
    SUBMISSIONS.allow(client, hourly_limit())
    return found


def state_of(message):
    return api.content.get_state(message)


def unit_title(message):
    from zwgk.applications.intake import unit_by_uid

    unit = unit_by_uid(message.unit) if message.unit else None
    return unit.Title() if unit is not None else ""


def answered_by(message):
    """Who answered, as the public may read it: the unit, or the office."""
    if message.direct or not message.unit:
        return "政务公开办公室"
    return unit_title(message)


def public_status(message):
    """What the writer sees with number and code: never staff names or comments."""
    state = state_of(message)
    answered = state in RATEABLE
    deadline = None
    if state == "assigned":
        try:
            found = answer_deadline(message)
            deadline = found.day.isoformat() if found else None
        except CalendarNotCovered:
            deadline = None
    return {
        "tracking_number": message.tracking_number,
        "kind": {
            "token": message.kind,
            "title": terms.title(terms.KINDS, message.kind),
        },
        "subject": message.subject,
        "received_on": message.received_on.isoformat(),
        "state": {"token": state, "title": PUBLIC_STATES.get(state, state)},
        "unit": unit_title(message) if state != "screening" else "",
        "deadline": deadline,
        "answer": (message.answer or "") if answered else "",
        "answered_by": answered_by(message) if answered else "",
        "answered_on": message.approved_on.isoformat()
        if answered and message.approved_on
        else None,
        "closing_reason": {
            "token": message.closing_reason,
            "title": terms.title(terms.CLOSING_REASONS, message.closing_reason),
        }
        if state == "closed"
        else None,
        "consent": bool(message.consent),
        "published": state == "published",
        "rating": _rating(message),
        "can_rate": answered and message.rating is None,
    }


def _rating(message):
    if message.rating is None:
        return None
    return {
        "token": message.rating,
        "title": terms.title(terms.RATINGS, message.rating),
        "on": message.rated_on.isoformat() if message.rated_on else None,
    }


def rate(message, rating, comment=""):
    """满意度评价 by the writer, once; raises Invalid (Chinese)."""
    if state_of(message) not in RATEABLE:
        raise Invalid({"rating": "留言答复后才能评价"})
    if message.rating is not None:
        raise Invalid({"rating": "已经评价过，不能重复评价"})
    if rating not in dict(terms.RATINGS):
        raise Invalid({"rating": "请选择满意、基本满意或不满意"})
    comment = str(comment or "").strip()
    if len(comment) > 500:
        raise Invalid({"comment": "评价意见不能超过500个字"})
    message.rating, message.rating_comment, message.rated_on = rating, comment, today()


def published_brains(portal=None):
    """Brains of the published messages, newest publication first (trusted)."""
    portal = portal or api.portal.get()
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        portal_type="CitizenMessage",
        review_state="published",
        path="/".join([*portal.getPhysicalPath(), FOLDER_ID]),
        sort_on="effective",
        sort_order="descending",
    )


def public_entry(message):
    """A published message as everyone may read it: no name, no contact."""
    return {
        "tracking_number": message.tracking_number,
        "kind": terms.title(terms.KINDS, message.kind),
        "subject": message.subject,
        "body": message.body,
        "received_on": message.received_on.isoformat(),
        "answer": message.answer or "",
        "answered_by": answered_by(message),
        "answered_on": message.approved_on.isoformat() if message.approved_on else "",
        "rating": terms.title(terms.RATINGS, message.rating) if message.rating else "",
    }


def json_schema():
    """The form as JSON Schema (Chinese titles, tokens and titles of choices)."""
    choices = {"kind": terms.KINDS, "consent": terms.CONSENT}
    properties, required = {}, []
    for name, (label, is_required, max_length) in FIELDS.items():
        prop = {"type": "string", "title": label}
        if max_length:
            prop["maxLength"] = max_length
        if name in choices:
            pairs = choices[name]
            prop["enum"] = [token for token, _ in pairs]
            prop["oneOf"] = [{"const": token, "title": title} for token, title in pairs]
            prop["vocabulary"] = [
                {"token": token, "title": title} for token, title in pairs
            ]
        if name == "body":
            prop["format"] = "textarea"
            prop["minLength"] = 5
        if is_required:
            required.append(name)
        properties[name] = prop
    properties["contact"]["description"] = "仅供办理人员联系，不公开"
    properties["name"]["description"] = "仅供办理人员联系，不公开"
    properties["consent"]["description"] = (
        "同意后，留言和答复可在互动交流栏目公开，姓名和联系方式不公开"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "网民留言",
        "description": "咨询、建议或投诉；提交后获得留言编号和查询码，"
        "凭其查询办理进度、阅读答复并评价。",
        "type": "object",
        "properties": properties,
        "required": required,
    }
