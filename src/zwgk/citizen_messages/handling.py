"""办理: what the message workflow's transitions check and record.

DCWorkflow guards give the roles; the conditions (a unit to hand over to,
an answer before answering, a reason before closing, one return at most,
the writer's consent before publishing) are checked before the transition,
in Chinese. After it, the dates of the clock are set, the unit's groups get
(or lose) their local roles on this message, and the deadline is logged
with its calendar basis next to the workflow history (actor, time, comment).
"""

from DateTime import DateTime
from persistent.list import PersistentList
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zwgk import case_clock
from zwgk.applications.intake import unit_by_uid
from zwgk.citizen_messages import terms
from zwgk.citizen_messages.intake import setting
from zwgk.citizen_messages.intake import stamp
from zwgk.citizen_messages.intake import today
from zwgk.units.groups import group_id
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


ANSWER_WORKING_DAYS = 5  # default of zwgk.citizen_messages.answer_working_days
SCREENING_WORKING_DAYS = 1  # default of …screening_working_days
DUE_SOON_WORKING_DAYS = 2
MAX_RETURNS = 1
# The unit's groups and the local roles they get on a message handed to it.
UNIT_ROLES = (
    ("editors", ("Editor", "Reader")),
    ("reviewers", ("Reviewer", "Reader")),
    ("approvers", ("Approver", "Reader")),
)
OPEN = ("screening", "assigned", "reviewing")
ANSWERED = ("answered", "published")


def answer_days():
    return setting("answer_working_days", ANSWER_WORKING_DAYS)


def screening_days():
    return setting("screening_working_days", SCREENING_WORKING_DAYS)


def answer_deadline(message, cal=None):
    """The unit's deadline: working days from the hand-over; None before it."""
    if message.assigned_on is None:
        return None
    return case_clock.working_day_deadline(
        message.assigned_on, answer_days(), cal or calendar()
    )


def screening_deadline(message, cal=None):
    """The office's deadline to screen (审看) the message."""
    return case_clock.working_day_deadline(
        message.received_on, screening_days(), cal or calendar()
    )


def _refuse(message):
    raise WorkflowException(message)


def _comment(kwargs):
    return str(kwargs.get("comment") or "").strip()


def _unit(message):
    return unit_by_uid(message.unit) if message.unit else None


def _check_hand_over(message, kwargs):
    if _unit(message) is None:
        _refuse("转交前请选择承办单位")


def _check_answer(message, kwargs):
    if not (message.answer or "").strip():
        _refuse("请先填写答复内容")


def _check_close(message, kwargs):
    if message.closing_reason not in dict(terms.CLOSING_REASONS):
        _refuse("不予受理须选择理由：重复留言、恶意留言或非政务事项")


def _check_return(message, kwargs):
    if (message.returned or 0) >= MAX_RETURNS:
        _refuse("答复只能退回一次，请审核通过或由公开办直接修改答复")
    if not _comment(kwargs):
        _refuse("退回答复须写明意见")


def _check_hand_back(message, kwargs):
    if not _comment(kwargs):
        _refuse("退回公开办须说明理由")


def _check_publish(message, kwargs):
    if not message.consent:
        _refuse("留言人不同意公开，不能公开")
    _check_answer(message, kwargs)


CHECKS = {
    "hand_over": _check_hand_over,
    "answer_directly": _check_answer,
    "close": _check_close,
    "submit_answer": _check_answer,
    "approve": _check_answer,
    "return_answer": _check_return,
    "hand_back": _check_hand_back,
    "publish": _check_publish,
}


def before_transition(message, event):
    """Refuse a transition whose conditions are not met (Chinese message)."""
    if event.transition is None:
        return
    check = CHECKS.get(event.transition.id)
    if check is not None:
        check(message, event.kwargs or {})


def after_transition(message, event):
    """Set the clock's dates, the unit's roles and the log for the transition."""
    if event.transition is None:
        return
    tid, day = event.transition.id, today()
    if tid == "hand_over":
        message.assigned_on = day
        message.answered_on = None
        grant_unit(message, _unit(message))
    elif tid == "hand_back":
        revoke_unit(message)
        message.unit, message.assigned_on = None, None
    elif tid == "submit_answer":
        message.answered_on = day
    elif tid == "return_answer":
        message.returned = (message.returned or 0) + 1
        message.return_comment = _comment(event.kwargs or {})
    elif tid == "approve":
        message.approved_on = day
    elif tid == "answer_directly":
        message.direct = True
        message.answered_on = message.approved_on = day
    elif tid == "publish":
        message.published_on = day
        message.effective_date = DateTime()
    elif tid == "unpublish":
        message.published_on = None
    record(message, tid)
    message.reindexObject()


def grant_unit(message, unit):
    """The unit's staff may see and answer this message (and no other)."""
    revoke_unit(message)
    for kind, roles in UNIT_ROLES:
        message.manage_setLocalRoles(group_id(unit, kind), list(roles))
    message._unit_groups = tuple(group_id(unit, kind) for kind, _ in UNIT_ROLES)
    message.reindexObjectSecurity()


def revoke_unit(message):
    groups = getattr(message, "_unit_groups", ())
    if groups:
        message.manage_delLocalRoles(list(groups))
        message._unit_groups = ()
        message.reindexObjectSecurity()


def record(message, reason):
    """Append the current deadline and its calendar basis to ``deadline_log``."""
    entry = {"at": stamp(), "reason": reason}
    try:
        deadline = answer_deadline(message)
    except CalendarNotCovered as error:
        entry["problem"] = str(error)
    else:
        if deadline is not None:
            entry.update(case_clock.describe(deadline))
    log = getattr(message, "deadline_log", None)
    if log is None:
        log = message.deadline_log = PersistentList()
    log.append(entry)
    return entry


def transition(message, name, comment="", **fields):
    """Set ``fields`` and take ``name`` as the current user (views, demo)."""
    for key, value in fields.items():
        setattr(message, key, value)
    api.portal.get_tool("portal_workflow").doActionFor(message, name, comment=comment)
