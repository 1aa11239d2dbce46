"""Helpers for the 网民留言 and 舆情 tests: staffed units, the office, a valid body,
a clock that tests move (import the fixtures into a test module to use them)."""

from datetime import datetime
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing import add_staffed_unit

import pytest


@pytest.fixture(autouse=True)
def fresh_limits():
    from zwgk.applications.ratelimit import QUERIES
    from zwgk.citizen_messages.public import SUBMISSIONS

    SUBMISSIONS.reset()
    QUERIES.reset()
    yield
    SUBMISSIONS.reset()
    QUERIES.reset()


def moving_clock(monkeypatch):
    """{"now": datetime}: the case clock's now (Beijing), 2026-03-02 09:00
    (Monday); a test moves it by setting "now"."""
    from zwgk import case_clock
    from zwgk.codes import CHINA

    state = {"now": datetime(2026, 3, 2, 9, 0, tzinfo=CHINA)}
    monkeypatch.setattr(case_clock, "china_now", lambda: state["now"])
    return state


def on(day, hour=9):
    from zwgk.codes import CHINA

    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=CHINA)


def staffed(portal):
    """(czj 财政局, jqz 蛟桥镇) with their staff, and ``office`` in 公开办."""
    from plone import api
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    from zwgk.units.groups import OFFICE_GROUP

    setRoles(portal, TEST_USER_ID, ["Manager"])
    czj = add_staffed_unit(portal, "czj", "财政局", "113601005")
    jqz = add_staffed_unit(portal, "jqz", "蛟桥镇", "123601009", level="town")
    api.user.create(
        email="office@example.org", username="office", password=STAFF_PASSWORD
    )
    api.group.add_user(groupname=OFFICE_GROUP, username="office")
    return czj, jqz


def body(**changes):
    data = {
        "kind": "consultation",
        "subject": "小区门口路灯不亮",
        "body": "经开区某路某小区门口的路灯已经一周不亮了，请问由哪个部门负责维修？",
        "name": "李四",
        "contact": "13800138000",
        "consent": "yes",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def submit(portal, **changes):
    from zwgk.citizen_messages.intake import submit as store
    from zwgk.citizen_messages.validation import check

    return store(check(body(**changes)))


def act(message, user, name, comment="", **fields):
    from plone import api
    from zwgk.citizen_messages.handling import transition

    with api.env.adopt_user(username=user):
        transition(message, name, comment=comment, **fields)
