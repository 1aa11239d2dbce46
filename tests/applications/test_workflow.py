"""依申请公开办理流程: every transition, by whom, and what it records."""

from AccessControl import Unauthorized
from datetime import date
from plone import api
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from zwgk.applications import handling
from zwgk.applications import intake
from zwgk.applications.intake import submit
from zwgk.applications.validation import check
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest


@pytest.fixture
def units(portal):
    return staffed_units(portal)


@pytest.fixture
def clock(monkeypatch):
    """Set the Beijing date that intake and handling see."""
    state = {"today": date(2026, 3, 2)}  # a Monday

    def today():
        return state["today"]

    monkeypatch.setattr(intake, "today", today)
    monkeypatch.setattr(handling, "today", today)
    return state


@pytest.fixture
def application(units, clock):
    czj, _ = units
    obj, _code = submit(check(body(czj), intake.units()))
    return obj


def state(obj):
    return api.content.get_state(obj)


def do(obj, user, transition, **kwargs):
    with api.env.adopt_user(username=user):
        api.portal.get_tool("portal_workflow").doActionFor(obj, transition, **kwargs)


def transitions(obj, user):
    with api.env.adopt_user(username=user):
        workflow = api.portal.get_tool("portal_workflow")
        return [t["id"] for t in workflow.getTransitionsFor(obj)]


def answer(obj, user="czj-approver", outcome="disclosed", ground=None):
    obj.outcome, obj.ground, obj.reply = outcome, ground, "现将有关信息提供如下。"
    do(obj, user, "answer")


def test_application_starts_pending_in_the_units_folder(application, units):
    czj, _ = units
    assert state(application) == "pending"
    assert application.aq_parent.getId() == "applications"
    assert application.aq_parent.aq_parent == czj
    assert application.Title() == application.tracking_number
    assert application.received_on == date(2026, 3, 2)
    # 20 working days from the day after 2026-03-02
    assert application.deadline_log[-1]["day"] == "2026-03-30"
    assert "chinesecalendar" in application.deadline_log[-1]["basis"]["package"]


def test_full_path_with_history_actor_and_time(application, clock):
    do(application, "czj-editor", "accept")
    clock["today"] = date(2026, 3, 5)
    do(application, "czj-editor", "consult", comment="征求第三方意见")
    assert state(application) == "consultation"
    assert application.deadline_log[-1]["day"] is None  # paused
    clock["today"] = date(2026, 3, 12)
    do(application, "czj-reviewer", "resume")
    # 2026-03-06..12 (5 working days) did not count
    assert application.deadline_log[-1]["day"] == "2026-04-07"
    clock["today"] = date(2026, 3, 20)
    do(application, "czj-approver", "extend", extension_days=10)
    assert state(application) == "extended"
    assert application.extension_days == 10
    assert application.deadline_log[-1]["day"] == "2026-04-21"
    answer(application, outcome="not_disclosed", ground="third_party_rights")
    assert state(application) == "answered"
    assert application.concluded_on == date(2026, 3, 20)
    do(application, "czj-editor", "archive")
    assert state(application) == "archived"
    history = application.workflow_history["zwgk_application_workflow"]
    assert [h["action"] for h in history[1:]] == [
        "accept",
        "consult",
        "resume",
        "extend",
        "answer",
        "archive",
    ]
    assert [h["actor"] for h in history[1:]] == [
        "czj-editor",
        "czj-editor",
        "czj-reviewer",
        "czj-approver",
        "czj-approver",
        "czj-editor",
    ]
    assert all(h["time"] for h in history)


def test_correction_restarts_the_clock(application, clock):
    clock["today"] = date(2026, 3, 11)  # 7th working day after receipt
    do(application, "czj-editor", "request_correction")
    assert state(application) == "correction"
    clock["today"] = date(2026, 3, 20)
    do(application, "czj-editor", "receive_correction")
    assert state(application) == "processing"
    assert application.deadline_log[-1]["start"] == "2026-03-20"
    assert application.deadline_log[-1]["day"] == "2026-04-20"  # 清明 04-04..06


def test_correction_request_only_within_seven_working_days(application, clock):
    clock["today"] = date(2026, 3, 12)  # 8th working day
    with pytest.raises(WorkflowException, match="7个工作日内"):
        do(application, "czj-editor", "request_correction")
    assert state(application) == "pending"


def test_correction_only_once(application, clock):
    do(application, "czj-editor", "request_correction")
    do(application, "czj-editor", "receive_correction")
    # back to 待受理 is not possible, and the guard remembers the request
    assert "request_correction" not in transitions(application, "czj-editor")


def test_uncorrected_ends_as_other_handling(application, clock):
    do(application, "czj-editor", "request_correction")
    with pytest.raises(WorkflowException, match="期满前"):
        do(application, "czj-editor", "close_uncorrected")
    clock["today"] = date(2026, 3, 24)  # 15 working days after 03-02 are over
    do(application, "czj-editor", "close_uncorrected")
    assert state(application) == "answered"
    assert (application.outcome, application.ground) == (
        "other_handling",
        "no_correction",
    )


