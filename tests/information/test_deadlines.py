"""公开期限: deadlines of proactive information from its items' time limits."""

from datetime import date
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zwgk.information.deadlines import DUE_SOON
from zwgk.information.deadlines import NO_DATA
from zwgk.information.deadlines import OVERDUE
from zwgk.information.deadlines import classify
from zwgk.information.deadlines import publication_deadline
from zwgk.testing import make_item
from zwgk.working_days.calendar import WorkingDayCalendar

import pytest


CALENDAR = WorkingDayCalendar()


@pytest.fixture
def item(directory):
    return make_item(
        directory,
        "政府预算",
        "部门预算",
        time_limit="信息形成之日起5个工作日内",
        time_limit_days=5,
        time_limit_unit="working_days",
        time_limit_start="formed",
    )


def information(unit, item, written, title="部门预算公开"):
    return api.content.create(
        container=unit,
        type="GovernmentInformation",
        title=title,
        written_date=written,
        topic="finance",
        genre="report",
        disclosure_attribute="proactive",
        disclosure_items=[RelationValue(getUtility(IIntIds).getId(item))]
        if item
        else [],
    )


def test_deadline_across_spring_festival(unit, item):
    info = information(unit, item, date(2026, 2, 10))
    deadline, source = publication_deadline(info, CALENDAR)
    # 11, 12, 13 Feb, Saturday 14 Feb (调休), then 24 Feb after 春节
    assert deadline.day == date(2026, 2, 24)
    assert source == item


def test_earliest_of_several_items(unit, directory, item):
    slower = make_item(
        directory,
        "政府决算",
        "",
        time_limit_days=20,
        time_limit_unit="working_days",
        time_limit_start="formed",
    )
    info = information(unit, slower, date(2026, 3, 2))
    info.disclosure_items.append(RelationValue(getUtility(IIntIds).getId(item)))
    assert publication_deadline(info, CALENDAR)[1] == item


@pytest.mark.parametrize(
    "today,status",
    [
        (date(2026, 2, 25), OVERDUE),
        (date(2026, 2, 13), DUE_SOON),  # 5 working days on is 27 Feb
        (date(2026, 2, 2), None),  # far enough away
    ],
)
def test_classify(unit, item, today, status):
    info = information(unit, item, date(2026, 2, 10))
    found = classify([info], CALENDAR, today)
    assert [p.status for p in found] == ([status] if status else [])


def test_no_rule_no_entry_and_a_year_without_data_is_reported(unit, directory, item):
    plain = information(unit, None, date(2026, 1, 5), title="无对应事项")
    late_year = information(unit, item, date(2026, 12, 28), title="跨年")
    found = classify([plain, late_year], CALENDAR, date(2026, 12, 29))
    assert [p.status for p in found] == [NO_DATA]
    assert "没有2027年的节假日安排" in found[0].problem


def test_staff_page_lists_overdue_and_hides_published(unit, item, monkeypatch):
    from zwgk.information.browser.deadline_list import DeadlinesView

    late = information(unit, item, date(2026, 2, 10), title="逾期的预算公开")
    done = information(unit, item, date(2026, 2, 10), title="已公开的预算")
    api.content.transition(obj=done, to_state="published")
    monkeypatch.setattr(DeadlinesView, "today", lambda self: date(2026, 3, 2))
    html = unit.restrictedTraverse("@@disclosure-deadlines")()
    assert "逾期的预算公开" in html and "已逾期" in html
    assert "已公开的预算" not in html
    assert late.absolute_url() in html


def test_staff_page_is_not_for_members(unit):
    from AccessControl import Unauthorized
    from plone.app.testing import login

    api.user.create(email="m@example.org", username="member", password="secret-pw1")
    login(api.portal.get(), "member")
    with pytest.raises(Unauthorized):
        unit.restrictedTraverse("@@disclosure-deadlines")
