"""征求意见期限: the 30-day rule's edges and the state from the dates."""

from datetime import UTC
from datetime import date
from datetime import datetime
from zwgk.participation import periods

import chinese_calendar
import pytest
import zwgk.codes


START = date(2026, 3, 1)


def test_thirty_days_exactly_needs_no_reason():
    end = date(2026, 3, 30)  # 3月1日至3月30日: 30 days, both included
    assert periods.period_days(START, end) == 30
    assert periods.period_errors(START, end, "") == []
    assert not periods.is_short(START, end)


def test_twenty_nine_days_need_a_reason():
    end = date(2026, 3, 29)
    (error,) = periods.period_errors(START, end, "")
    assert error.startswith("征求意见期限为29日，少于30日")
    assert periods.period_errors(START, end, "   ") == [error]
    assert periods.is_short(START, end)


def test_twenty_nine_days_with_a_reason_are_fine():
    reason = "上级要求在汛期前出台，时间紧迫"
    assert periods.period_errors(START, date(2026, 3, 29), reason) == []


def test_end_before_start_is_refused():
    assert periods.period_errors(START, date(2026, 2, 28), "理由") == [
        "截止日期不能早于开始日期"
    ]


# 国庆节 2026: 10月1日至7日 are holidays; the period counts calendar days
# and a consultation opens and closes on its dates whatever the calendar.
HOLIDAY_START = date(2026, 10, 1)
HOLIDAY_END = date(2026, 10, 30)


@pytest.mark.parametrize(
    "day,state",
    [
        (date(2026, 9, 30), periods.UPCOMING),
        (date(2026, 10, 1), periods.OPEN),  # opens on a public holiday
        (date(2026, 10, 7), periods.OPEN),
        (date(2026, 10, 30), periods.OPEN),  # the last day counts
        (date(2026, 10, 31), periods.CLOSED),  # a Saturday: closed all the same
    ],
)
def test_opening_and_closing_by_date_across_a_holiday(day, state):
    assert chinese_calendar.is_holiday(HOLIDAY_START)  # 国庆节
    assert periods.period_days(HOLIDAY_START, HOLIDAY_END) == 30
    assert periods.state(HOLIDAY_START, HOLIDAY_END, day=day) == state


def test_feedback_published_means_answered_whatever_the_date():
    day = date(2026, 10, 15)
    assert periods.state(HOLIDAY_START, HOLIDAY_END, True, day) == periods.ANSWERED


def at_utc(monkeypatch, moment):
    """Make the clock say ``moment`` (UTC) for zwgk.codes.china_today."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return moment.astimezone(tz) if tz else moment.replace(tzinfo=None)

    monkeypatch.setattr(zwgk.codes, "datetime", Clock)


def test_closes_at_midnight_beijing_time_not_utc(monkeypatch):
    # 2026-10-30 16:30 UTC is 00:30 on 31 October in Beijing
    at_utc(monkeypatch, datetime(2026, 10, 30, 16, 30, tzinfo=UTC))
    assert periods.today() == date(2026, 10, 31)
    assert periods.state(HOLIDAY_START, HOLIDAY_END) == periods.CLOSED
    at_utc(monkeypatch, datetime(2026, 10, 30, 15, 59, tzinfo=UTC))
    assert periods.state(HOLIDAY_START, HOLIDAY_END) == periods.OPEN


def test_opens_at_midnight_beijing_time(monkeypatch):
    # 2026-09-30 16:00 UTC is midnight, 1 October, in Beijing
    at_utc(monkeypatch, datetime(2026, 9, 30, 16, 0, tzinfo=UTC))
    assert periods.state(HOLIDAY_START, HOLIDAY_END) == periods.OPEN


def test_days_left_and_since_closing():
    assert periods.days_left(HOLIDAY_END, date(2026, 10, 30)) == 0
    assert periods.days_left(HOLIDAY_END, date(2026, 10, 20)) == 10
    assert periods.days_since_closing(HOLIDAY_END, date(2026, 11, 2)) == 3


def test_chinese_date():
    assert periods.chinese_date(date(2026, 3, 5)) == "2026年3月5日"
