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

Pure Python over ``zwgk.working_days.calendar.WorkingDayCalendar``; an uncovered
year raises ``CalendarNotCovered`` (no guessed statutory deadlines).
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta


ANSWER_WORKING_DAYS = 20
MAX_EXTENSION_WORKING_DAYS = 20
CORRECTION_REQUEST_WORKING_DAYS = 7
# What the correction notice gives the applicant; a local rule, not the statute.
CORRECTION_REPLY_WORKING_DAYS = 15
DUE_SOON_WORKING_DAYS = 5
THIRD_PARTY_WORKING_DAYS = 15  # 第三十二条: the third party's time to answer


@dataclass(frozen=True)
class Pause:
    """Third-party consultation: sent on ``start``; ``end`` = answer or lapse."""

    start: date
    end: date | None = None


@dataclass(frozen=True)
class Clock:
    """What the deadline depends on."""

    start: date  # receipt, or receipt of the corrected application
    pauses: tuple = ()
    extension_days: int = 0
    today: date | None = None  # ends consultations past their 15 days


@dataclass(frozen=True)
class AnswerDeadline:
    """The answer deadline; ``day`` is None while a consultation is open."""

    day: date | None
    start: date
    days: int  # working days allowed: 20 plus any extension
    paused_days: int  # working days that did not count
    remaining: int | None  # working days left when the clock stopped
    basis: dict = field(default_factory=dict)
    lapsed: date | None = None  # last day of a third party that did not answer

    @property
    def paused(self):
        return self.day is None


def _pause_on(day, pauses):
    for pause in pauses:
        if pause.start < day and (pause.end is None or day <= pause.end):
            return pause
    return None


def third_party_due(pause, calendar):
    """The third party's last day to answer (第三十二条)."""
    return calendar.add_working_days(pause.start, THIRD_PARTY_WORKING_DAYS)


def counted_pauses(clock, calendar):
    """(pauses as they count, the last day of a lapsed open one or None).

    A pause counts for at most the third party's 15 working days; an open
    one whose 15 days ended before ``clock.today`` ends on its last day.
    """
    pauses, lapsed = [], None
    for pause in clock.pauses:
        last = third_party_due(pause, calendar)
        if pause.end is not None:
            pauses.append(Pause(pause.start, min(pause.end, last)))
        elif clock.today is not None and clock.today > last:
            pauses.append(Pause(pause.start, last))
            lapsed = last
        else:
            pauses.append(pause)
    return tuple(pauses), lapsed


def answer_deadline(clock, calendar):
    """The AnswerDeadline of ``clock`` on ``calendar``."""
    total = ANSWER_WORKING_DAYS + clock.extension_days
    pauses, lapsed = counted_pauses(clock, calendar)
    day, counted, paused = clock.start, 0, 0
    while counted < total:
        day += timedelta(days=1)
        if not calendar.is_working_day(day):
            continue
        pause = _pause_on(day, pauses)
        if pause is not None and pause.end is None:
            return AnswerDeadline(
                None,
                clock.start,
                total,
                paused,
                total - counted,
                calendar.basis(clock.start, pause.start),
            )
        if pause is not None:
            paused += 1
        else:
            counted += 1
    return AnswerDeadline(
        day,
        clock.start,
        total,
        paused,
        None,
        calendar.basis(clock.start, day),
        lapsed,
    )


def correction_request_due(received, calendar):
    """Last day to ask for a correction: 7 working days after receipt."""
    return calendar.add_working_days(received, CORRECTION_REQUEST_WORKING_DAYS)


def correction_reply_due(requested, calendar):
    """Last day for the applicant to send the corrected application."""
    return calendar.add_working_days(requested, CORRECTION_REPLY_WORKING_DAYS)


OVERDUE = "overdue"  # 已逾期
DUE_SOON = "due_soon"  # 即将到期
ON_TIME = "on_time"
PAUSED = "paused"  # 计时暂停


def status(deadline, today, calendar):
    """OVERDUE, DUE_SOON (within 5 working days), ON_TIME or PAUSED."""
    if deadline.paused:
        return PAUSED
    if deadline.day < today:
        return OVERDUE
    if deadline.day <= calendar.add_working_days(today, DUE_SOON_WORKING_DAYS):
        return DUE_SOON
    return ON_TIME
