"""信息发布流程: who may move information through 草稿 → 待审核 → 待签发 → 已公开."""

from datetime import date
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import Unauthorized
from zwgk.testing import STAFF_KINDS as KINDS
from zwgk.testing import add_staffed_unit

import pytest


STEPS = (
    ("submit", "editors", "pending_review"),
    ("approve_review", "reviewers", "pending_approval"),
    ("publish", "approvers", "published"),
)


@pytest.fixture
def units(manager):
    """财政局 (czj) and 蛟桥镇 (jqz), each with one account per staff group."""
    found = {}
    for unit_id, title, code, level in (
        ("czj", "财政局", "113601005", "district"),
        ("jqz", "蛟桥镇", "123601009", "town"),
    ):
        unit = add_staffed_unit(manager, unit_id, title, code, level)
        found[unit_id] = unit
    return found


def information(unit, attribute="proactive", **extra):
    fields = dict(
        title="关于某事的通知",
        written_date=date(2026, 5, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute=attribute,
    )
    if attribute == "withheld":
        fields.update(
            withholding_ground="internal_affairs", withholding_reason="内部事务"
        )
    fields.update(extra)
    return api.content.create(container=unit, type="GovernmentInformation", **fields)


def act_as(user_id):
    login(api.portal.get(), user_id)


def transitions(obj):
    return {
        t["id"] for t in api.portal.get_tool("portal_workflow").getTransitionsFor(obj)
    }


def test_new_information_is_a_draft_nobody_outside_sees(units):
    info = information(units["czj"])
    assert api.content.get_state(info) == "draft"
    act_as("jqz-approver")
    assert not api.user.has_permission("View", obj=info)
    logout()
    assert not api.user.has_permission("View", obj=info)


@pytest.mark.parametrize("step", range(len(STEPS)))
@pytest.mark.parametrize(
    "actor", [f"czj-{k[:-1]}" for k in KINDS] + [f"jqz-{k[:-1]}" for k in KINDS]
)
def test_permission_matrix(units, step, actor):
    """Only the own unit's holder of the right role may take each step."""
    info = information(units["czj"])
    for transition, _kind, _state in STEPS[:step]:
        api.content.transition(obj=info, transition=transition)
    transition, kind, state = STEPS[step]
    act_as(actor)
    allowed = actor == f"czj-{kind[:-1]}"
    assert (transition in transitions(info)) is allowed
    if allowed:
        api.content.transition(obj=info, transition=transition)
        assert api.content.get_state(info) == state
    else:
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.transition(obj=info, transition=transition)


def test_only_editors_edit_and_only_in_draft(units):
    info = information(units["czj"])
    act_as("czj-editor")
    assert api.user.has_permission("Modify portal content", obj=info)
    api.content.transition(obj=info, transition="submit")
    assert not api.user.has_permission("Modify portal content", obj=info)
    act_as("czj-reviewer")
    assert not api.user.has_permission("Modify portal content", obj=info)
    act_as("jqz-editor")
    assert not api.user.has_permission("Modify portal content", obj=info)


def test_reject_needs_a_comment(units):
    info = information(units["czj"])
    api.content.transition(obj=info, transition="submit")
    act_as("czj-reviewer")
    workflow_tool = api.portal.get_tool("portal_workflow")
    with pytest.raises(WorkflowException) as error:
        workflow_tool.doActionFor(info, "reject", comment="  ")
    assert "需要填写理由" in str(error.value)
    assert api.content.get_state(info) == "pending_review"
    api.content.transition(obj=info, transition="reject", comment="文号有误，请修改")
    assert api.content.get_state(info) == "draft"
    history = api.portal.get_tool("portal_workflow").getInfoFor(info, "review_history")
    assert history[-1]["comments"] == "文号有误，请修改"


@pytest.mark.parametrize("attribute", ["withheld", "on-application"])
def test_non_proactive_information_can_never_be_published(units, attribute):
    info = information(units["czj"], attribute)
    api.content.transition(obj=info, transition="submit")
    api.content.transition(obj=info, transition="approve_review")
    act_as("czj-approver")
    assert "publish" not in transitions(info)
    api.content.transition(obj=info, transition="file")
    assert api.content.get_state(info) == "filed"
    logout()
    assert not api.user.has_permission("View", obj=info)
    assert not api.content.find(UID=info.UID())


def test_published_information_is_public_until_withdrawn(units):
    info = information(units["czj"])
    for transition, _kind, _state in STEPS:
        api.content.transition(obj=info, transition=transition)
    logout()
    assert api.user.has_permission("View", obj=info)
    assert api.content.find(UID=info.UID())
    act_as("czj-approver")
    api.content.transition(obj=info, transition="withdraw")
    logout()
    assert not api.user.has_permission("View", obj=info)
    act_as("czj-editor")
    api.content.transition(obj=info, transition="revise")
    assert api.content.get_state(info) == "draft"


def test_staff_read_the_history_in_the_ui_and_the_public_cannot(units):
    info = information(units["czj"])
    act_as("czj-editor")
    api.content.transition(obj=info, transition="submit")
    act_as("czj-reviewer")
    api.content.transition(obj=info, transition="reject", comment="文号有误，请修改")
    for user_id, view in (
        ("czj-editor", "@@historyview"),
        ("czj-reviewer", "@@contenthistorypopup"),
    ):
        act_as(user_id)
        html = info.restrictedTraverse(view)()
        assert "文号有误，请修改" in html and "czj-reviewer" in html
    act_as("czj-editor")
    api.content.transition(obj=info, transition="submit")
    act_as("czj-reviewer")
    api.content.transition(obj=info, transition="approve_review")
    act_as("czj-approver")
    api.content.transition(obj=info, transition="publish")
    logout()
    assert "文号有误" not in info.restrictedTraverse("@@contenthistorypopup")()
    with pytest.raises(Unauthorized):
        info.restrictedTraverse("@@historyview")()
