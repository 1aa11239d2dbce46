"""适老化 display modes over HTTP: the cookie, the redirect back, the body
classes, and no open redirect."""

from urllib.parse import quote

import pytest
import re
import requests
import transaction


@pytest.fixture
def portal_url(functional_portal):
    transaction.commit()
    return functional_portal.absolute_url()


def switch(session, portal_url, mode, came_from=None):
    url = f"{portal_url}/@@zwgk-display?mode={mode}"
    if came_from is not None:
        url += f"&came_from={quote(came_from, safe='')}"
    return session.get(url, allow_redirects=False, timeout=30)


MODE_CLASSES = {"zwgk-large-text", "zwgk-high-contrast"}


def modes(html):
    """The display-mode classes on the page's body."""
    body = re.search(r"<body[^>]*\bclass=\"([^\"]*)\"", html)[1]
    return set(body.split()) & MODE_CLASSES


def test_larger_text_sets_a_cookie_and_goes_back(portal_url):
    session = requests.Session()
    response = switch(session, portal_url, "large", f"{portal_url}/zwgk?b_start=10")
    assert response.status_code == 303
    assert response.headers["Location"] == f"{portal_url}/zwgk?b_start=10"
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("zwgk_display=large;")
    assert "Path=/plone" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert modes(session.get(portal_url, timeout=30).text) == {"zwgk-large-text"}


def test_modes_combine_and_normal_clears_them(portal_url):
    session = requests.Session()
    switch(session, portal_url, "large", portal_url)
    switch(session, portal_url, "contrast", portal_url)
    assert session.cookies["zwgk_display"] == "contrast-large"
    assert modes(session.get(f"{portal_url}/zcjd", timeout=30).text) == MODE_CLASSES
    switch(session, portal_url, "normal", portal_url)
    assert "zwgk_display" not in session.cookies
    assert modes(session.get(f"{portal_url}/zcjd", timeout=30).text) == set()


def test_no_cookie_no_mode(portal_url):
    assert modes(requests.get(portal_url, timeout=30).text) == set()


def test_a_forged_cookie_adds_no_class(portal_url):
    html = requests.get(
        portal_url, cookies={"zwgk_display": "x-large-evil"}, timeout=30
    ).text
    assert modes(html) == {"zwgk-large-text"}
    assert "evil" not in re.search(r"<body[^>]*>", html)[0]


@pytest.mark.parametrize(
    "came_from",
    [
        "https://example.org/phish",
        "//example.org/phish",
        "javascript:alert(1)",
        "http://localhost:1/other-site",
        "/other/path",
        "",
    ],
)
def test_never_redirects_outside_the_portal(portal_url, came_from):
    response = switch(requests.Session(), portal_url, "large", came_from)
    assert response.status_code == 303
    assert response.headers["Location"] == portal_url


def test_unknown_mode_changes_nothing(portal_url):
    response = switch(requests.Session(), portal_url, "huge", portal_url)
    assert response.status_code == 303
    assert "zwgk_display=large" not in response.headers.get("Set-Cookie", "")


def test_header_links_come_back_to_the_current_page(portal_url):
    html = requests.get(f"{portal_url}/zcjd", timeout=30).text
    came_from = quote(f"{portal_url}/zcjd", safe="")
    for mode, label in (
        ("large", "大字版"),
        ("contrast", "高对比度"),
        ("normal", "标准版"),
    ):
        link = f"{portal_url}/@@zwgk-display?mode={mode}&amp;came_from={came_from}"
        assert link in html
        assert label in html


def test_etag_component_for_caching_rules(portal, http_request):
    from plone.app.caching.interfaces import IETagValue
    from zope.component import getMultiAdapter

    def etag(cookie):
        http_request.cookies["zwgk_display"] = cookie
        return getMultiAdapter((portal, http_request), IETagValue, "zwgkDisplay")()

    assert etag("") == ""
    assert etag("large") == "large"
    assert etag("large-contrast") == "contrast-large"
