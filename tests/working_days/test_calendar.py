"""工作日历: weekends, holidays, 调休, overrides, and years without data."""

from datetime import date
from zwgk.working_days.calendar import HOLIDAY
from zwgk.working_days.calendar import WORKDAY
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.calendar import InvalidOverride
from zwgk.working_days.calendar import Override
from zwgk.working_days.calendar import WorkingDayCalendar
from zwgk.working_days.calendar import parse_override

import pytest


CALENDAR = WorkingDayCalendar()


@pytest.mark.parametrize(
    "day,working",
    [
        (date(2026, 2, 13), True),  # Friday before 春节
        (date(2026, 2, 14), True),  # Saturday, 调休上班
        (date(2026, 2, 17), False),  # 春节
        (date(2026, 2, 24), True),  # first day back
        (date(2026, 3, 1), False),  # an ordinary Sunday
        (date(2026, 10, 1), False),  # 国庆节
        (date(2026, 10, 10), True),  # Saturday, 调休上班
    ],
)
def test_working_days_2026(day, working):
    assert CALENDAR.is_working_day(day) is working


def test_deadline_across_spring_festival_counts_the_make_up_saturday():
    # Thu 12 Feb + 5 working days: 13, 14 (Saturday, 调休), then 24, 25, 26 Feb
    deadline = CALENDAR.deadline(date(2026, 2, 12), 5, "working_days")
    assert deadline.day == date(2026, 2, 26)
    assert deadline.basis["package"].startswith("chinesecalendar ")


def test_deadline_across_a_make_up_working_sunday():
    # Fri 24 Jan 2025 + 2 working days: Sunday 26 Jan is 调休上班, Mon 27 Jan;
    # then 春节 28 Jan - 4 Feb
    assert CALENDAR.add_working_days(date(2025, 1, 24), 2) == date(2025, 1, 27)
    assert CALENDAR.add_working_days(date(2025, 1, 24), 3) == date(2025, 2, 5)


def test_twenty_working_days_from_the_day_after_receipt():
    # 依申请公开: 20 working days; received Fri 25 Sep 2026. 28-30 Sep (3),
    # 国庆 1-7 Oct, 8-9 Oct (5), Saturday 10 Oct 调休 (6), then 14 more
    assert CALENDAR.add_working_days(date(2026, 9, 25), 20) == date(2026, 10, 29)


def test_calendar_days_ending_on_a_holiday_move_to_the_next_working_day():
    deadline = CALENDAR.deadline(date(2026, 2, 10), 5, "calendar_days")
    assert deadline.day == date(2026, 2, 24)  # 15 Feb is 春节


def test_a_year_without_data_is_refused_in_chinese():
    with pytest.raises(CalendarNotCovered) as info:
        CALENDAR.add_working_days(date(2026, 12, 28), 10)
    assert info.value.year == 2027
    assert "没有2027年的节假日安排" in str(info.value)


def test_an_entered_year_with_its_notice_as_overrides():
    calendar = WorkingDayCalendar(
        overrides=(
            Override(date(2027, 1, 1), HOLIDAY, "元旦"),
            Override(date(2027, 2, 6), WORKDAY, "春节调休"),
        ),
        years=frozenset({2027}),
    )
    deadline = calendar.deadline(date(2026, 12, 30), 3, "working_days")
    # 31 Dec (Thu), 1 Jan is 元旦, 4 Jan (Mon), 5 Jan (Tue)
    assert deadline.day == date(2027, 1, 5)
    assert deadline.basis["overrides"] == ["2027-01-01|放假|元旦"]
    assert deadline.basis["entered_years"] == [2027]
    assert calendar.is_working_day(date(2027, 2, 6))  # a Saturday, 调休


def test_a_local_closure_overrides_the_package():
    calendar = WorkingDayCalendar(overrides=(Override(date(2026, 3, 2), HOLIDAY),))
    assert not calendar.is_working_day(date(2026, 3, 2))


@pytest.mark.parametrize(
    "line,expected",
    [
        ("2027-01-01|放假|元旦", Override(date(2027, 1, 1), HOLIDAY, "元旦")),
        (" 2027-2-6 ｜上班 ", Override(date(2027, 2, 6), WORKDAY, "")),
        (
            "2027-02-07|workday|春节调休",
            Override(date(2027, 2, 7), WORKDAY, "春节调休"),
        ),
    ],
)
def test_parse_override(line, expected):
    assert parse_override(line) == expected


@pytest.mark.parametrize(
    "line,message",
    [
        ("元旦放假", "格式应为"),
        ("2027-02-30|放假", "不是有效的日期"),
        ("2027-02-01|补班", "应为“放假”或“上班”"),
    ],
)
def test_bad_override_lines(line, message):
    with pytest.raises(InvalidOverride) as info:
        parse_override(line)
    assert message in str(info.value)
