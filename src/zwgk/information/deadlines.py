"""公开期限: when proactive information must be public, and what is late.

The deadline of a piece of information is its formation date (成文日期)
plus the time limit of the directory item it fulfils; with several items,
the earliest. Only rules counted from formation apply here: "after
approval" rules need the approval date, which the information does not
record yet.
"""

from dataclasses import dataclass
from datetime import date
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.calendar import Deadline


DUE_SOON_WORKING_DAYS = 5
OVERDUE = "overdue"  # 已逾期
DUE_SOON = "due_soon"  # 即将到期
NO_DATA = "no_data"  # 日历无数据


def _rules(info):
    for relation in info.disclosure_items or ():
        item = None if relation.isBroken() else relation.to_object
        days = getattr(item, "time_limit_days", None)
        if days and getattr(item, "time_limit_start", None) == "formed":
            yield item, days, item.time_limit_unit


def publication_deadline(info, calendar):
    """(Deadline, item) of the earliest rule, or (None, None) without a rule.

    Raises ``CalendarNotCovered`` when the calendar has no data for the span.
    """
    found = None
    for item, days, unit in _rules(info):
        deadline = calendar.deadline(info.written_date, days, unit)
        if found is None or deadline.day < found[0].day:
            found = (deadline, item)
    return found or (None, None)


@dataclass
class Pending:
    """Unpublished proactive information and where it stands."""

    info: object
    status: str
    deadline: Deadline | None = None
    item: object = None
    problem: str = ""


def classify(infos, calendar, today: date):
    """Pending entries for information overdue, due soon, or not computable.

    ``infos`` are unpublished proactive information objects; on-time ones
    further away than ``DUE_SOON_WORKING_DAYS`` working days are left out.
    """
    found = []
    for info in infos:
        try:
            deadline, item = publication_deadline(info, calendar)
            if deadline is None:
                continue
            if deadline.day < today:
                found.append(Pending(info, OVERDUE, deadline, item))
            elif deadline.day <= calendar.add_working_days(
                today, DUE_SOON_WORKING_DAYS
            ):
                found.append(Pending(info, DUE_SOON, deadline, item))
        except CalendarNotCovered as error:
            found.append(Pending(info, NO_DATA, problem=str(error)))
    order = {OVERDUE: 0, DUE_SOON: 1, NO_DATA: 2}
    return sorted(
        found,
        key=lambda p: (order[p.status], p.deadline.day if p.deadline else date.max),
    )
