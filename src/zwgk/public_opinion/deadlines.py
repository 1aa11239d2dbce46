"""时限: what a transfer order's grade asks, in hours and working days.

Numbers are registry settings (``zwgk.public_opinion.*``); their defaults
come from the State Council's documents:

- 国办发〔2016〕61号 (关于在政务公开工作中进一步做好政务舆情回应的通知):
  for 特别重大、重大突发事件 a press conference within 24 hours at the
  latest; other 政务舆情 answered within 48 hours;
- 国办发〔2016〕80号 (《关于全面推进政务公开工作的意见》实施细则): for
  特别重大、重大突发事件 authoritative information within 5 hours at the
  latest, and a press conference within 24 hours;
- the written feedback (书面反馈) to the office or the provincial office in
  working days is a local rule (no national figure): default 3.

The hours run from the event's 首次发现时间 (the documents count from
when the matter surfaced, not from when the order was written), round the
clock (``zwgk.case_clock``); the working days from the day the order went
out. An order's extension (延期) adds hours or working days to every
deadline of its unit.
"""

from dataclasses import dataclass
from plone import api
from zwgk import case_clock
from zwgk.public_opinion import terms


PREFIX = "zwgk.public_opinion"
# kind: (title, registry setting, default, source)
KINDS = {
    "authoritative_information": (
        "发布权威信息",
        "authoritative_information_hours",
        5,
        "国办发〔2016〕80号",
    ),
    "press_conference": (
        "举行新闻发布会",
        "press_conference_hours",
        24,
        "国办发〔2016〕61号",
    ),
    "response": ("回应舆情", "response_hours", 48, "国办发〔2016〕61号"),
    "feedback": ("书面反馈", "feedback_working_days", 3, "本地规定"),
}
SERIOUS = (terms.ESPECIALLY_MAJOR, terms.MAJOR)


def setting(name, default):
    return api.portal.get_registry_record(f"{PREFIX}.{name}", default=default)


def kinds_for(grade):
    """The deadlines a grade implies, in order: hours first, then working days."""
    hours = (
        ("authoritative_information", "press_conference")
        if grade in SERIOUS
        else ("response",)
    )
    return (*hours, "feedback")


@dataclass(frozen=True)
class OrderDeadline:
    kind: str
    title: str
    source: str
    unit: str  # case_clock.HOURS or case_clock.WORKING_DAYS
    amount: int
    deadline: object  # HourDeadline or CaseDeadline

    @property
    def due(self):
        """The end as a datetime (hours) or a date (working days)."""
        return self.deadline.at if self.unit == case_clock.HOURS else self.deadline.day

    def text(self):
        if self.unit == case_clock.HOURS:
            return self.deadline.at.strftime("%Y-%m-%d %H:%M")
        return self.deadline.day.isoformat()


def order_deadlines(order, event, calendar):
    """OrderDeadlines of ``order`` (raises CalendarNotCovered for working days
    in a year the calendar lacks)."""
    found = []
    issued = (order.issued or case_clock.china_now()).astimezone(case_clock.CHINA)
    for kind in kinds_for(event.grade):
        title, name, default, source = KINDS[kind]
        amount = setting(name, default)
        if kind == "feedback":
            deadline = case_clock.working_day_deadline(
                issued.date(), amount, calendar, extension_days=order.extension_days
            )
            unit = case_clock.WORKING_DAYS
        else:
            deadline = case_clock.hour_deadline(
                event.first_seen_aware(),
                amount,
                calendar,
                extension_hours=order.extension_hours,
            )
            unit = case_clock.HOURS
        found.append(OrderDeadline(kind, title, source, unit, amount, deadline))
    return found
