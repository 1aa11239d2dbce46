"""政务舆情: an event and its transfer order; deadlines in hours (across
midnight, a weekend, a holiday) and working days from the grade; reports,
acceptance and return; escalation 催办 → 督办 → 通报; privacy."""

from datetime import datetime
from plone import api
from zwgk.applications.validation import Invalid
from zwgk.codes import CHINA
from zwgk.testing.citizen_messages import moving_clock
from zwgk.testing.citizen_messages import staffed

import pytest


@pytest.fixture
def clock(monkeypatch):
    return moving_clock(monkeypatch)


@pytest.fixture
def units(portal):
    return staffed(portal)


def beijing(*args):
    return datetime(*args, tzinfo=CHINA)


def register(portal, grade="general", first_seen=None, **fields):
    from zwgk.public_opinion.access import opinion_folder

    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=opinion_folder(portal),
            type="OpinionEvent",
            title=fields.pop("title", "网传某小区停水三天无人管"),
            source=fields.pop("source", "own_monitoring"),
            summary="多个平台出现某小区连续停水的帖子，转发量较大。",
            links=["https://weibo.example.org/1"],
            grade=grade,
            first_seen=first_seen or beijing(2026, 3, 3, 21, 0),
            **fields,
        )


def order(event, *units, **fields):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=event,
            type="TransferOrder",
            title=fields.pop("title", "舆情转办单"),
            units=[u.UID() for u in units],
            **fields,
        )


def deadlines(found, event):
    from zwgk.public_opinion.deadlines import order_deadlines
    from zwgk.working_days.settings import calendar

    return {d.kind: d for d in order_deadlines(found, event, calendar())}


def status_of(found, unit, now):
    from zwgk.public_opinion.reports import unit_status

    return unit_status(found, found.__parent__, unit.UID(), now)


def report(order_, unit, user, **changes):
    from zwgk.public_opinion.reports import submit_report

    data = {
        "found": "经核查，系管网维修停水一天。",
        "done": "已恢复供水，并发布停水说明。",
        "response_way": "authoritative_information",
        "response_link": "https://example.org/zwgk/tzgg/1",
        "responded_at": "2026-03-04T10:00",
    }
    data.update(changes)
    with api.env.adopt_user(username=user):
        submit_report(order_, unit.UID(), data)


def test_a_general_event_is_answered_within_48_hours_across_midnight(
    portal, units, clock
):
    czj, _ = units
    event = register(portal)
    found = order(event, czj)
    due = deadlines(found, event)
    assert set(due) == {"response", "feedback"}
    assert due["response"].deadline.at == beijing(2026, 3, 5, 21, 0)
    assert due["response"].source == "国办发〔2016〕61号"
    assert due["response"].deadline.basis["night"] is True
    # written feedback: 3 working days from the day the order went out (03-02)
    assert due["feedback"].deadline.day == beijing(2026, 3, 5).date()


def test_a_major_event_needs_information_in_5_hours_and_a_press_conference_in_24(
    portal, units, clock
):
    czj, _ = units
    event = register(portal, grade="major", first_seen=beijing(2026, 3, 6, 22, 0))
    due = deadlines(order(event, czj), event)
    info, press = due["authoritative_information"], due["press_conference"]
    assert info.deadline.at == beijing(2026, 3, 7, 3, 0)  # Saturday, at night
    assert info.source == "国办发〔2016〕80号"
    assert info.deadline.basis["rest_day"] and info.deadline.basis["night"]
    assert press.deadline.at == beijing(2026, 3, 7, 22, 0)  # kept on the weekend


def test_hours_run_through_a_holiday(portal, units, clock):
    czj, _ = units
    event = register(portal, grade="large", first_seen=beijing(2026, 9, 30, 15, 0))
    due = deadlines(order(event, czj), event)
    assert due["response"].deadline.at == beijing(2026, 10, 2, 15, 0)  # 国庆
    assert due["response"].deadline.basis["rest_day"] is True


def test_the_numbers_are_settings_and_an_extension_adds_to_them(portal, units, clock):
    czj, _ = units
    api.portal.set_registry_record("zwgk.public_opinion.response_hours", 24)
    event = register(portal)
    found = order(event, czj, extension_hours=2)
    assert deadlines(found, event)["response"].deadline.at == beijing(2026, 3, 4, 23, 0)


