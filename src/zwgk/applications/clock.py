"""答复期限: the statutory clock of an application (《政府信息公开条例》).

- 20 working days counted from the day after receipt (第三十三条);
- a correction request (补正, once, within 7 working days of receipt,
  第三十条) restarts the clock on the day the corrected application arrives;
- working days while a third party is consulted (征求第三方意见, 第三十二条)
  do not count; while the consultation is open the clock stands still.
  The third party has 15 working days to answer, counted here from the
  day the request was sent (the earliest it can have arrived); working
  days beyond them count again, and an open consultation whose 15 days
  are over no longer stops the clock (逾期未提出意见: the unit decides);
- one extension (延期) of at most 20 working days with the approver's
  decision (第三十三条).

The counting itself is the shared case clock (``zwgk.case_clock``); this
module holds the Regulations' numbers. An uncovered year raises
``CalendarNotCovered`` (no guessed statutory deadlines).
"""

from dataclasses import dataclass
from datetime import date
from zwgk import case_clock
from zwgk.case_clock import DUE_SOON
from zwgk.case_clock import DUE_SOON_WORKING_DAYS
from zwgk.case_clock import ON_TIME
from zwgk.case_clock import OVERDUE
from zwgk.case_clock import PAUSED
from zwgk.case_clock import CaseDeadline
from zwgk.case_clock import capped_pauses
from zwgk.case_clock import working_day_deadline


# The module's API as before the shared clock (Pause is pickled under this name).
__all__ = [
    "DUE_SOON",
    "DUE_SOON_WORKING_DAYS",
    "ON_TIME",
    "OVERDUE",
    "PAUSED",
    "AnswerDeadline",
    "Clock",
    "Pause",
    "answer_deadline",
    "correction_reply_due",
    "correction_request_due",
    "counted_pauses",
    "status",
    "third_party_due",
]

ANSWER_WORKING_DAYS = 20
MAX_EXTENSION_WORKING_DAYS = 20
CORRECTION_REQUEST_WORKING_DAYS = 7
# What the correction notice gives the applicant; a local rule, not the statute.
CORRECTION_REPLY_WORKING_DAYS = 15
THIRD_PARTY_WORKING_DAYS = 15  # 第三十二条: the third party's time to answer


@dataclass(frozen=True)
class Pause(case_clock.Pause):
    """Third-party consultation: sent on ``start``; ``end`` = answer or lapse.

    The shared clock's pause under the name databases and district exports
    know it by (an application's ``consultations``: pickled, and tagged
    ``zwgk.applications.clock.Pause`` by ``zwgk.stored_state``)."""


@dataclass(frozen=True)
class Clock:
    """What the deadline depends on."""

    start: date  # receipt, or receipt of the corrected application
    pauses: tuple = ()
    extension_days: int = 0
    today: date | None = None  # ends consultations past their 15 days


@dataclass(frozen=True)
class AnswerDeadline(CaseDeadline):
    """The answer deadline; ``day`` is None while a consultation is open."""

    lapsed: date | None = None  # last day of a third party that did not answer


def third_party_due(pause, calendar):
    """The third party's last day to answer (第三十二条)."""
    return calendar.add_working_days(pause.start, THIRD_PARTY_WORKING_DAYS)


def counted_pauses(clock, calendar):
    """(pauses as they count, the last day of a lapsed open one or None).

    A pause counts for at most the third party's 15 working days; an open
    one whose 15 days ended before ``clock.today`` ends on its last day.
    """
    return capped_pauses(clock.pauses, THIRD_PARTY_WORKING_DAYS, calendar, clock.today)


def answer_deadline(clock, calendar):
    """The AnswerDeadline of ``clock`` on ``calendar``."""
    pauses, lapsed = counted_pauses(clock, calendar)
    found = working_day_deadline(
        clock.start, ANSWER_WORKING_DAYS, calendar, pauses, clock.extension_days
    )
    return AnswerDeadline(
        found.day,
        found.start,
        found.days,
        found.paused_days,
        found.remaining,
        found.basis,
        None if found.paused else lapsed,
    )


def correction_request_due(received, calendar):
    """Last day to ask for a correction: 7 working days after receipt."""
    return calendar.add_working_days(received, CORRECTION_REQUEST_WORKING_DAYS)


def correction_reply_due(requested, calendar):
    """Last day for the applicant to send the corrected application."""
    return calendar.add_working_days(requested, CORRECTION_REPLY_WORKING_DAYS)


def status(deadline, today, calendar):
    """OVERDUE, DUE_SOON (within 5 working days), ON_TIME or PAUSED."""
    return case_clock.status(deadline, today, calendar, DUE_SOON_WORKING_DAYS)
