"""Malformed search parameters answer 400 with a Chinese message, not 500.

``@search`` (plone.restapi) with ``NOT`` or ``%00`` in SearchableText or
zwgk_text still answers 500: the ZCTextIndex query parser raises
ParseError there, inside Plone's own service.
"""

from zwgk.testing import assert_bad_request

import pytest
import requests


@pytest.fixture
def site_url(functional_portal):
    return functional_portal.absolute_url()


@pytest.mark.parametrize(
    "query",
    [
        "SearchableText=%ff%fe",
        "SearchableText=a&SearchableText=b",
        "SearchableText=%00",
        "validity=%ff",
        "disclosure_area:list=%ff",
    ],
)
def test_search_page_refuses_malformed_parameters(site_url, query):
    assert_bad_request(requests.get(f"{site_url}/@@search?{query}", timeout=30))


@pytest.mark.parametrize("query", ["SearchableText=%ff%fe", "validity=%ff"])
def test_facets_service_refuses_malformed_parameters(site_url, query):
    answer = requests.get(
        f"{site_url}/@zwgk-facets?{query}",
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert_bad_request(answer)


@pytest.mark.parametrize(
    "query", ["SearchableText=NOT", "SearchableText=a%20AND", "page=%C2%B2"]
)
def test_what_a_citizen_may_type_still_searches(site_url, query):
    assert requests.get(f"{site_url}/@@search?{query}", timeout=30).status_code == 200
