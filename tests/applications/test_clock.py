"""答复期限 on the Chinese calendar: holidays, 调休 Saturdays, correction
restarts, third-party pauses and the extension (data: chinesecalendar 2026)."""

from datetime import date
from zwgk.applications.clock import DUE_SOON
from zwgk.applications.clock import ON_TIME
from zwgk.applications.clock import OVERDUE
from zwgk.applications.clock import PAUSED
from zwgk.applications.clock import Clock
from zwgk.applications.clock import Pause
from zwgk.applications.clock import answer_deadline
from zwgk.applications.clock import correction_request_due
from zwgk.applications.clock import status
from zwgk.applications.clock import third_party_due
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.calendar import WorkingDayCalendar
from zwgk.working_days.calendar import parse_override

import pytest


CALENDAR = WorkingDayCalendar()


def due(start, pauses=(), extension=0, calendar=CALENDAR):
    return answer_deadline(Clock(start, tuple(pauses), extension), calendar)


def test_twenty_working_days_from_the_day_after_receipt():
    # Monday 2026-03-02: four full weeks later, Monday 03-30
    assert due(date(2026, 3, 2)).day == date(2026, 3, 30)


def test_spring_festival_and_its_make_up_saturdays():
    # Friday 02-13; Saturday 02-14 is a make-up working day (day 1), the
    # holiday runs 02-15..02-23, Saturday 02-28 is worked again.
    deadline = due(date(2026, 2, 13))
    assert deadline.day == date(2026, 3, 19)
    assert deadline.basis["package"].startswith("chinesecalendar")


def test_received_on_a_holiday_counts_from_the_next_working_day():
    # 国庆 2026: 10-01 to 10-07 off, Saturday 10-10 worked
    assert due(date(2026, 10, 1)).day == due(date(2026, 9, 30)).day
    assert due(date(2026, 9, 30)).day == date(2026, 11, 3)


def test_deadline_never_falls_on_a_rest_day():
    for day in range(1, 29):
        deadline = due(date(2026, 2, day)).day
        assert CALENDAR.is_working_day(deadline)


def test_correction_restarts_from_the_corrected_application():
    # the model passes the corrected application's receipt as start
    first = due(date(2026, 3, 2))
    restarted = due(date(2026, 3, 20))
    assert restarted.day == date(2026, 4, 20)  # 清明 04-04..06 skipped
    assert restarted.day > first.day


def test_correction_request_within_seven_working_days():
    # received Friday 02-13: 02-14 (调休), then 02-24..02-27, 02-28 (调休), 03-02
    assert correction_request_due(date(2026, 2, 13), CALENDAR) == date(2026, 3, 2)


def test_consultation_pauses_the_clock():
    # sent Thursday 03-05, answered Thursday 03-12: 03-06..03-12 (5 working
    # days) do not count; 03-30 + 5 working days over 清明 is 04-07
    deadline = due(date(2026, 3, 2), [Pause(date(2026, 3, 5), date(2026, 3, 12))])
    assert deadline.day == date(2026, 4, 7)
    assert deadline.paused_days == 5


def test_open_consultation_stops_the_clock():
    deadline = due(date(2026, 3, 2), [Pause(date(2026, 3, 5))])
    assert deadline.paused and deadline.day is None
    assert deadline.remaining == 17  # 03-03, 03-04, 03-05 were used


def test_pause_over_a_make_up_saturday_counts_it_as_paused():
    # 10-09 to 10-16 covers the worked Saturday 10-10: 6 working days paused
    deadline = due(date(2026, 9, 30), [Pause(date(2026, 10, 9), date(2026, 10, 16))])
    assert deadline.paused_days == 6
    assert deadline.day == CALENDAR.add_working_days(date(2026, 11, 3), 6)


def test_extension_adds_working_days_after_pauses():
    base = due(date(2026, 3, 2), [Pause(date(2026, 3, 5), date(2026, 3, 12))])
    extended = due(
        date(2026, 3, 2), [Pause(date(2026, 3, 5), date(2026, 3, 12))], extension=20
    )
    assert extended.days == 40
    assert extended.day == CALENDAR.add_working_days(base.day, 20)
    assert extended.day == date(2026, 5, 8)  # 劳动节 05-01..05-05 skipped


def test_an_override_moves_the_deadline_and_is_recorded():
    closure = parse_override("2026-03-10|放假|防汛停工")
    calendar = WorkingDayCalendar(overrides=(closure,))
    deadline = due(date(2026, 3, 2), calendar=calendar)
    assert deadline.day == date(2026, 3, 31)
    assert deadline.basis["overrides"] == ["2026-03-10|放假|防汛停工"]


def test_no_guess_beyond_the_calendar_data():
    with pytest.raises(CalendarNotCovered):
        due(date(2026, 12, 10))


@pytest.mark.parametrize(
    "today,expected",
    [
        (date(2026, 3, 31), OVERDUE),
        (date(2026, 3, 23), DUE_SOON),  # 5 working days before
        (date(2026, 3, 20), ON_TIME),
    ],
)
def test_status(today, expected):
    assert status(due(date(2026, 3, 2)), today, CALENDAR) == expected


def test_status_paused():
    deadline = due(date(2026, 3, 2), [Pause(date(2026, 3, 5))])
    assert status(deadline, date(2026, 6, 1), CALENDAR) == PAUSED


# 第三十二条: the third party has 15 working days; sent Thursday 03-05,
# its last day is Thursday 03-26.
SENT = date(2026, 3, 5)
THIRD_PARTY_LAST_DAY = date(2026, 3, 26)


def on(today, *pauses):
    clock = Clock(date(2026, 3, 2), tuple(pauses), today=today)
    return answer_deadline(clock, CALENDAR)


def test_the_third_party_has_fifteen_working_days():
    assert third_party_due(Pause(SENT), CALENDAR) == THIRD_PARTY_LAST_DAY


def test_a_late_answer_excuses_only_fifteen_working_days():
    late = on(date(2026, 4, 24), Pause(SENT, date(2026, 4, 20)))
    in_time = on(date(2026, 4, 24), Pause(SENT, THIRD_PARTY_LAST_DAY))
    assert late.paused_days == 15
    assert late.day == in_time.day == date(2026, 4, 21)  # 清明 skipped
    assert late.lapsed is None  # answered, late, but answered


@pytest.mark.parametrize("today", [SENT, date(2026, 3, 20), THIRD_PARTY_LAST_DAY])
def test_an_open_consultation_stops_the_clock_for_fifteen_working_days(today):
    deadline = on(today, Pause(SENT))
    assert deadline.paused
    assert deadline.lapsed is None


def test_after_fifteen_working_days_without_an_answer_the_clock_runs_again():
    deadline = on(date(2026, 3, 27), Pause(SENT))
    assert not deadline.paused
    assert deadline.day == date(2026, 4, 21)  # as if answered on the last day
    assert deadline.lapsed == THIRD_PARTY_LAST_DAY
    assert status(deadline, date(2026, 4, 22), CALENDAR) == OVERDUE


def test_the_fifteen_days_skip_holidays():
    # sent Friday 03-27: 清明 (04-04..06) is not counted; last day Monday 04-20
    sent = Pause(date(2026, 3, 27))
    assert third_party_due(sent, CALENDAR) == date(2026, 4, 20)
    assert on(date(2026, 4, 20), sent).paused
    assert on(date(2026, 4, 21), sent).lapsed == date(2026, 4, 20)
