"""反馈, 审核, 催办: a unit reports back on an order; the office accepts or
returns the report; a lapsed deadline escalates 催办 → 督办 → 通报.

Where each unit stands is computed when read (``unit_status``) from the
order's deadlines, its report and the clock, so nothing needs a cron job.
The office's acts are recorded on the order (``order.log``): each report,
acceptance, return and escalation step with actor, time and note.
"""

from datetime import datetime
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from zwgk import case_clock
from zwgk.applications.intake import unit_by_uid
from zwgk.applications.validation import Invalid
from zwgk.parameters import invalid_characters
from zwgk.public_opinion import terms
from zwgk.public_opinion.deadlines import order_deadlines
from zwgk.public_opinion.deadlines import setting
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar

import math
import re


URL = re.compile(r"\Ahttps?://[^\s<>\"]+\Z")
MET, LATE = "met", "late"  # 按时完成, 逾期完成
LABELS = {**case_clock.LABELS, MET: "按时完成", LATE: "逾期完成"}
REPORT_FIELDS = {
    "found": ("核查情况", 2000),
    "done": ("处置情况", 2000),
    "response_way": ("回应方式", None),
    "response_link": ("回应链接（已发布的信息、解读或新闻）", 500),
    "responded_at": ("回应时间", None),
}


def _actor():
    return api.user.get_current().getId() or "system"


def _log(order, entry):
    log = getattr(order, "log", None)
    if log is None:
        log = order.log = PersistentList()
    log.append({"at": case_clock.china_now().isoformat(timespec="seconds"), **entry})


def report_of(order, unit_uid):
    return (order.reports or {}).get(unit_uid)


def parse_moment(value):
    """``2026-03-03T14:30`` (Beijing) → aware datetime; raises ValueError."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value or "").strip())
    return moment.replace(tzinfo=case_clock.CHINA) if moment.tzinfo is None else moment


def check_report(data):
    """Cleaned report fields or Invalid with one Chinese message per field."""
    clean, errors = {}, {}
    for name, (label, max_length) in REPORT_FIELDS.items():
        value = str(data.get(name) or "").strip()
        if not value:
            errors[name] = f"请填写{label}"
        elif max_length and len(value) > max_length:
            errors[name] = f"{label}不能超过{max_length}个字"
        elif invalid_characters(value):
            errors[name] = f"{label}含有无效字符"
        else:
            clean[name] = value
    if "response_way" in clean and clean["response_way"] not in dict(
        terms.RESPONSE_WAYS
    ):
        errors["response_way"] = "请选择回应方式"
    if "response_link" in clean and not URL.match(clean["response_link"]):
        errors["response_link"] = "回应链接应为 http:// 或 https:// 开头的网址"
    if "responded_at" in clean:
        try:
            moment = parse_moment(clean["responded_at"])
        except ValueError:
            errors["responded_at"] = "回应时间格式应为 YYYY-MM-DD HH:MM"
        else:
            if moment > case_clock.china_now():
                errors["responded_at"] = "回应时间不能晚于现在"
            clean["responded_at"] = case_clock.utc(moment)
    if errors:
        raise Invalid(errors)
    return clean


def submit_report(order, unit_uid, data):
    """The unit's 反馈; raises Invalid. A returned report may be sent again."""
    if unit_uid not in (order.units or ()):
        raise Invalid({"unit": "该单位不在本转办单的承办单位中"})
    current = report_of(order, unit_uid)
    if current is not None and current.get("state") in ("reported", "accepted"):
        raise Invalid({"unit": "已反馈，等待公开办审核"})
    clean = check_report(data)
    if order.reports is None:
        order.reports = PersistentMapping()
    order.reports[unit_uid] = PersistentMapping(
        clean,
        state="reported",
        submitted=case_clock.utc(case_clock.china_now()),
        by=_actor(),
        returned=(current or {}).get("returned", 0),
    )
    _log(order, {"action": "report", "unit": unit_uid, "actor": _actor()})


def review(order, unit_uid, accept, comment=""):
    """The office accepts (采纳) or returns (退回, comment required) a report."""
    current = report_of(order, unit_uid)
    if current is None or current.get("state") != "reported":
        raise Invalid({"unit": "没有待审核的反馈"})
    comment = str(comment or "").strip()
    if not accept and not comment:
        raise Invalid({"comment": "退回反馈须写明意见"})
    current["state"] = "accepted" if accept else "returned"
    if not accept:
        current["returned"] = current.get("returned", 0) + 1
        current["comment"] = comment
    action = "accept" if accept else "return"
    _log(
        order, {"action": action, "unit": unit_uid, "actor": _actor(), "note": comment}
    )


