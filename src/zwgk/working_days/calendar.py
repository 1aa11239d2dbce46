"""工作日历: China's working days for statutory deadlines.

Weekends, public holidays and make-up working days (调休) come from the
``chinesecalendar`` package, which carries the State Council's yearly
notices up to its last release, plus overrides an administrator enters
(a new year's notice, a local closure). A date of a year that neither the
package nor the administrator covers raises ``CalendarNotCovered``: the
calendar never guesses. ``Deadline`` records which data it used.

Pure Python; ``zwgk.working_days.settings`` reads the overrides from the registry.
"""

from dataclasses import dataclass
from dataclasses import field
from importlib.metadata import version

import chinese_calendar
import datetime
import re


HOLIDAY = "holiday"  # 放假
WORKDAY = "workday"  # 上班 (调休)
KINDS = {"放假": HOLIDAY, "休息": HOLIDAY, "holiday": HOLIDAY}
KINDS |= {"上班": WORKDAY, "调休上班": WORKDAY, "workday": WORKDAY}
PACKAGE = f"chinesecalendar {version('chinesecalendar')}"
LINE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2})\s*[|｜]\s*([^|｜]+?)\s*(?:[|｜]\s*(.*))?$"
)


class CalendarNotCovered(LookupError):
    """No holiday data for the year: an administrator must add it first."""

    def __init__(self, year):
        self.year = year
        super().__init__(
            f"工作日历没有{year}年的节假日安排，无法计算工作日；"
            f"请管理员在“工作日历”设置中录入国务院办公厅公布的{year}年安排"
        )


class InvalidOverride(ValueError):
    """An override line that cannot be read; the message is Chinese."""


@dataclass(frozen=True)
class Override:
    day: datetime.date
    kind: str  # HOLIDAY or WORKDAY
    note: str = ""

    def __str__(self):
        label = "放假" if self.kind == HOLIDAY else "上班"
        return f"{self.day.isoformat()}|{label}|{self.note}".rstrip("|")


def parse_override(line):
    """``2027-02-07|上班|春节调休`` → Override; raises InvalidOverride."""
    match = LINE.match(line or "")
    if not match:
        raise InvalidOverride(
            f"“{line}”格式应为“日期|放假或上班|说明”，如 2027-01-01|放假|元旦"
        )
    text, kind, note = match.groups()
    try:
        day = datetime.date.fromisoformat(
            "-".join(part.zfill(2) for part in text.split("-"))
        )
    except ValueError:
        raise InvalidOverride(f"“{text}”不是有效的日期") from None
    if kind not in KINDS:
        raise InvalidOverride(f"“{kind}”应为“放假”或“上班”")
    return Override(day, KINDS[kind], (note or "").strip())


def _package_years():
    days = set(chinese_calendar.holidays) | set(chinese_calendar.workdays)
    return range(min(days).year, max(days).year + 1)


PACKAGE_YEARS = _package_years()


@dataclass
class WorkingDayCalendar:
    """Working days from the package, the overrides and the years declared complete.

    ``years`` are years the administrator has entered in full (every holiday
    and make-up day of the State Council notice) beyond the package's data.
    """

    overrides: tuple = ()
    years: frozenset = frozenset()
    _by_day: dict = field(init=False, repr=False)

    def __post_init__(self):
        self._by_day = {o.day: o for o in self.overrides}

    def covers(self, day):
        return day.year in PACKAGE_YEARS or day.year in self.years

    def override(self, day):
        return self._by_day.get(day)

    def is_working_day(self, day):
        found = self.override(day)
        if found is not None:
            return found.kind == WORKDAY
        if day.year in PACKAGE_YEARS:
            return chinese_calendar.is_workday(day)
        if day.year in self.years:
            return day.weekday() < 5  # the notice's exceptions are overrides
        raise CalendarNotCovered(day.year)

    def add_working_days(self, start, days):
        """The ``days``-th working day after ``start`` (not counting ``start``)."""
        return self.deadline(start, days, "working_days").day

    def deadline(self, start, days, unit):
        """``Deadline`` ``days`` working or calendar days after ``start``."""
        if unit == "calendar_days":
            # A period whose last day is a rest day ends on the next working
            # day (the rule of 《民法典》第二百零三条 and the procedure laws).
            day = start + datetime.timedelta(days=days)
            while not self.is_working_day(day):
                day += datetime.timedelta(days=1)
            return Deadline(day, start, days, unit, self._basis(start, day))
        day, counted = start, 0
        while counted < days:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return Deadline(day, start, days, unit, self._basis(start, day))

    def basis(self, start, end):
        """The calendar data a span's working days rest on (for the record)."""
        return self._basis(start, end)

    def _basis(self, start, end):
        used = [str(o) for o in self.overrides if start < o.day <= end]
        years = sorted({start.year, end.year} & set(self.years) - set(PACKAGE_YEARS))
        return {"package": PACKAGE, "overrides": used, "entered_years": years}


@dataclass(frozen=True)
class Deadline:
    """A computed deadline and the calendar data it rests on."""

    day: datetime.date
    start: datetime.date
    days: int
    unit: str
    basis: dict
