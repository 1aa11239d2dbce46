"""信息发布流程 over REST: wrong roles refused; anonymous sees public only."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.testing import STAFF_PASSWORD as PASSWORD
from zwgk.testing import add_staffed_unit

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}


@pytest.fixture
def info_url(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit = add_staffed_unit(portal, "czj", "财政局", "113601005")
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="tz",
        title="关于某事的通知",
        written_date=date(2026, 5, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    transaction.commit()
    return info.absolute_url()


def post(url, user, body=None):
    return requests.post(
        url, json=body or {}, headers=JSON, auth=(user, PASSWORD), timeout=30
    )


def test_rest_workflow_by_role_with_history(info_url):
    assert post(f"{info_url}/@workflow/approve_review", "czj-editor").status_code in (
        400,
        401,
        403,
    )
    assert post(f"{info_url}/@workflow/submit", "czj-editor").status_code == 200
    assert post(f"{info_url}/@workflow/publish", "czj-reviewer").status_code in (
        400,
        401,
        403,
    )
    refused = post(f"{info_url}/@workflow/reject", "czj-reviewer")
    assert refused.status_code == 400
    assert "需要填写理由" in refused.json()["error"]["message"]
    assert (
        post(f"{info_url}/@workflow/approve_review", "czj-reviewer").status_code == 200
    )
    assert requests.get(info_url, headers=JSON, timeout=30).status_code == 401
    published = post(
        f"{info_url}/@workflow/publish", "czj-approver", {"comment": "同意公开"}
    )
    assert published.status_code == 200, published.text
    assert published.json()["title"] == "已公开"
    anonymous = requests.get(info_url, headers=JSON, timeout=30)
    assert anonymous.status_code == 200
    history = requests.get(
        f"{info_url}/@history",
        headers=JSON,
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    ).json()
    actors = [
        (h.get("review_state"), h.get("actor", {}).get("id"))
        for h in history
        if h["type"] == "workflow"
    ]
    assert ("published", "czj-approver") in actors
    assert ("pending_review", "czj-editor") in actors
    titles = {h.get("transition_title") for h in history if h["type"] == "workflow"}
    assert {"提交审核", "审核通过", "签发公开"} <= titles
