"""集约化: each unit's staff work in their unit only; the office administers all."""

from datetime import date
from plone import api
from plone.app.testing import login
from zExceptions import Unauthorized
from zwgk.units.groups import OFFICE_GROUP

import pytest


@pytest.fixture
def town(manager):
    return api.content.create(
        container=manager,
        type="OrgUnit",
        id="jqz",
        title="蛟桥镇",
        code="123601009",
        level="town",
    )


def staff(unit, kind, user_id):
    api.user.create(
        email=f"{user_id}@example.org", username=user_id, password="pw-12345678"
    )
    api.group.add_user(groupname=f"{unit.getId()}-{kind}", username=user_id)
    return user_id


def test_a_new_unit_gets_its_three_groups_with_local_roles(unit):
    titles = {
        kind: api.group.get(groupname=f"czj-{kind}").getProperty("title")
        for kind in ("editors", "reviewers", "approvers")
    }
    assert titles == {
        "editors": "财政局 信息员",
        "reviewers": "财政局 审核员",
        "approvers": "财政局 签发人",
    }
    local = dict(unit.get_local_roles())
    assert set(local["czj-editors"]) >= {"Contributor", "Editor"}
    assert "Reviewer" in local["czj-reviewers"]
    assert "Approver" in local["czj-approvers"]
    assert "Site Administrator" in api.group.get(groupname=OFFICE_GROUP).getRoles()


def add_information(container, title):
    return api.content.create(
        container=container,
        type="GovernmentInformation",
        title=title,
        written_date=date(2026, 5, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )


def test_editors_work_in_their_own_unit_only(unit, town):
    own = add_information(unit, "财政局的通知")
    other = add_information(town, "蛟桥镇的通知")
    login(api.portal.get(), staff(unit, "editors", "czj-editor"))
    mine = add_information(unit, "新通知")
    assert mine.index_number.startswith("113601005/")
    assert api.user.has_permission("Modify portal content", obj=own)
    assert not api.user.has_permission("Modify portal content", obj=other)
    assert not api.user.has_permission("View", obj=other)
    with pytest.raises(Unauthorized):
        add_information(town, "越权添加")


def test_reviewers_and_approvers_cannot_edit(unit):
    info = add_information(unit, "财政局的通知")
    for kind in ("reviewers", "approvers"):
        login(api.portal.get(), staff(unit, kind, f"czj-{kind[:-1]}"))
        assert api.user.has_permission("View", obj=info)
        assert not api.user.has_permission("Modify portal content", obj=info)
