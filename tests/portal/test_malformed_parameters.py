"""Malformed parameters of the portal's pages answer 400 in Chinese, not 500."""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.testing import assert_bad_request
from zwgk.testing import create_finance_unit

import pytest
import requests
import transaction


@pytest.fixture
def site_url(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal)
    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")
    transaction.commit()
    return portal.absolute_url()


@pytest.mark.parametrize(
    "path",
    [
        "@@proactive?by:list=a",
        "@@proactive?by=area&by=category",
        "@@proactive?category=%ff",
        "@@proactive?category=regulations&b_start=%C2%B2",
        "@@zwgk-display?mode:list=large",
        "@@zwgk-display?mode=%ff",
        "@@zwgk-display?mode=large&came_from:list=x",
        "@@directories?area=%ff",
        "@@validity-cleanup?year=" + "9" * 5000,
        "@@validity-cleanup?year:list=2026",
        "@@application-status?number=%ff&code=%fe",
        "@@application-status?number=a&code:list=b",
        "czj/czyjs/@@directory-export?format:list=csv",
        "czj/@@directory-versions?directory:list=czyjs",
        "zcjd?b_start:list=1",
    ],
)
def test_pages_refuse_malformed_parameters(site_url, path):
    assert_bad_request(requests.get(f"{site_url}/{path}", timeout=30))


def test_rest_export_refuses_a_repeated_format(site_url):
    answer = requests.get(
        f"{site_url}/czj/czyjs/@directory-export?format:list=csv",
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert_bad_request(answer)


@pytest.mark.parametrize(
    "path",
    [
        "@@proactive?by=area",
        "@@zwgk-display?mode=large",
        "czj/czyjs/@@directory-export?format=csv",
        "@@validity-cleanup?year=2026",
    ],
)
def test_well_formed_parameters_still_work(site_url, path):
    answer = requests.get(f"{site_url}/{path}", timeout=30, allow_redirects=False)
    assert answer.status_code in (200, 303), answer.text[:300]
