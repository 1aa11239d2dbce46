"""办理时限: one case clock for applications, messages and transfer orders.

Every case zwgk handles on time (依申请公开, 网民留言, 舆情转办单) has a clock
that starts on receipt, may stop (暂停: a third party is consulted, the
office waits for someone), restart (重新计算: a corrected application
arrives), be extended (延期) and ends in a deadline. The deadline is kept
with the calendar data it rests on (``basis``), for the record.

Two units:

- **working days** (工作日) on the Chinese working-day calendar
  (``zwgk.working_days``): counted from the day after the start, skipping
  weekends, holidays and paused working days, counting make-up working days
  (调休). A year the calendar lacks raises ``CalendarNotCovered``: a
  statutory deadline is never guessed.
- **hours** (小时): wall-clock hours in Beijing time, counted round the
  clock, nights, weekends and holidays included, because 政务舆情 are
  watched and answered 全天候 (国办发〔2016〕61号). An hour deadline that
  falls outside working time is kept where the hours end (03:00 on a
  Sunday stays 03:00 on that Sunday; it is not moved to the next working
  day); its basis says that it falls on a rest day (``rest_day``) or at
  night (``night``), so the office knows someone must be on duty. The hours
  themselves need no holiday data; ``rest_day`` is None for a year the
  calendar lacks.

Pure Python; datetimes are timezone-aware (stored in UTC, shown in Beijing).
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from zwgk.codes import CHINA
from zwgk.working_days.calendar import PACKAGE
from zwgk.working_days.calendar import CalendarNotCovered


WORKING_DAYS = "working_days"
HOURS = "hours"
DUE_SOON_WORKING_DAYS = 5
# Working time, only to say that an hour deadline falls outside it.
DAY_STARTS, DAY_ENDS = time(8, 0), time(18, 0)
HOUR_CLOCK = "北京时间连续计时，夜间和节假日照计"

OVERDUE = "overdue"  # 已逾期
DUE_SOON = "due_soon"  # 即将到期
ON_TIME = "on_time"
PAUSED = "paused"  # 计时暂停
LABELS = {
    OVERDUE: "已逾期",
    DUE_SOON: "即将到期",
    ON_TIME: "未到期",
    PAUSED: "计时暂停",
}


def china_now():
    """Now, timezone-aware in Beijing: the one "now" of every case clock
    (tests replace it)."""
    return datetime.now(CHINA)


def china_today():
    return china_now().date()


def utc(moment):
    """An aware datetime in UTC, as stored (ZoneInfo does not pickle into ZODB)."""
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Pause:
    """The clock stands still from ``start``; ``end`` None: still stopped.

    Dates for a working-day clock (``start`` itself still counts, the
    working days after it up to ``end`` do not), datetimes for an hour clock.
    A feature that stores its pauses names its own subclass (an
    application's consultations are ``zwgk.applications.clock.Pause``, the
    name existing databases and exports hold).
    """

    start: date
    end: date | None = None


# -- working days ---------------------------------------------------------


@dataclass(frozen=True)
class CaseDeadline:
    """A working-day deadline; ``day`` is None while the clock is stopped."""

    day: date | None
    start: date
    days: int  # working days allowed, any extension included
    paused_days: int  # working days that did not count
    remaining: int | None  # working days left when the clock stopped
    basis: dict = field(default_factory=dict)

    @property
    def paused(self):
        return self.day is None


def _pause_on(day, pauses):
    for pause in pauses:
        if pause.start < day and (pause.end is None or day <= pause.end):
            return pause
    return None


def working_day_deadline(start, days, calendar, pauses=(), extension_days=0):
    """The CaseDeadline ``days`` (+ ``extension_days``) working days after
    ``start``, paused working days not counted. Raises CalendarNotCovered."""
    total = days + (extension_days or 0)
    day, counted, paused = start, 0, 0
    while counted < total:
        day += timedelta(days=1)
        if not calendar.is_working_day(day):
            continue
        pause = _pause_on(day, pauses)
        if pause is not None and pause.end is None:
            basis = calendar.basis(start, pause.start)
            return CaseDeadline(None, start, total, paused, total - counted, basis)
        if pause is not None:
            paused += 1
        else:
            counted += 1
    return CaseDeadline(day, start, total, paused, None, calendar.basis(start, day))


def capped_pauses(pauses, max_days, calendar, today=None):
    """(pauses as they count, the last day of a lapsed open one or None).

    A pause counts for at most ``max_days`` working days after its start
    (e.g. a third party's 15 working days); an open one whose days ended
    before ``today`` ends on its last day.
    """
    found, lapsed = [], None
    for pause in pauses:
        last = calendar.add_working_days(pause.start, max_days)
        if pause.end is not None:
            found.append(Pause(pause.start, min(pause.end, last)))
        elif today is not None and today > last:
            found.append(Pause(pause.start, last))
            lapsed = last
        else:
            found.append(pause)
    return tuple(found), lapsed


def working_days_between(start, end, calendar):
    """Working days after ``start`` up to and including ``end`` (0 if none)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += calendar.is_working_day(day)
    return count


def status(deadline, today, calendar, due_soon_days=DUE_SOON_WORKING_DAYS):
    """OVERDUE, DUE_SOON (within ``due_soon_days`` working days), ON_TIME or PAUSED."""
    if deadline.paused:
        return PAUSED
    if deadline.day < today:
        return OVERDUE
    if deadline.day <= calendar.add_working_days(today, due_soon_days):
        return DUE_SOON
    return ON_TIME


# -- hours ----------------------------------------------------------------


@dataclass(frozen=True)
class HourDeadline:
    """An hour deadline (Beijing time); ``at`` is None while the clock is stopped."""

    at: datetime | None
    start: datetime
    hours: int  # hours allowed, any extension included
    paused_for: timedelta  # time the clock stood still
    remaining: timedelta | None  # time left when the clock stopped
    basis: dict = field(default_factory=dict)

    @property
    def paused(self):
        return self.at is None


def hour_deadline(start, hours, calendar, pauses=(), extension_hours=0):
    """The HourDeadline ``hours`` (+ ``extension_hours``) clock hours after
    ``start``, paused spans not counted; see the module's docstring."""
    start = start.astimezone(CHINA)
    total = hours + (extension_hours or 0)
    left, moment, stood = timedelta(hours=total), start, timedelta()
    for pause in sorted(pauses, key=lambda p: p.start):
        begins = max(pause.start.astimezone(CHINA), moment)
        if begins >= moment + left:
            break
        left -= begins - moment
        if pause.end is None:
            basis = {"unit": HOURS, "clock": HOUR_CLOCK, "package": PACKAGE}
            return HourDeadline(None, start, total, stood, left, basis)
        ends = max(pause.end.astimezone(CHINA), begins)
        stood += ends - begins
        moment = ends
    at = moment + left
    return HourDeadline(at, start, total, stood, None, _hours_basis(at, calendar))


def _hours_basis(at, calendar):
    try:
        rest_day = not calendar.is_working_day(at.date())
    except CalendarNotCovered:
        rest_day = None  # the hours stand; only the annotation lacks data
    return {
        "unit": HOURS,
        "clock": HOUR_CLOCK,
        "package": PACKAGE,
        "rest_day": rest_day,
        "night": not DAY_STARTS <= at.timetz().replace(tzinfo=None) < DAY_ENDS,
    }


def hour_status(deadline, now, due_soon=timedelta(hours=2)):
    """OVERDUE, DUE_SOON (within ``due_soon``), ON_TIME or PAUSED."""
    if deadline.paused:
        return PAUSED
    if now > deadline.at:
        return OVERDUE
    if now >= deadline.at - due_soon:
        return DUE_SOON
    return ON_TIME


def describe(deadline):
    """A deadline as a dict for logs and JSON (either unit)."""
    if isinstance(deadline, HourDeadline):
        return {
            "unit": HOURS,
            "at": deadline.at.isoformat(timespec="minutes") if deadline.at else None,
            "start": deadline.start.isoformat(timespec="minutes"),
            "hours": deadline.hours,
            "paused_minutes": int(deadline.paused_for.total_seconds() // 60),
            "remaining_minutes": None
            if deadline.remaining is None
            else int(deadline.remaining.total_seconds() // 60),
            "basis": deadline.basis,
        }
    return {
        "unit": WORKING_DAYS,
        "day": deadline.day.isoformat() if deadline.day else None,
        "start": deadline.start.isoformat(),
        "days": deadline.days,
        "paused_days": deadline.paused_days,
        "remaining": deadline.remaining,
        "basis": deadline.basis,
    }
