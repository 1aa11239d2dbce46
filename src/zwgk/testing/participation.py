"""Helpers of the 公众参与 tests: two staffed units, consultations, fixtures
(import the fixtures into a test module to use them)."""

from datetime import date
from datetime import timedelta

import pytest


# the fixtures: ``from zwgk.testing.participation import *`` makes them usable
__all__ = ["consultation", "fresh_limits", "today", "units"]
PASSWORD = "pw-12345678"
UNITS = (
    ("czj", "财政局", "113601005", "district"),
    ("jqz", "蛟桥镇", "123601009", "town"),
)
KINDS = ("editors", "reviewers", "approvers")
TODAY = date(2026, 3, 10)


def staffed_unit(container, unit_id, title, code, level):
    """A published unit with <unit>-editor, -reviewer, -approver accounts."""
    from plone import api

    unit = api.content.create(
        container=container,
        type="OrgUnit",
        id=unit_id,
        title=title,
        code=code,
        level=level,
    )
    api.content.transition(obj=unit, to_state="published")
    for kind in KINDS:
        user_id = f"{unit_id}-{kind[:-1]}"
        api.user.create(
            email=f"{user_id}@example.org", username=user_id, password=PASSWORD
        )
        api.group.add_user(groupname=f"{unit_id}-{kind}", username=user_id)
    return unit


def make_consultation(unit, publish=True, **fields):
    """A consultation of ``unit`` open from TODAY - 5 days for 30 days."""
    from plone import api
    from plone.app.textfield.value import RichTextValue

    values = dict(
        title="关于《经开区老旧小区改造实施方案（征求意见稿）》公开征求意见",
        description="欢迎社会各界提出意见建议。",
        draft=RichTextValue(
            "<p>第一条 为推进老旧小区改造……</p>", "text/html", "text/x-html-safe"
        ),
        explanation=RichTextValue(
            "<p>起草说明：背景和依据……</p>", "text/html", "text/x-html-safe"
        ),
        start=TODAY - timedelta(days=5),
        end=TODAY - timedelta(days=5) + timedelta(days=29),
        channels=["online", "email"],
        comment_email="gzcy@example.org",
    )
    values.update(fields)
    consultation = api.content.create(container=unit, type="Consultation", **values)
    if publish:
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=consultation, to_state="published")
    return consultation


@pytest.fixture
def today(monkeypatch):
    """Beijing's today is TODAY for the participation code."""
    from zwgk.participation import periods

    monkeypatch.setattr(periods, "today", lambda: TODAY)
    return TODAY


@pytest.fixture(autouse=True)
def fresh_limits():
    from zwgk.participation.intake import SUBMISSIONS

    SUBMISSIONS.reset()
    yield
    SUBMISSIONS.reset()


@pytest.fixture
def units(manager):
    return {spec[0]: staffed_unit(manager, *spec) for spec in UNITS}


@pytest.fixture
def consultation(units, today):
    return make_consultation(units["czj"])
