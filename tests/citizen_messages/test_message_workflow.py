"""网民留言: screening, hand-over, answer review (returned once), publication
with and without consent, the unit's clock, statistics."""

from datetime import date
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zwgk.testing.citizen_messages import act
from zwgk.testing.citizen_messages import fresh_limits  # noqa: F401
from zwgk.testing.citizen_messages import moving_clock
from zwgk.testing.citizen_messages import on
from zwgk.testing.citizen_messages import staffed
from zwgk.testing.citizen_messages import submit

import pytest


@pytest.fixture
def clock(monkeypatch):
    return moving_clock(monkeypatch)


@pytest.fixture
def units(portal):
    return staffed(portal)


def state(message):
    return api.content.get_state(message)


def test_a_message_waits_for_screening_with_a_number(portal, units, clock):
    message, code = submit(portal)
    assert state(message) == "screening"
    assert message.tracking_number.startswith("LY-20260302-")
    assert len(code) == 10
    assert message.Title() == message.tracking_number
    assert message.consent is True


def test_the_office_hands_over_and_the_unit_answers_on_its_clock(portal, units, clock):
    czj, _jqz = units
    message, _ = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    assert state(message) == "assigned"
    assert message.assigned_on == date(2026, 3, 2)
    from zwgk.citizen_messages.handling import answer_deadline

    assert answer_deadline(message).day == date(2026, 3, 9)  # 5 working days
    assert message.deadline_log[-1]["day"] == "2026-03-09"
    clock["now"] = on(date(2026, 3, 5))
    act(
        message,
        "czj-editor",
        "submit_answer",
        answer="路灯由区城管局负责，已安排维修。",
    )
    assert state(message) == "reviewing"
    assert message.answered_on == date(2026, 3, 5)
    act(message, "office", "approve")
    assert state(message) == "answered"
    act(message, "office", "publish")
    assert state(message) == "published"


def test_the_answer_period_is_a_setting(portal, units, clock):
    czj, _ = units
    api.portal.set_registry_record("zwgk.citizen_messages.answer_working_days", 10)
    message, _ = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    from zwgk.citizen_messages.handling import answer_deadline

    assert answer_deadline(message).day == date(2026, 3, 16)


def test_hand_over_needs_a_unit(portal, units, clock):
    message, _ = submit(portal)
    with pytest.raises(WorkflowException, match="承办单位"):
        act(message, "office", "hand_over")
    assert state(message) == "screening"


def test_only_the_office_screens(portal, units, clock):
    czj, _ = units
    message, _ = submit(portal)
    with pytest.raises(WorkflowException):
        act(message, "czj-approver", "hand_over", unit=czj.UID())


def test_the_answer_goes_back_once_with_a_comment(portal, units, clock):
    czj, _ = units
    message, _ = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    act(message, "czj-editor", "submit_answer", answer="已收悉。")
    with pytest.raises(WorkflowException, match="意见"):
        act(message, "office", "return_answer")
    act(message, "office", "return_answer", comment="请说明维修时间")
    assert state(message) == "assigned"
    assert message.returned == 1
    assert message.return_comment == "请说明维修时间"
    act(message, "czj-editor", "submit_answer", answer="已安排3月10日前修复。")
    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="office"):
        ids = [t["id"] for t in workflow.getTransitionsFor(message)]
    assert "return_answer" not in ids and "approve" in ids
    with pytest.raises(WorkflowException, match="答复内容"):
        act(message, "office", "approve", answer="")  # an emptied answer
    with pytest.raises(WorkflowException):
        act(message, "office", "return_answer", comment="再改")


def test_the_office_answers_directly(portal, units, clock):
    message, _ = submit(portal)
    with pytest.raises(WorkflowException, match="答复内容"):
        act(message, "office", "answer_directly")
    act(message, "office", "answer_directly", answer="请拨打12345。")
    assert state(message) == "answered"
    assert message.direct is True


@pytest.mark.parametrize("reason", ["duplicate", "abuse", "not_government"])
def test_closing_needs_one_of_the_reasons(portal, units, clock, reason):
    message, _ = submit(portal)
    with pytest.raises(WorkflowException, match="理由"):
        act(message, "office", "close")
    act(message, "office", "close", closing_reason=reason)
    assert state(message) == "closed"


def test_without_consent_the_answer_is_not_published(portal, units, clock):
    message, _ = submit(portal, consent="no")
    act(message, "office", "answer_directly", answer="已转有关部门。")
    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username="office"):
        assert "publish" not in [t["id"] for t in workflow.getTransitionsFor(message)]
    with pytest.raises(WorkflowException):
        act(message, "office", "publish")
    assert state(message) == "answered"


def test_a_unit_hands_a_message_back_and_loses_it(portal, units, clock):
    czj, jqz = units
    message, _ = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    with api.env.adopt_user(username="czj-editor"):
        assert api.user.has_permission("View", obj=message)
    with pytest.raises(WorkflowException, match="理由"):
        act(message, "czj-editor", "hand_back")
    act(message, "czj-editor", "hand_back", comment="属蛟桥镇辖区")
    assert state(message) == "screening" and message.unit is None
    with api.env.adopt_user(username="czj-editor"):
        assert not api.user.has_permission("View", obj=message)
    act(message, "office", "hand_over", unit=jqz.UID())
    with api.env.adopt_user(username="jqz-reviewer"):
        assert api.user.has_permission("View", obj=message)


def test_staff_lists_and_statistics(portal, units, clock):
    from zwgk.citizen_messages.lists import grouped
    from zwgk.citizen_messages.lists import staff_rows
    from zwgk.citizen_messages.lists import statistics

    czj, jqz = units
    waiting, _ = submit(portal, subject="待审看的留言")
    late, _ = submit(portal, subject="逾期的留言")
    soon, _ = submit(portal, subject="快到期的留言")
    done, _ = submit(portal, subject="按时答复的留言")
    act(late, "office", "hand_over", unit=czj.UID())
    act(done, "office", "hand_over", unit=czj.UID())
    clock["now"] = on(date(2026, 3, 4))
    act(done, "czj-editor", "submit_answer", answer="答复。")
    act(done, "office", "approve")
    act(soon, "office", "hand_over", unit=jqz.UID())  # due 03-11
    clock["now"] = on(date(2026, 3, 10))
    with api.env.adopt_user(username="office"):
        groups = grouped(staff_rows())
    assert [r["number"] for r in groups["screening"]] == [waiting.tracking_number]
    assert [r["number"] for r in groups["overdue"]] == [late.tracking_number]
    assert [r["number"] for r in groups["due_soon"]] == [soon.tracking_number]
    # waiting since 03-02, one working day to screen: late too
    assert groups["screening"][0]["status"] == "overdue"
    with api.env.adopt_user(username="jqz-editor"):
        mine = staff_rows()
        assert [r["number"] for r in mine] == [soon.tracking_number]
        assert staff_rows(czj.UID()) == []
    report = statistics(2026)
    (row,) = [r for r in report["units"] if r["unit"] == "财政局"]
    assert row["received"] == 2 and row["answered"] == 1
    assert row["answered_on_time"] == 1 and row["mean_working_days"] == 2
    assert report["total"]["received"] == 4
