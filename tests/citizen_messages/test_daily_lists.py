"""The daily list (每日待办): each unit with something due gets one mail
through MailHost's queue, the office gets its own, rest days none."""

from datetime import date
from plone import api
from Products.CMFPlone.tests.utils import MockMailHost
from zwgk.testing.citizen_messages import act
from zwgk.testing.citizen_messages import moving_clock
from zwgk.testing.citizen_messages import on
from zwgk.testing.citizen_messages import staffed
from zwgk.testing.citizen_messages import submit

import pytest


@pytest.fixture
def clock(monkeypatch):
    return moving_clock(monkeypatch)


@pytest.fixture
def mailhost(portal):
    portal.MailHost = MockMailHost("MailHost")
    api.portal.set_registry_record("plone.email_from_address", "gk@example.org")
    api.portal.set_registry_record("plone.email_from_name", "政务公开")
    return portal.MailHost


def test_each_unit_gets_its_list_and_the_office_its_own(portal, clock, mailhost):
    from zwgk.citizen_messages.daily import send_daily_lists

    czj, jqz = staffed(portal)
    late, _ = submit(portal, subject="逾期的留言")
    act(late, "office", "hand_over", unit=czj.UID())
    submit(portal, subject="待审看的留言")
    clock["now"] = on(date(2026, 3, 10))
    lists = send_daily_lists()
    subjects = {subject: to for to, subject, _body in lists}
    assert set(subjects) == {"每日待办：财政局（1项）", "每日待办：公开办（2项）"}
    assert sorted(subjects["每日待办：财政局（1项）"]) == [
        "czj-approver@example.org",
        "czj-editor@example.org",
        "czj-reviewer@example.org",
    ]
    (body,) = [b for _to, s, b in lists if s.startswith("每日待办：财政局")]
    assert late.tracking_number in body and "已逾期" in body
    assert len(mailhost.messages) == 2
    assert "李四" not in body  # the writer's name stays in the portal


def test_nothing_on_a_rest_day_and_nothing_when_nothing_is_due(portal, clock, mailhost):
    from zwgk.citizen_messages.daily import send_daily_lists

    czj, _ = staffed(portal)
    message, _ = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    assert send_daily_lists() == []  # due 03-09: not yet due soon
    clock["now"] = on(date(2026, 3, 14))  # a Saturday
    assert send_daily_lists() == []
    assert mailhost.messages == []


def test_the_script_reads_as_a_manager(portal, clock, mailhost):
    from AccessControl.SecurityManagement import getSecurityManager
    from AccessControl.SecurityManagement import setSecurityManager
    from zwgk.citizen_messages.daily import run

    czj, _ = staffed(portal)
    late, _ = submit(portal)
    act(late, "office", "hand_over", unit=czj.UID())
    clock["now"] = on(date(2026, 3, 10))
    before = getSecurityManager()
    try:
        lists = run(portal.aq_parent, portal.getId(), dry_run=True)
    finally:
        setSecurityManager(before)
    assert {s for _t, s, _b in lists} == {
        "每日待办：财政局（1项）",
        "每日待办：公开办（1项）",
    }
    assert mailhost.messages == []  # a dry run sends nothing
