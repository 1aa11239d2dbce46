"""办理: what the application workflow's transitions check and record.

DCWorkflow guards give the roles; the statutory conditions (correction
only within 7 working days, extension before the deadline, a reply needs
its outcome category) are checked here before the transition, in Chinese.
After it, the dates of the clock are set and the resulting deadline is
logged with its calendar basis, next to the workflow history (actor, time).
"""

from datetime import datetime
from persistent.list import PersistentList
from Products.CMFCore.WorkflowCore import WorkflowException
from zwgk.applications import terms
from zwgk.applications.clock import MAX_EXTENSION_WORKING_DAYS
from zwgk.applications.clock import correction_reply_due
from zwgk.applications.clock import correction_request_due
from zwgk.applications.intake import send
from zwgk.applications.intake import today
from zwgk.codes import CHINA
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


CONCLUDING = {"answer", "close_uncorrected", "withdraw"}


def _refuse(message):
    raise WorkflowException(message)


def before_transition(obj, event):
    """Refuse a transition the regulation does not allow now."""
    transition = event.transition
    if transition is None:
        return
    check = CHECKS.get(transition.id)
    if check is not None:
        check(obj, event.kwargs or {})


def _check_correction_request(obj, kwargs):
    due = correction_request_due(obj.received_on, calendar())
    if today() > due:
        _refuse(
            f"补正须在收到申请之日起7个工作日内一次性告知（截至{due.isoformat()}），已逾期"
        )


def _check_uncorrected(obj, kwargs):
    due = correction_reply_due(obj.correction_requested_on, calendar())
    if today() <= due:
        _refuse(f"补正期限至{due.isoformat()}，期满前不能按逾期不补正处理")


def _check_consult(obj, kwargs):
    if obj.open_consultation() is not None:
        _refuse("已在征求第三方意见")


def _check_extend(obj, kwargs):
    days = _extension_days(obj, kwargs)
    if not 1 <= days <= MAX_EXTENSION_WORKING_DAYS:
        _refuse(f"延期不得超过{MAX_EXTENSION_WORKING_DAYS}个工作日")
    deadline = obj.deadline(calendar())
    if deadline.day is not None and today() > deadline.day:
        _refuse(f"答复期限（{deadline.day.isoformat()}）已过，不能再延期")


def _check_answer(obj, kwargs):
    outcome, ground = obj.outcome, obj.ground
    if outcome not in dict(terms.outcomes()):
        _refuse("答复前请选择办理结果（予以公开、部分公开、不予公开等）")
    choices = dict(terms.grounds().get(outcome, ()))
    if choices and ground not in choices:
        _refuse(f"办理结果为“{dict(terms.outcomes())[outcome]}”时请选择具体理由")
    if not choices and ground:
        _refuse("该办理结果没有细分理由，请清除“理由”")
    if not (obj.reply or "").strip() and obj.reply_letter is None:
        _refuse("答复前请填写答复内容或上传答复书")


def _extension_days(obj, kwargs):
    try:
        return int(kwargs.get("extension_days") or MAX_EXTENSION_WORKING_DAYS)
    except (TypeError, ValueError):
        return 0


CHECKS = {
    "request_correction": _check_correction_request,
    "close_uncorrected": _check_uncorrected,
    "consult": _check_consult,
    "extend": _check_extend,
    "answer": _check_answer,
}


def after_transition(obj, event):
    """Set the clock's dates for the transition and log the new deadline."""
    transition = event.transition
    if transition is None:
        return
    tid, day = transition.id, today()
    if tid == "request_correction":
        obj.correction_requested_on = day
    elif tid == "receive_correction":
        obj.correction_received_on = day
    elif tid == "consult":
        obj.start_consultation(day)
    elif tid in ("resume", "resume_extended"):
        obj.end_consultation(day)
    elif tid == "extend":
        obj.extension_days = _extension_days(obj, event.kwargs or {})
        obj.extended_on = day
    elif tid == "close_uncorrected":
        obj.outcome, obj.ground = terms.OTHER_HANDLING, terms.NO_CORRECTION
    elif tid == "withdraw":
        obj.outcome, obj.ground = terms.OTHER_HANDLING, terms.OTHER
    if tid in CONCLUDING:
        obj.concluded_on = day
    record_deadline(obj, tid)
    if tid == "extend":
        _tell_extension(obj)
    obj.reindexObject()


def record_deadline(obj, reason):
    """Append the current deadline and its calendar basis to ``deadline_log``."""
    entry = {"at": datetime.now(CHINA).isoformat(timespec="seconds"), "reason": reason}
    try:
        deadline = obj.deadline(calendar())
    except CalendarNotCovered as error:
        entry["problem"] = str(error)
    else:
        entry.update(
            day=deadline.day.isoformat() if deadline.day else None,
            start=deadline.start.isoformat(),
            days=deadline.days,
            paused_days=deadline.paused_days,
            remaining=deadline.remaining,
            basis=deadline.basis,
        )
    log = getattr(obj, "deadline_log", None)
    if log is None:
        log = obj.deadline_log = PersistentList()
    log.append(entry)
    return entry


def recompute(obj, event=None):
    """Handler (application modified): staff corrected a date; log the result."""
    if not getattr(obj, "tracking_number", None):
        return
    log = getattr(obj, "deadline_log", None) or [{}]
    try:
        deadline = obj.deadline(calendar())
    except CalendarNotCovered:
        return
    day = deadline.day.isoformat() if deadline.day else None
    if log[-1].get("day") != day or log[-1].get("start") != deadline.start.isoformat():
        record_deadline(obj, "modified")


def _tell_extension(obj):
    """延期告知: the regulation requires telling the applicant."""
    if not obj.email:
        return
    day = obj.deadline_log[-1].get("day") or "（暂停计算中）"
    body = (
        f"{obj.name}：\n\n您的政府信息公开申请（受理编号 {obj.tracking_number}）"
        f"因需要延长答复期限，经批准延期{obj.extension_days}个工作日，"
        f"答复期限延至{day}。\n"
    )
    send(obj, f"政府信息公开申请延期答复告知书（{obj.tracking_number}）", body)
