"""征求意见期限: the 30-day rule and a consultation's state from its dates.

《重大行政决策程序暂行条例》第十五条: the period for public comment is
generally not less than 30 days; a shorter one must be explained, and the
reason is published with the draft. The period counts calendar days (日),
first and last day included: 3月1日至3月30日 is 30 days. Holidays do not
stop or extend it.

A consultation has no stored state that could drift. Its state follows
from its dates and today's date in Beijing, at read time (``state``) and as
a catalog query (``state_query``) on the date indexes, so listings agree
with the page on any day without a clock job:

- 未开始 before the first day, 征集中 from the first to the last day (until
  midnight Beijing time), 已截止 after it, 已反馈 once the 采纳情况说明 is
  published (an act, the one stored fact).

Pure Python.
"""

from datetime import timedelta
from zwgk.codes import china_today


MIN_DAYS = 30
UPCOMING = "upcoming"
OPEN = "open"
CLOSED = "closed"
ANSWERED = "answered"
STATES = (
    (UPCOMING, "未开始"),
    (OPEN, "征集中"),
    (CLOSED, "已截止"),
    (ANSWERED, "已反馈"),
)
START_INDEX = "consultation_start"
END_INDEX = "consultation_end"
ANSWERED_INDEX = "consultation_answered"


def today():
    """Today in Beijing: a consultation opens and closes on Beijing dates."""
    return china_today()


def period_days(start, end):
    """Calendar days from ``start`` to ``end``, both included."""
    return (end - start).days + 1


def period_errors(start, end, reason):
    """Chinese messages for a period that breaks the rule (empty if fine)."""
    if start is None or end is None:
        return []  # the fields say they are required
    if end < start:
        return ["截止日期不能早于开始日期"]
    days = period_days(start, end)
    if days < MIN_DAYS and not (reason or "").strip():
        return [
            f"征求意见期限为{days}日，少于{MIN_DAYS}日，"
            "须填写期限少于30日的理由（将向社会公布）"
        ]
    return []


def is_short(start, end):
    return start is not None and end is not None and period_days(start, end) < MIN_DAYS


def state(start, end, answered=False, day=None):
    """未开始 / 征集中 / 已截止 / 已反馈 on ``day`` (default: today in Beijing)."""
    if answered:
        return ANSWERED
    day = day or today()
    if day < start:
        return UPCOMING
    if day <= end:
        return OPEN
    return CLOSED


def chinese_date(day):
    """2026年3月30日."""
    return f"{day.year}年{day.month}月{day.day}日"


def state_title(token):
    return dict(STATES).get(token, "")


def days_left(end, day=None):
    """Whole days after ``day`` until the last day (0: closes today)."""
    return (end - (day or today())).days


def days_since_closing(end, day=None):
    """Days since the last day (1 on the day after)."""
    return ((day or today()) - end).days


def state_query(token, day=None):
    """Catalog criteria for the consultations in state ``token`` on ``day``."""
    day = day or today()
    if token == ANSWERED:
        return {ANSWERED_INDEX: True}
    if token == UPCOMING:
        return {
            START_INDEX: {"query": day + timedelta(days=1), "range": "min"},
            ANSWERED_INDEX: False,
        }
    if token == OPEN:
        return {
            START_INDEX: {"query": day, "range": "max"},
            END_INDEX: {"query": day, "range": "min"},
            ANSWERED_INDEX: False,
        }
    if token == CLOSED:
        return {
            END_INDEX: {"query": day - timedelta(days=1), "range": "max"},
            ANSWERED_INDEX: False,
        }
    raise ValueError(f"unknown consultation state {token!r}")