def test_units_report_and_the_office_accepts_or_returns(portal, units, clock):
    from zwgk.public_opinion.reports import review

    czj, jqz = units
    event = register(portal)
    found = order(event, czj, jqz)
    clock["now"] = beijing(2026, 3, 4, 12, 0)
    with pytest.raises(Invalid) as refused:
        report(found, czj, "czj-editor", response_link="javascript:alert(1)", found="")
    assert refused.value.errors["response_link"].startswith("回应链接应为")
    assert refused.value.errors["found"] == "请填写核查情况"
    assert found.reports is None  # nothing saved
    report(found, czj, "czj-editor")
    status = status_of(found, czj, clock["now"])
    assert status["report_state"] == "reported"
    assert {d["status"] for d in status["deadlines"]} == {"met"}
    with api.env.adopt_user(username="office"):
        with pytest.raises(Invalid, match=""):
            review(found, czj.UID(), accept=False)
        review(found, czj.UID(), accept=False, comment="请补充回应链接的发布时间")
    assert status_of(found, czj, clock["now"])["report_state"] == "returned"
    report(found, czj, "czj-editor")
    with api.env.adopt_user(username="office"):
        review(found, czj.UID(), accept=True)
    assert status_of(found, czj, clock["now"])["report_state"] == "accepted"
    assert [e["action"] for e in found.log] == ["report", "return", "report", "accept"]
    assert status_of(found, jqz, clock["now"])["report_state"] is None


def test_a_lapsed_deadline_escalates_step_by_step_and_each_step_is_recorded(
    portal, units, clock
):
    from zwgk.public_opinion.reports import escalate

    czj, _ = units
    event = register(portal)  # respond by 03-05 21:00
    found = order(event, czj)
    assert status_of(found, czj, beijing(2026, 3, 5, 20, 0))["escalation_due"] == 0
    late = status_of(found, czj, beijing(2026, 3, 5, 22, 0))
    assert late["overdue"] and late["escalation_due"] == 1
    assert late["escalation_due_title"] == "催办"
    assert status_of(found, czj, beijing(2026, 3, 6, 22, 0))["escalation_due"] == 2
    assert status_of(found, czj, beijing(2026, 3, 8, 22, 0))["escalation_due"] == 3
    clock["now"] = beijing(2026, 3, 6, 22, 0)
    with api.env.adopt_user(username="office"):
        with pytest.raises(Invalid):
            escalate(found, czj.UID(), 3)  # not due yet
        escalate(found, czj.UID(), 1, note="电话催办")
        escalate(found, czj.UID(), 2)
        with pytest.raises(Invalid):
            escalate(found, czj.UID(), 2)  # recorded already
    status = status_of(found, czj, clock["now"])
    assert status["escalation_recorded_title"] == "督办"
    assert not status["escalation_pending"]
    assert [e["title"] for e in found.escalations] == ["催办", "督办"]
    assert found.escalations[0]["actor"] == "office"


def test_only_the_office_and_the_units_concerned_see_it(portal, units, clock):
    czj, jqz = units
    event = register(portal)
    found = order(event, czj)
    for user, sees in (
        ("czj-editor", True),
        ("czj-approver", True),
        ("jqz-editor", False),
        ("office", True),
    ):
        with api.env.adopt_user(username=user):
            assert api.user.has_permission("View", obj=found) is sees, user
            assert api.user.has_permission("View", obj=event) is sees, user
    from plone.app.testing import TEST_USER_NAME
    from plone.app.testing import login
    from plone.app.testing import logout

    logout()
    assert not api.user.has_permission("View", obj=found)
    assert not api.user.has_permission("View", obj=event)
    login(portal, TEST_USER_NAME)
    found.units = [jqz.UID()]
    from zope.lifecycleevent import modified

    modified(found)
    from zope.annotation.interfaces import IAnnotations

    IAnnotations(portal.REQUEST).clear()  # local roles are cached per request
    with api.env.adopt_user(username="czj-editor"):
        assert not api.user.has_permission("View", obj=found)
    with api.env.adopt_user(username="jqz-editor"):
        assert api.user.has_permission("View", obj=found)
        from zwgk.public_opinion.lists import rows

        assert [r["unit"] for r in rows()] == ["蛟桥镇"]
