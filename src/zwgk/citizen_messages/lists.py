"""经办 lists and 统计 of messages, computed when read.

``staff_rows(container)``: the open messages the current user may see
(the office: all of them; a unit's staff: those handed to the unit), each
with its status on the clock: 待审看 (and whether screening is late),
办理中 (overdue, due within 2 working days, on time), 待审核答复.
``statistics(year)``: per unit and year, what the assessment
topic (考核) reads: received, answered, answered on time, mean working days
from hand-over to answer.
"""

from plone import api
from statistics import mean
from zwgk import case_clock
from zwgk.applications.intake import units as published_units
from zwgk.citizen_messages import terms
from zwgk.citizen_messages.handling import ANSWERED
from zwgk.citizen_messages.handling import DUE_SOON_WORKING_DAYS
from zwgk.citizen_messages.handling import OPEN
from zwgk.citizen_messages.handling import answer_days
from zwgk.citizen_messages.handling import screening_days
from zwgk.citizen_messages.intake import today
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


ORDER = {case_clock.OVERDUE: 0, case_clock.DUE_SOON: 1}
OFFICE = "公开办"


def open_brains(unit_uid=None):
    """Brains of the open messages the current user may see (of one unit
    if ``unit_uid``)."""
    query = {"portal_type": "CitizenMessage", "review_state": list(OPEN)}
    if unit_uid:
        query["org_unit"] = unit_uid
    return api.content.find(**query)


class Deadlines:
    """The screening and answer deadlines and their status, counted once per
    start day while one list is made (many messages share a day)."""

    def __init__(self, cal, day):
        self.cal, self.day, self.found = cal, day, {}
        self.days = {"screening": screening_days(), "assigned": answer_days()}

    def __call__(self, state, start):
        key = (state, start)
        if key not in self.found:
            deadline = case_clock.working_day_deadline(
                start, self.days[state], self.cal
            )
            status = case_clock.status(
                deadline, self.day, self.cal, DUE_SOON_WORKING_DAYS
            )
            self.found[key] = (deadline.day, status)
        return self.found[key]


def row(brain, deadlines, unit_titles):
    message = brain.getObject()
    state = brain.review_state
    deadline, status, problem = None, "", ""
    start = {"screening": message.received_on, "assigned": message.assigned_on}
    try:
        if start.get(state) is not None:
            deadline, status = deadlines(state, start[state])
    except CalendarNotCovered as error:
        problem = str(error)
    return {
        "number": message.tracking_number,
        "url": brain.getURL(),
        "kind": terms.title(terms.KINDS, message.kind),
        "subject": message.subject,
        "state": state,
        "state_title": STATE_TITLES.get(state, state),
        "unit": unit_titles.get(message.unit, ""),
        "received_on": message.received_on,
        "deadline": deadline,
        "status": status,
        "label": problem or case_clock.LABELS.get(status, ""),
        "returned": bool(message.returned),
    }


STATE_TITLES = {
    "screening": "待审看",
    "assigned": "办理中",
    "reviewing": "待审核答复",
    "answered": "已答复",
    "published": "已公开",
    "closed": "不予受理",
}


def staff_rows(unit_uid=None):
    """Rows of the open messages, overdue and due soon first."""
    deadlines, titles = Deadlines(calendar(), today()), published_units()
    rows = [row(b, deadlines, titles) for b in open_brains(unit_uid)]
    return sorted(
        rows,
        key=lambda r: (ORDER.get(r["status"], 2), str(r["deadline"] or "9999")),
    )


def grouped(rows):
    """{"screening", "overdue", "due_soon", "reviewing", "other"}: the staff
    lists (待审看, 已逾期, 即将到期, 待审核答复, 其他办理中)."""
    groups = {k: [] for k in ("screening", "overdue", "due_soon", "reviewing", "other")}
    for r in rows:
        if r["state"] == "screening":
            groups["screening"].append(r)
        elif r["state"] == "reviewing":
            groups["reviewing"].append(r)
        elif r["status"] in (case_clock.OVERDUE, case_clock.DUE_SOON):
            groups[r["status"]].append(r)
        else:
            groups["other"].append(r)
    return groups


def all_messages():
    """Every message, whoever asks (trusted code: statistics only)."""
    catalog = api.portal.get_tool("portal_catalog")
    return [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(portal_type="CitizenMessage")
    ]


def _records(year, cal):
    """(unit UID or None, answered, on time, working days to answer) of each
    message handed over (or received) in ``year``; state from the catalog,
    each span and deadline counted once per pair of dates."""
    catalog = api.portal.get_tool("portal_catalog")
    days = answer_days()
    spans, deadlines = {}, {}

    def span(start, end):
        if (start, end) not in spans:
            spans[start, end] = case_clock.working_days_between(start, end, cal)
        return spans[start, end]

    def deadline(start):
        if start not in deadlines:
            deadlines[start] = cal.add_working_days(start, days)
        return deadlines[start]

    for brain in catalog.unrestrictedSearchResults(portal_type="CitizenMessage"):
        message = brain._unrestrictedGetObject()
        received = message.assigned_on or message.received_on
        if received is None or received.year != year:
            continue
        unit = message.unit if message.unit and not message.direct else None
        done = brain.review_state in ANSWERED_OR_REVIEWED and message.answered_on
        if not done:
            yield unit, False, False, None
            continue
        try:
            taken = span(received, message.answered_on)
            timely = (
                message.answered_on <= deadline(message.assigned_on)
                if message.assigned_on and not message.direct
                else True
            )
        except CalendarNotCovered:
            yield unit, True, False, None
            continue
        yield unit, True, timely, taken


ANSWERED_OR_REVIEWED = (*ANSWERED, "reviewing")


def statistics(year):
    """Per unit for ``year`` (messages handed over that year, by unit;
    the office's direct answers and closures under 公开办):

    ``{"year", "units": [{"unit", "uid", "received", "answered",
    "answered_on_time", "on_time_rate", "mean_working_days"}], "total": {...}}``

    A message counts as answered once the unit has answered (under review
    too); on time if that answer came by the unit's deadline (the last
    answer, for one sent back); working days run from the hand-over.
    """
    cal = calendar()
    titles = published_units()
    per_unit = {}
    records = list(_records(year, cal))
    for record in records:
        per_unit.setdefault(record[0], []).append(record)
    rows = [
        _row(titles.get(key, OFFICE) if key else OFFICE, key, found)
        for key, found in sorted(
            per_unit.items(), key=lambda item: titles.get(item[0], "")
        )
    ]
    return {"year": year, "units": rows, "total": _row("合计", None, records)}


def _row(title, uid, records):
    answered = sum(1 for r in records if r[1])
    timely = sum(1 for r in records if r[2])
    spans = [r[3] for r in records if r[3] is not None]
    return {
        "unit": title,
        "uid": uid,
        "received": len(records),
        "answered": answered,
        "answered_on_time": timely,
        "on_time_rate": round(timely / answered, 3) if answered else None,
        "mean_working_days": round(mean(spans), 1) if spans else None,
    }
