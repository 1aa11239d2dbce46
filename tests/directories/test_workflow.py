"""标准目录: the unit reviews, the competent department (another unit) approves."""

from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import add_staffed_unit
from zwgk.testing import make_item

import pytest


def relation(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


@pytest.fixture
def directory(manager):
    czj = add_staffed_unit(manager, "czj", "财政局", "113601005")
    gkb = add_staffed_unit(manager, "gkb", "管委会办公室", "123601009")
    add_staffed_unit(manager, "jqz", "蛟桥镇", "000014349")
    directory = api.content.create(
        container=czj,
        type="DisclosureDirectory",
        id="czyjs",
        title="财政预决算目录",
        area="budgets-and-final-accounts",
        level="district",
        competent_department=relation(gkb),
    )
    make_item(directory, "政府预算", "部门预算")
    return directory


def transitions(obj):
    return {
        t["id"] for t in api.portal.get_tool("portal_workflow").getTransitionsFor(obj)
    }


def as_user(user_id):
    login(api.portal.get(), user_id)


def test_unit_review_then_competent_department_approval(directory):
    assert api.content.get_state(directory) == "draft"
    as_user("czj-editor")
    api.content.transition(obj=directory, transition="submit")
    as_user("czj-reviewer")
    api.content.transition(obj=directory, transition="approve_review")
    assert api.content.get_state(directory) == "pending_competent"
    for outsider in ("czj-approver", "jqz-approver", "czj-editor"):
        as_user(outsider)
        assert "approve" not in transitions(directory), outsider
    as_user("gkb-approver")
    assert not api.user.has_permission("Modify portal content", obj=directory)
    api.content.transition(obj=directory, transition="approve")
    assert api.content.get_state(directory) == "published"


def test_items_follow_the_directory(directory):
    (item,) = directory.items_in_order()
    logout()
    assert not api.user.has_permission("View", obj=item)
    login(api.portal.get(), TEST_USER_NAME)
    api.content.transition(obj=directory, to_state="published")
    logout()
    assert api.user.has_permission("View", obj=item)
    assert api.content.find(UID=item.UID())


def test_published_directory_needs_a_revision_before_changes(directory):
    api.content.transition(obj=directory, to_state="published")
    as_user("czj-editor")
    assert not api.user.has_permission("zwgk: Add DisclosureItem", obj=directory)
    assert not api.user.has_permission("Modify portal content", obj=directory)
    api.content.transition(obj=directory, transition="revise")
    assert api.user.has_permission("zwgk: Add DisclosureItem", obj=directory)


def test_reject_needs_a_comment(directory):
    from Products.CMFCore.WorkflowCore import WorkflowException

    api.content.transition(obj=directory, to_state="pending_competent")
    as_user("gkb-approver")
    workflow_tool = api.portal.get_tool("portal_workflow")
    with pytest.raises(WorkflowException):
        workflow_tool.doActionFor(directory, "reject")
    workflow_tool.doActionFor(directory, "reject", comment="公开时限不符合规定")
    assert api.content.get_state(directory) == "draft"


def test_changing_the_competent_department_moves_the_right(directory):
    jqz = api.portal.get()["jqz"]
    directory.competent_department = relation(jqz)
    modified(directory)
    api.content.transition(obj=directory, to_state="pending_competent")
    as_user("gkb-approver")
    assert "approve" not in transitions(directory)
    as_user("jqz-approver")
    assert "approve" in transitions(directory)
