"""The shared case clock (办理时限): working days and clock hours on the
Chinese calendar (data: chinesecalendar, which has 2026 and raises after)."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from zwgk import case_clock
from zwgk.case_clock import DUE_SOON
from zwgk.case_clock import ON_TIME
from zwgk.case_clock import OVERDUE
from zwgk.case_clock import PAUSED
from zwgk.case_clock import Pause
from zwgk.case_clock import hour_deadline
from zwgk.case_clock import hour_status
from zwgk.case_clock import working_day_deadline
from zwgk.case_clock import working_days_between
from zwgk.codes import CHINA
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.calendar import WorkingDayCalendar

import pickle
import pytest


CALENDAR = WorkingDayCalendar()


def beijing(*args):
    return datetime(*args, tzinfo=CHINA)


def test_the_applications_pause_keeps_its_stored_name():
    from zwgk.applications.clock import Pause as ApplicationPause

    assert issubclass(ApplicationPause, Pause)
    stored = pickle.dumps(ApplicationPause(date(2026, 3, 5), date(2026, 3, 12)))
    assert b"zwgk.applications.clock" in stored
    loaded = pickle.loads(stored)
    assert type(loaded) is ApplicationPause
    assert (loaded.start, loaded.end) == (date(2026, 3, 5), date(2026, 3, 12))


def test_the_shared_clock_counts_an_applications_pause():
    from zwgk.applications.clock import Pause as ApplicationPause

    pauses = (ApplicationPause(date(2026, 3, 3), date(2026, 3, 5)),)
    deadline = working_day_deadline(date(2026, 3, 2), 5, CALENDAR, pauses)
    assert deadline.paused_days == 2 and deadline.day == date(2026, 3, 11)


def test_five_working_days_over_a_weekend():
    # Thursday 2026-03-05 → Friday, Monday..Thursday 03-12
    deadline = working_day_deadline(date(2026, 3, 5), 5, CALENDAR)
    assert deadline.day == date(2026, 3, 12)
    assert deadline.basis["package"].startswith("chinesecalendar")


def test_working_days_skip_a_holiday_and_count_a_make_up_day():
    # 国庆 2026: 10-01..10-07 off, Saturday 10-10 worked
    deadline = working_day_deadline(date(2026, 9, 30), 3, CALENDAR)
    assert deadline.day == date(2026, 10, 10)  # 10-08, 10-09, 10-10 (调休)
    assert deadline.day == CALENDAR.add_working_days(date(2026, 9, 30), 3)


def test_a_pause_and_an_extension():
    deadline = working_day_deadline(
        date(2026, 3, 2),
        5,
        CALENDAR,
        pauses=(Pause(date(2026, 3, 3), date(2026, 3, 5)),),
        extension_days=1,
    )
    assert deadline.paused_days == 2
    assert deadline.days == 6
    assert deadline.day == date(2026, 3, 12)


def test_an_open_pause_stops_the_working_day_clock():
    deadline = working_day_deadline(
        date(2026, 3, 2), 5, CALENDAR, pauses=(Pause(date(2026, 3, 4)),)
    )
    assert deadline.paused and deadline.remaining == 3


def test_working_days_are_never_guessed():
    with pytest.raises(CalendarNotCovered):
        working_day_deadline(date(2026, 12, 28), 5, CALENDAR)


def test_working_days_between():
    assert working_days_between(date(2026, 3, 6), date(2026, 3, 9), CALENDAR) == 1
    assert working_days_between(date(2026, 9, 30), date(2026, 10, 10), CALENDAR) == 3
    assert working_days_between(date(2026, 3, 9), date(2026, 3, 9), CALENDAR) == 0


def test_hours_run_across_midnight():
    deadline = hour_deadline(beijing(2026, 3, 3, 21, 30), 5, CALENDAR)
    assert deadline.at == beijing(2026, 3, 4, 2, 30)
    assert deadline.basis["night"] is True
    assert deadline.basis["rest_day"] is False  # a Wednesday


def test_hours_run_through_a_weekend_and_stay_there():
    # Friday 18:00 + 48 hours: Sunday 18:00, not moved to Monday
    deadline = hour_deadline(beijing(2026, 3, 6, 18, 0), 48, CALENDAR)
    assert deadline.at == beijing(2026, 3, 8, 18, 0)
    assert deadline.basis["rest_day"] is True
    assert deadline.basis["unit"] == "hours"


def test_hours_run_through_a_holiday():
    # the eve of 国庆: 24 hours end on 10-01, a holiday
    deadline = hour_deadline(beijing(2026, 9, 30, 9, 0), 24, CALENDAR)
    assert deadline.at == beijing(2026, 10, 1, 9, 0)
    assert deadline.basis["rest_day"] is True
    assert deadline.basis["night"] is False


def test_hours_on_a_make_up_working_saturday_are_a_working_day():
    deadline = hour_deadline(beijing(2026, 10, 9, 10, 0), 24, CALENDAR)
    assert deadline.at == beijing(2026, 10, 10, 10, 0)
    assert deadline.basis["rest_day"] is False


def test_hours_are_counted_in_beijing_whatever_the_start_zone():
    start = beijing(2026, 3, 3, 21, 30).astimezone(case_clock.UTC)
    deadline = hour_deadline(start, 5, CALENDAR)
    assert deadline.at.utcoffset() == timedelta(hours=8)
    assert deadline.at == beijing(2026, 3, 4, 2, 30)


def test_an_hour_clock_pauses_and_is_extended():
    deadline = hour_deadline(
        beijing(2026, 3, 3, 10, 0),
        5,
        CALENDAR,
        pauses=(Pause(beijing(2026, 3, 3, 12, 0), beijing(2026, 3, 3, 14, 0)),),
        extension_hours=1,
    )
    assert deadline.at == beijing(2026, 3, 3, 18, 0)
    assert deadline.paused_for == timedelta(hours=2)


def test_a_pause_after_the_deadline_changes_nothing():
    deadline = hour_deadline(
        beijing(2026, 3, 3, 10, 0),
        5,
        CALENDAR,
        pauses=(Pause(beijing(2026, 3, 3, 16, 0), beijing(2026, 3, 3, 18, 0)),),
    )
    assert deadline.at == beijing(2026, 3, 3, 15, 0)


def test_an_open_pause_stops_the_hour_clock():
    deadline = hour_deadline(
        beijing(2026, 3, 3, 10, 0),
        5,
        CALENDAR,
        pauses=(Pause(beijing(2026, 3, 3, 11, 0)),),
    )
    assert deadline.paused
    assert deadline.remaining == timedelta(hours=4)


def test_hours_need_no_holiday_data_but_say_they_lack_it():
    deadline = hour_deadline(beijing(2027, 1, 5, 10, 0), 48, CALENDAR)
    assert deadline.at == beijing(2027, 1, 7, 10, 0)
    assert deadline.basis["rest_day"] is None


@pytest.mark.parametrize(
    "now,expected",
    [
        (beijing(2026, 3, 4, 2, 31), OVERDUE),
        (beijing(2026, 3, 4, 1, 0), DUE_SOON),
        (beijing(2026, 3, 3, 22, 0), ON_TIME),
    ],
)
def test_hour_status(now, expected):
    deadline = hour_deadline(beijing(2026, 3, 3, 21, 30), 5, CALENDAR)
    assert hour_status(deadline, now) == expected


def test_hour_status_paused():
    deadline = hour_deadline(
        beijing(2026, 3, 3, 10, 0),
        5,
        CALENDAR,
        pauses=(Pause(beijing(2026, 3, 3, 11)),),
    )
    assert hour_status(deadline, beijing(2026, 3, 9)) == PAUSED


def test_describe_both_units():
    hours = case_clock.describe(hour_deadline(beijing(2026, 3, 3, 21, 30), 5, CALENDAR))
    assert hours["at"] == "2026-03-04T02:30+08:00"
    days = case_clock.describe(working_day_deadline(date(2026, 3, 5), 5, CALENDAR))
    assert days["day"] == "2026-03-12"
