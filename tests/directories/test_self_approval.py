"""A unit never approves its own directory (README: 标准目录 workflow).

The probe: jqz-editor created a directory naming 蛟桥镇 itself as
competent department; 蛟桥镇's approvers got Competent Approver on it and
submit → approve_review → approve published it. Refused at creation, at
edit and at the transition, over REST and through plone.api alike.
"""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from types import SimpleNamespace
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.interface import Invalid
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing import add_staffed_unit

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
REFUSAL = "主管部门不能是目录所属单位“蛟桥镇”本身"


def relation(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


def directory_fields(**extra):
    return dict(
        type="DisclosureDirectory",
        title="蛟桥镇社会救助目录",
        area="social-assistance",
        level="town",
        **extra,
    )


@pytest.fixture
def units(manager):
    jqz = add_staffed_unit(manager, "jqz", "蛟桥镇", "123601009", level="town")
    gkb = add_staffed_unit(manager, "gkb", "管委会办公室", "113601005")
    return jqz, gkb


def test_plone_api_create_as_jqz_editor_is_refused(units):
    jqz, _gkb = units
    login(api.portal.get(), "jqz-editor")
    with pytest.raises(Invalid) as refused:
        api.content.create(
            container=jqz, competent_department=relation(jqz), **directory_fields()
        )
    # the exception aborts the request's transaction: nothing is kept
    assert REFUSAL in str(refused.value)


def test_plone_api_edit_is_refused_and_grants_nothing(units):
    jqz, gkb = units
    login(api.portal.get(), "jqz-editor")
    directory = api.content.create(
        container=jqz, competent_department=relation(gkb), **directory_fields()
    )
    directory.competent_department = relation(jqz)
    with pytest.raises(Invalid):
        modified(directory)
    # the local role stays with the competent department, never the unit
    assert "jqz-approvers" not in dict(directory.get_local_roles())


def test_the_transitions_refuse_a_directory_naming_its_own_unit(units):
    """Data written before the checks (or by a script): the workflow stops it."""
    from plone.api.exc import InvalidParameterError
    from Products.CMFCore.WorkflowCore import WorkflowException

    jqz, gkb = units
    directory = api.content.create(
        container=jqz, competent_department=relation(gkb), **directory_fields()
    )
    draft = api.content.create(
        container=jqz, competent_department=relation(gkb), **directory_fields()
    )
    for transition in ("submit", "approve_review"):
        api.content.transition(obj=directory, transition=transition)
    for obj in (directory, draft):
        obj.competent_department = relation(jqz)  # no event: as old data
    workflow = api.portal.get_tool("portal_workflow")
    login(api.portal.get(), "jqz-editor")
    with pytest.raises(WorkflowException) as refused:
        workflow.doActionFor(draft, "submit")
    assert REFUSAL in str(refused.value)
    with pytest.raises(InvalidParameterError):  # plone.api hides the reason
        api.content.transition(obj=draft, transition="submit")
    login(api.portal.get(), "test-user")  # a Manager is refused too
    with pytest.raises(WorkflowException):
        workflow.doActionFor(directory, "approve")
    assert api.content.get_state(directory) == "pending_competent"
    assert api.content.get_state(draft) == "draft"


def test_add_form_validator_refuses_the_own_unit(units):
    from z3c.form.interfaces import IValidator
    from zope.component import getMultiAdapter
    from zwgk.content_types.directory import IDisclosureDirectory

    jqz, gkb = units
    field = IDisclosureDirectory["competent_department"]
    request = api.env.getRequest()

    add_form = SimpleNamespace(context=jqz)  # the add form's context: the unit
    check = getMultiAdapter((None, request, add_form, field, None), IValidator)
    with pytest.raises(Invalid):
        check.validate(jqz)
    check.validate(gkb)


@pytest.fixture
def rest(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    jqz = add_staffed_unit(portal, "jqz", "蛟桥镇", "123601009", level="town")
    gkb = add_staffed_unit(portal, "gkb", "管委会办公室", "113601005")
    transaction.commit()
    return portal, jqz, gkb


def call(method, url, body=None, user="jqz-editor"):
    return requests.request(
        method, url, json=body, headers=JSON, auth=(user, STAFF_PASSWORD), timeout=30
    )


def test_rest_create_and_patch_as_jqz_editor_are_refused(rest):
    portal, jqz, gkb = rest
    body = directory_fields(competent_department=jqz.UID())
    body["@type"] = body.pop("type")
    refused = call("POST", jqz.absolute_url(), body)
    assert refused.status_code == 400, refused.text
    assert REFUSAL in refused.json()["message"]
    transaction.begin()
    assert not [o for o in jqz.objectValues() if o.portal_type == "DisclosureDirectory"]

    body["competent_department"] = gkb.UID()
    created = call("POST", jqz.absolute_url(), body)
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    patched = call("PATCH", url, {"competent_department": jqz.UID()})
    assert patched.status_code == 400, patched.text
    assert REFUSAL in patched.json()["message"]
    transaction.begin()
    (directory,) = [
        o for o in jqz.objectValues() if o.portal_type == "DisclosureDirectory"
    ]
    assert directory.competent_department.to_object.getId() == "gkb"
    assert call("PATCH", url, {"title": "改名"}).status_code == 204


def test_rest_transitions_refuse_old_self_approving_data(rest):
    portal, jqz, gkb = rest
    directory = api.content.create(
        container=jqz, competent_department=relation(gkb), **directory_fields()
    )
    directory.competent_department = relation(jqz)  # as data from before the fix
    directory.manage_setLocalRoles("jqz-approvers", ["Competent Approver", "Reader"])
    transaction.commit()
    url = directory.absolute_url()
    refused = call("POST", f"{url}/@workflow/submit")
    assert refused.status_code == 400, refused.text
    assert REFUSAL in refused.json()["error"]["message"]
    transaction.begin()
    assert api.content.get_state(directory) == "draft"


def test_upgrade_takes_the_role_from_a_units_own_approvers(units, setup_tool):
    jqz, gkb = units
    directory = api.content.create(
        container=jqz, competent_department=relation(gkb), **directory_fields()
    )
    directory.competent_department = relation(jqz)  # as stored before the fix
    directory.manage_setLocalRoles("jqz-approvers", ["Competent Approver", "Reader"])
    directory._competent_group = "jqz-approvers"
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126060")
    setup_tool.upgradeProfile("zwgk:default")
    assert "jqz-approvers" not in dict(directory.get_local_roles())
