"""收件: storing a checked application in the applications folder of its unit.

Anonymous applicants have no permission anywhere near applications, so the
objects are made here as trusted code, after ``validation.check`` passed.
The receipt date follows the channel (第三十一条): online, the day the
system confirmed it (the acknowledgement with the tracking number); in
person, that day; by post, the day it was signed for; by fax, the day both
sides confirmed. Staff give the date for post and fax.
"""

from datetime import UTC
from datetime import date
from datetime import datetime
from plone import api
from plone.dexterity.utils import createContentInContainer
from zwgk.applications import codes
from zwgk.applications import terms
from zwgk.applications.clock import answer_deadline
from zwgk.applications.validation import Invalid
from zwgk.codes import china_today
from zwgk.content_types.org_unit import IOrgUnit

import logging
import transaction


logger = logging.getLogger(__name__)
FOLDER_ID = "applications"
FOLDER_TITLE = "依申请公开申请"
# Who may see the folder: the unit's staff by their local roles, the office.
STAFF_ROLES = (
    "Manager",
    "Site Administrator",
    "Editor",
    "Contributor",
    "Reviewer",
    "Approver",
    "Reader",
)
STAFF_DATED = (terms.POST, terms.FAX)  # channels whose receipt date staff enter


def today():
    """Today in China: dates of receipt and handling are Beijing dates."""
    return china_today()


def units():
    """{UID: title} of the published units that can be asked."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="OrgUnit", review_state="published", sort_on="path"
    )
    return {b.UID: b.Title for b in brains}


def unit_by_uid(uid):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(UID=uid):
        obj = brain._unrestrictedGetObject()
        if IOrgUnit.providedBy(obj):
            return obj
    return None


def applications_folder(unit):
    """The unit's ``applications`` folder, made on first use (not in navigation)."""
    folder = unit.get(FOLDER_ID)
    if folder is None:
        folder = createContentInContainer(
            unit,
            "ApplicationFolder",
            id=FOLDER_ID,
            title=FOLDER_TITLE,
            checkConstraints=False,
            exclude_from_nav=True,
        )
        # Unordered: the default ordering keeps one list that every
        # simultaneous submission would append to (a ZODB conflict).
        folder.setOrdering("unordered")
        for permission in ("View", "Access contents information"):
            folder.manage_permission(permission, list(STAFF_ROLES), acquire=False)
        folder.reindexObjectSecurity()
    return folder


def receipt_date(channel, received_on=None):
    """The day the application counts as received; raises Invalid."""
    if channel == terms.ONLINE:
        return today()
    if channel in STAFF_DATED and received_on is None:
        label = "签收日期" if channel == terms.POST else "双方确认日期"
        raise Invalid({"received_on": f"请填写{label}"})
    received_on = received_on or today()
    if received_on > today():
        raise Invalid({"received_on": "收到申请的日期不能晚于今天"})
    return received_on


def parse_date(value, field="received_on"):
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise Invalid({field: "日期格式应为 YYYY-MM-DD"}) from None


def submit(clean, channel=terms.ONLINE, received_on=None):
    """Store a checked application; returns (application, query code)."""
    if channel not in dict(terms.CHANNELS):
        raise Invalid({"channel": f"申请渠道“{channel}”不在可选值中"})
    received = receipt_date(channel, received_on)
    unit = unit_by_uid(clean["unit"])
    if unit is None:
        raise Invalid({"unit": "请从列表中选择受理机关"})
    portal = api.portal.get()
    numbers = codes.register(portal)
    number = numbers.new_number(received, "")
    code = codes.new_code()
    fields = {k: v for k, v in clean.items() if k != "unit"}
    application = createContentInContainer(
        applications_folder(unit),
        "DisclosureApplication",
        id=number.lower(),
        checkConstraints=False,
        title=number,
        tracking_number=number,
        channel=channel,
        received_on=received,
        # UTC: ZoneInfo objects do not pickle into ZODB
        submitted=datetime.now(UTC),
        **fields,
    )
    application._query_code = codes.hash_code(code)
    numbers.numbers[number] = application.UID()
    from zwgk.applications.handling import record_deadline

    record_deadline(application, "received")
    acknowledge(application, code)
    return application, code


def find(number):
    """The application with this tracking number, unrestricted, or None."""
    uid = codes.register(api.portal.get()).numbers.get(codes.normalize_number(number))
    if uid is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(UID=uid):
        return brain._unrestrictedGetObject()
    return None


def find_with_code(number, code):
    """The application if number and code match; None otherwise, alike."""
    application = find(number)
    stored = getattr(application, "_query_code", None)
    return application if codes.code_matches(stored, code) else None


def owning_unit_title(application):
    from zwgk.index_numbers import owning_unit

    unit = owning_unit(application)
    return unit.Title() if unit is not None else ""


ACK = """{name}：

您向{unit}提出的政府信息公开申请已收到。

受理编号：{number}
查询码：{code}
收到申请日期：{received}
答复期限：{deadline}

请妥善保存受理编号和查询码，凭其可在门户网站“依申请公开”栏目查询办理进度和答复。
本邮件由系统自动发送，请勿回复。
"""


def acknowledge(application, code):
    """回执 by email when the applicant gave an address; never blocks the intake."""
    if not application.email:
        return
    body = ACK.format(
        name=application.name,
        unit=owning_unit_title(application),
        number=application.tracking_number,
        code=code,
        received=application.received_on.isoformat(),
        deadline=deadline_text(application),
    )
    send(application, f"政府信息公开申请回执（{application.tracking_number}）", body)


def send(application, subject, body):
    """Mail the applicant once this transaction has committed.

    Not inside the request: a request retried after a ZODB conflict ran
    its intake twice and mailed twice, and an immediate mail went out even
    when the request then failed. After the commit the application is
    stored for good, so a missing or refusing mail server (a default site
    has no SMTP server) only leaves a line in the log; an aborted attempt
    never mails."""
    recipient, number = application.email, application.tracking_number

    def deliver(committed):
        if not committed:
            return
        try:
            api.portal.send_email(
                recipient=recipient, subject=subject, body=body, immediate=True
            )
        except ValueError as error:  # no MailHost or sender address configured
            logger.warning("no mail to applicant of %s: %s", number, error)
        except Exception:  # a mail problem must not lose the application
            logger.exception("mail to applicant of %s failed", number)

    transaction.get().addAfterCommitHook(deliver)


def deadline_text(application):
    from zwgk.working_days.calendar import CalendarNotCovered
    from zwgk.working_days.settings import calendar

    try:
        deadline = answer_deadline(application.clock(), calendar())
    except CalendarNotCovered:
        return "待工作日历更新后确定"
    if deadline.paused:
        return "征求第三方意见期间暂停计算"
    return deadline.day.isoformat()