def test_withdrawal_counts_as_other_handling(application):
    do(application, "czj-reviewer", "withdraw", comment="申请人来电撤回")
    assert state(application) == "withdrawn"
    assert (application.outcome, application.ground) == ("other_handling", "other")
    assert application.concluded_on == date(2026, 3, 2)


def test_answer_needs_outcome_ground_and_reply(application):
    do(application, "czj-editor", "accept")
    with pytest.raises(WorkflowException, match="办理结果"):
        do(application, "czj-approver", "answer")
    application.outcome = "cannot_provide"
    application.reply = "经查，本机关不掌握该信息。"
    with pytest.raises(WorkflowException, match="具体理由"):
        do(application, "czj-approver", "answer")
    application.ground = "not_held"
    do(application, "czj-approver", "answer")
    assert state(application) == "answered"


def test_extension_only_once_and_up_to_twenty_days(application):
    do(application, "czj-editor", "accept")
    with pytest.raises(WorkflowException, match="20个工作日"):
        do(application, "czj-approver", "extend", extension_days=21)
    do(application, "czj-approver", "extend")
    assert application.extension_days == 20
    do(application, "czj-editor", "consult")
    do(application, "czj-editor", "resume_extended")
    assert state(application) == "extended"
    assert "extend" not in transitions(application, "czj-approver")


def test_extension_refused_after_the_deadline(application, clock):
    do(application, "czj-editor", "accept")
    clock["today"] = date(2026, 3, 31)
    with pytest.raises(WorkflowException, match="已过"):
        do(application, "czj-approver", "extend")


@pytest.mark.parametrize(
    "user,transition",
    [
        ("czj-editor", "extend"),  # 延期 is the approver's decision
        ("czj-reviewer", "extend"),
        ("czj-editor", "answer"),  # the reply is reviewed or signed
        ("jqz-approver", "accept"),  # another unit
        ("jqz-approver", "extend"),
        ("jqz-editor", "withdraw"),
    ],
)
def test_wrong_role_refused(application, user, transition):
    if transition in ("extend", "answer"):
        do(application, "czj-editor", "accept")
    application.outcome, application.reply = "disclosed", "答复"
    before = state(application)
    with pytest.raises((WorkflowException, Unauthorized)):
        do(application, user, transition)
    assert state(application) == before


def test_anonymous_cannot_transition(application):
    logout()
    with pytest.raises((WorkflowException, Unauthorized)):
        api.portal.get_tool("portal_workflow").doActionFor(application, "accept")
    assert state(application) == "pending"


@pytest.mark.parametrize(
    "user,transition",
    [
        ("czj-editor", "accept"),
        ("czj-reviewer", "accept"),
        ("czj-approver", "accept"),
        ("czj-editor", "request_correction"),
        ("czj-reviewer", "withdraw"),
        ("czj-reviewer", "answer"),
    ],
)
def test_handlers_of_the_unit_may(application, user, transition):
    application.outcome, application.reply = "disclosed", "答复"
    do(application, user, transition)
    assert state(application) != "pending"


def test_staff_cannot_add_applications_around_the_intake(units):
    czj, _ = units
    for user in ("czj-editor", "czj-reviewer", "czj-approver"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission(
                "zwgk: Add DisclosureApplication", obj=czj
            )
            assert api.user.has_permission("zwgk: Handle applications", obj=czj)
        with api.env.adopt_user(username=user.replace("czj", "jqz")):
            assert not api.user.has_permission("zwgk: Handle applications", obj=czj)


def test_a_corrected_receipt_date_moves_the_deadline(application):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    application.received_on = date(2026, 2, 13)  # the post was signed for earlier
    notify(ObjectModifiedEvent(application))
    entry = application.deadline_log[-1]
    assert (entry["reason"], entry["day"]) == ("modified", "2026-03-19")
    notify(ObjectModifiedEvent(application))  # nothing changed: no new entry
    assert application.deadline_log[-1] is entry


def test_a_silent_third_party_stops_the_clock_for_fifteen_working_days(
    application, clock, portal
):
    """第三十二条: the third party has 15 working days; after them the clock
    runs again and the unit decides, and a late answer excuses no more."""
    from zwgk.applications.status import deadline_info

    do(application, "czj-editor", "accept")
    clock["today"] = date(2026, 3, 5)
    do(application, "czj-editor", "consult")
    clock["today"] = date(2026, 3, 26)  # the third party's last day
    assert deadline_info(application)["paused"]
    clock["today"] = date(2026, 3, 27)
    info = deadline_info(application)
    assert info["paused"] is False
    assert info["day"] == "2026-04-21"
    assert info["third_party_lapsed"] == "2026-03-26"
    with api.env.adopt_user(username="czj-editor"):
        listing = portal.restrictedTraverse("czj/@@application-list")
        [row] = listing.rows()
        page = listing()
    assert row["deadline"] == date(2026, 4, 21)
    assert "第三方逾期未提出意见" in page
    clock["today"] = date(2026, 4, 8)  # the answer comes late
    do(application, "czj-reviewer", "resume")
    assert application.deadline_log[-1]["day"] == "2026-04-21"
    assert deadline_info(application)["third_party_lapsed"] is None