def recorded_level(order, unit_uid):
    levels = [e["level"] for e in order.escalations or () if e["unit"] == unit_uid]
    return max(levels, default=0)


def escalate(order, unit_uid, level, note=""):
    """Record the office's 催办 (1), 督办 (2) or 通报 (3) of a late unit."""
    status = unit_status(order, order.__parent__, unit_uid)
    if not 1 <= level <= status["escalation_due"]:
        raise Invalid({"level": "该单位目前不需要这一级催办"})
    if level <= recorded_level(order, unit_uid):
        raise Invalid({"level": "这一级已经记录过"})
    entry = {
        "unit": unit_uid,
        "level": level,
        "title": terms.title(terms.ESCALATIONS, level),
        "at": case_clock.china_now().isoformat(timespec="minutes"),
        "actor": _actor(),
        "note": str(note or "").strip()[:500],
    }
    order.escalations = (*(order.escalations or ()), entry)
    _log(order, {"action": "escalate", **entry})
    return entry


def _deadline_status(item, report, now, cal):
    done = report is not None and report.get("state") in ("reported", "accepted")
    if item.unit == case_clock.HOURS:
        if done:
            responded = report["responded_at"]
            return MET if responded <= item.deadline.at else LATE
        return case_clock.hour_status(
            item.deadline, now, setting_hours("due_soon_hours", 2)
        )
    if done:
        submitted = report["submitted"].astimezone(case_clock.CHINA).date()
        return MET if submitted <= item.deadline.day else LATE
    return case_clock.status(item.deadline, now.date(), cal, 1)


def setting_hours(name, default):
    from datetime import timedelta

    return timedelta(hours=setting(name, default))


def _lateness_level(item, now, cal):
    """1 + the completed escalation steps past the deadline, at most 3."""
    if item.unit == case_clock.HOURS:
        late = (now - item.deadline.at).total_seconds() / 3600
        step = setting("escalation_step_hours", 24)
        return min(3, 1 + math.floor(late / step))
    late = case_clock.working_days_between(item.deadline.day, now.date(), cal)
    step = setting("escalation_step_working_days", 2)
    return min(3, 1 + (max(late, 1) - 1) // step)


def unit_status(order, event, unit_uid, now=None, cal=None):
    """Where one unit stands on the order (computed now)."""
    now = (now or case_clock.china_now()).astimezone(case_clock.CHINA)
    cal = cal or calendar()
    unit = unit_by_uid(unit_uid)
    report = report_of(order, unit_uid)
    rows, due, problem = [], 0, ""
    try:
        deadlines = order_deadlines(order, event, cal)
    except CalendarNotCovered as error:
        deadlines, problem = [], str(error)
    for item in deadlines:
        try:
            status = _deadline_status(item, report, now, cal)
            if status == case_clock.OVERDUE:
                due = max(due, _lateness_level(item, now, cal))
        except CalendarNotCovered as error:
            status, problem = "", str(error)
        rows.append(
            {
                "kind": item.kind,
                "title": item.title,
                "source": item.source,
                "unit": item.unit,
                "amount": item.amount,
                "due": item.text(),
                "status": status,
                "label": LABELS.get(status, ""),
                "basis": item.deadline.basis,
            }
        )
    state = report.get("state") if report else None
    recorded = recorded_level(order, unit_uid)
    return {
        "uid": unit_uid,
        "unit": unit.Title() if unit is not None else "",
        "report_state": state,
        "report_title": terms.REPORT_STATES.get(state, ""),
        "report": dict(report) if report else None,
        "deadlines": rows,
        "overdue": any(r["status"] == case_clock.OVERDUE for r in rows),
        "due_soon": any(r["status"] == case_clock.DUE_SOON for r in rows),
        "escalation_due": due,
        "escalation_due_title": terms.title(terms.ESCALATIONS, due),
        "escalation_recorded": recorded,
        "escalation_recorded_title": terms.title(terms.ESCALATIONS, recorded),
        "escalation_pending": due > recorded,
        "problem": problem,
    }


def order_status(order, now=None, cal=None):
    """Every unit's status on the order."""
    cal = cal or calendar()
    return [unit_status(order, order.__parent__, uid, now, cal) for uid in order.units]
