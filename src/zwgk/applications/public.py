"""The two ways in: an applicant online, or staff registering a paper one.

Shared by the REST service and the portal form, so both refuse the same
things with the same Chinese messages.
"""

from AccessControl import Unauthorized
from plone import api
from zwgk.applications import terms
from zwgk.applications.intake import parse_date
from zwgk.applications.intake import submit
from zwgk.applications.intake import unit_by_uid
from zwgk.applications.intake import units
from zwgk.applications.ratelimit import SUBMISSIONS
from zwgk.applications.turns import take_turn
from zwgk.applications.validation import FIELDS
from zwgk.applications.validation import Invalid
from zwgk.applications.validation import check

import transaction


HONEYPOT = "website"  # hidden on the form; people leave it empty, bots fill it
HANDLE = "zwgk: Handle applications"
LIMIT_RECORD = "zwgk.applications.submissions_per_hour"


class RateLimited(Exception):
    message = "提交过于频繁，请一小时后再试"


def hourly_limit():
    return api.portal.get_registry_record(LIMIT_RECORD, default=5)


def client_address(request):
    """The applicant's address: the connection's, or behind a front proxy
    named in zope.conf's ``trusted-proxy`` (instance.cfg
    ``settings:trusted-proxy-lines``, ``make start TRUSTED_PROXIES=…``) the
    one it forwards in X-Forwarded-For."""
    return request.getClientAddr() or "unknown"


def submit_online(data, request):
    """An anonymous (or any) applicant's submission: (application, code).

    The client's place within the hourly limit is taken first, atomically,
    and given back if the submission is refused or its transaction aborts
    (a conflict retry takes a place again), so simultaneous posts cannot
    pass the limit together."""
    if isinstance(data, dict) and str(data.get(HONEYPOT) or "").strip():
        raise Invalid({HONEYPOT: "提交内容无效"})
    slot = SUBMISSIONS.reserve(client_address(request), hourly_limit())
    if slot is None:
        raise RateLimited()
    try:
        take_turn()
        clean = check(data, units())
        found = submit(clean)
    except BaseException:
        slot.release()
        raise
    txn = transaction.get()  # take_turn may have begun it afresh
    txn.addAfterCommitHook(lambda committed: committed or slot.release())
    txn.addAfterAbortHook(slot.release)
    return found


def can_register(unit):
    return unit is not None and api.user.has_permission(HANDLE, obj=unit)


def submit_by_staff(data):
    """登记: an application received in person, by post or by fax."""
    take_turn()
    clean = check(data, units())
    if not can_register(unit_by_uid(clean["unit"])):
        raise Unauthorized("只能登记本单位收到的申请")
    channel = data.get("channel") or terms.IN_PERSON
    if not isinstance(channel, str):
        raise Invalid({"channel": "申请渠道应为文字"})
    return submit(clean, channel, parse_date(data.get("received_on")))


def is_staff_submission(data):
    """A logged-in user who names a channel registers on behalf of an applicant."""
    return (
        not api.user.is_anonymous()
        and isinstance(data, dict)
        and bool(data.get("channel"))
    )


def json_schema():
    """The form as JSON Schema, for headless forms: Chinese titles, and for
    each choice its tokens and titles."""
    choices = {
        "applicant_type": terms.applicant_types(),
        "id_type": terms.ID_TYPES,
        "form": terms.FORMS,
        "delivery": terms.DELIVERIES,
        "unit": tuple(units().items()),
    }
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
        if name == "information":
            prop["format"] = "textarea"
        if is_required:
            required.append(name)
        properties[name] = prop
    properties["email"]["format"] = "email"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "政府信息公开申请",
        "description": "依据《中华人民共和国政府信息公开条例》第二十九条提出申请；"
        "提交后获得受理编号和查询码，凭其查询办理进度和答复。",
        "type": "object",
        "properties": properties,
        "required": required,
        "allOf": [
            {
                "if": {"properties": {"delivery": {"const": "email"}}},
                "then": {"required": ["email"]},
            },
            {
                "if": {"properties": {"delivery": {"const": "post"}}},
                "then": {"required": ["address"]},
            },
            {
                "if": {
                    "properties": {
                        "applicant_type": {"not": {"const": terms.NATURAL_PERSON}}
                    }
                },
                "then": {"required": ["contact_person"]},
            },
        ],
    }
