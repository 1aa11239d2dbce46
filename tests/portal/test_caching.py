"""Page caching (plone.app.caching): anonymous pages come from Zope's RAM
cache, and a publish or an edit is seen by the very next anonymous request."""

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
RAM = "X-RAMCache"


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit = add_staffed_unit(portal, "czj", "财政局", "113601005")
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="tz",
        title="关于防汛的通知",
        written_date=date(2026, 5, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    for transition in ("submit", "approve_review", "publish"):
        api.content.transition(obj=info, transition=transition)
    draft = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="xtz",
        title="关于秋季防火的通知",
        written_date=date(2026, 9, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    api.content.transition(obj=draft, transition="submit")
    api.content.transition(obj=draft, transition="approve_review")
    transaction.commit()
    return {
        "portal": portal.absolute_url(),
        "unit": unit.absolute_url(),
        "info": info.absolute_url(),
        "draft": draft.absolute_url(),
    }


def get(url):
    response = requests.get(url, timeout=30)
    assert response.status_code == 200, response.text
    return response


def cached_twice(url):
    """The second anonymous request is answered from the RAM cache."""
    first = get(url)
    second = get(url)
    assert RAM not in first.headers
    assert second.headers.get(RAM), second.headers
    assert second.text == first.text
    return second


@pytest.mark.parametrize("page", ["info", "unit", "portal"])
def test_anonymous_pages_are_cached_with_the_zwgk_rules(site, page):
    response = cached_twice(site[page])
    rule = "zwgk.content" if page == "info" else "zwgk.listing"
    assert response.headers["X-Cache-Rule"] == rule
    assert response.headers["ETag"]
    assert "max-age=0" in response.headers["Cache-Control"]


def test_an_edit_is_seen_by_the_next_anonymous_request(site):
    assert "关于防汛的通知" in cached_twice(site["info"]).text
    assert "关于防汛的通知" in cached_twice(f"{site['unit']}/@@feed.rss").text
    edited = requests.patch(
        site["info"],
        json={"title": "关于防汛工作的紧急通知"},
        headers=JSON,
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert edited.status_code == 204, edited.text
    page = get(site["info"])
    assert RAM not in page.headers
    assert "关于防汛工作的紧急通知" in page.text
    assert "关于防汛工作的紧急通知" in get(f"{site['unit']}/@@feed.rss").text


def test_a_publish_is_seen_by_the_next_anonymous_request(site):
    feed = f"{site['portal']}/@@feed.json"
    assert "关于秋季防火的通知" not in cached_twice(feed).text
    assert "关于秋季防火的通知" not in cached_twice(site["unit"]).text
    assert "关于秋季防火的通知" not in requests.get(site["draft"], timeout=30).text
    published = requests.post(
        f"{site['draft']}/@workflow/publish",
        json={},
        headers=JSON,
        auth=("czj-approver", PASSWORD),
        timeout=30,
    )
    assert published.status_code == 200, published.text
    assert "关于秋季防火的通知" in get(feed).text
    assert "关于秋季防火的通知" in get(site["unit"]).text
    assert "关于秋季防火的通知" in get(site["draft"]).text


def test_logged_in_readers_are_never_served_the_anonymous_copy(site):
    cached_twice(site["info"])
    staff = requests.get(
        site["info"], auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
    )
    assert staff.status_code == 200
    assert RAM not in staff.headers
    assert "manage" in staff.text or "编辑" in staff.text  # the staff toolbar


def test_a_settings_change_empties_the_page_cache(site):
    cached_twice(site["portal"])
    changed = requests.patch(
        f"{site['portal']}/@registry",
        json={"plone.site_title": "南昌经开区"},
        headers=JSON,
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert changed.status_code == 204, changed.text
    page = get(site["portal"])
    assert RAM not in page.headers
    assert "南昌经开区" in page.text
