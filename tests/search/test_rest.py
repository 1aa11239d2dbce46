"""智能查询 over REST: plone.restapi @search with zwgk_text, and @zwgk-facets."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.testing import add_staffed_unit

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}


def add(unit, doc_id, title, validity="valid", year=2026, publish=True):
    doc = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id=doc_id,
        title=title,
        written_date=date(year, 5, 1),
        publication_date=date(year, 5, 2),
        topic="civil-affairs",
        genre="notice",
        disclosure_attribute="proactive",
        validity=validity,
    )
    if publish:
        api.content.transition(doc, to_state="published")
    return doc


@pytest.fixture
def site_url(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit = add_staffed_unit(portal, "czj", "财政局", "113601005")
    add(unit, "bgpt", "关于建设电子办公平台的通知")
    add(unit, "gpjz", "关于维护市场公平竞争秩序的通告")
    add(unit, "dbbz", "关于提高城乡最低生活保障标准的通知")
    add(unit, "dbbz2025", "关于调整城乡低保标准的通知", "expired", 2025)
    add(unit, "draft", "低保公平内部草稿", publish=False)
    transaction.commit()
    return portal.absolute_url()


def get(url, auth=None, **params):
    response = requests.get(url, params=params, headers=JSON, auth=auth, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def ids(answer):
    return [item["@id"].rsplit("/", 1)[-1] for item in answer["items"]]


def test_rest_search_with_the_chinese_index(site_url):
    found = ids(get(f"{site_url}/@search", zwgk_text="公平"))
    assert found == ["gpjz"]  # not 办公平台, not the draft
    found = ids(get(f"{site_url}/@search", zwgk_text="低保 OR 最低生活保障"))
    assert set(found) == {"dbbz", "dbbz2025"}
    found = ids(
        get(f"{site_url}/@search", zwgk_text="低保 OR 最低生活保障", validity="valid")
    )
    assert found == ["dbbz"]
    admin = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    assert "draft" in ids(get(f"{site_url}/@search", admin, zwgk_text="草稿"))


def test_facets_service(site_url):
    answer = get(f"{site_url}/@zwgk-facets", SearchableText="低保")
    assert answer["total"] == 2
    facets = {f["name"]: f for f in answer["facets"]}
    assert facets["validity"]["title"] == "有效性"
    values = {
        v["token"]: (v["title"], v["count"]) for v in facets["validity"]["values"]
    }
    assert values == {"valid": ("有效", 1), "expired": ("失效", 1)}
    years = [(v["token"], v["count"]) for v in facets["publication_year"]["values"]]
    assert years == [("2026", 1), ("2025", 1)]
    assert set(facets) == {
        "disclosure_area",
        "org_unit",
        "portal_type",
        "publication_year",
        "info_topic",
        "validity",
    }


def test_facets_service_filters_and_counts_only_what_the_caller_sees(site_url):
    answer = get(f"{site_url}/@zwgk-facets", SearchableText="低保", validity="expired")
    assert answer["total"] == 1
    validity = {
        v["token"]: v["selected"]
        for f in answer["facets"]
        if f["name"] == "validity"
        for v in f["values"]
    }
    assert validity == {"valid": False, "expired": True}
    admin = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    assert get(f"{site_url}/@zwgk-facets", admin, SearchableText="低保")["total"] == 3


@pytest.mark.parametrize(
    "params",
    [{"page": "-1"}, {"sort": "x"}, {"publication_year": "x"}, {"SearchableText": "("}],
)
def test_facets_service_bad_input(site_url, params):
    assert "total" in get(f"{site_url}/@zwgk-facets", **params)


def test_search_page_over_http(site_url):
    response = requests.get(
        f"{site_url}/@@search",
        params={"SearchableText": "公平", "page": "-1"},
        timeout=30,
    )
    assert response.status_code == 200
    assert "关于维护市场公平竞争秩序的通告" in response.text
    assert "电子办公平台" not in response.text
