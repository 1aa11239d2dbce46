"""axe-core in headless Chromium: no serious or critical violation on the
pages citizens use most, in the standard and the 适老化 displays."""

import pytest


PAGES = {
    "home": "",
    "section": "/zwgk",
    "directory-table": "/zwgk/czj/czyjs",
    "information": "/zwgk/gkb/2026zwgkgzyd",
    "unit": "/zwgk/gkb",
    "guide": "/zwgk/@@disclosure-guide",
    "unit-guide": "/zwgk/jqz/@@disclosure-guide",
    "rules": "/zwgk/@@disclosure-rules",
    "proactive": "/zwgk/@@proactive",
    "annual-reports": "/zwgk/@@annual-reports",
    "directories": "/zwgk/@@directories",
    "interpretation-section": "/zcjd",
    "search-results": "/@@zwgk-search?SearchableText=低保",
    "application-form": "/@@apply",
    "application-status": "/@@application-status",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_serious_violations(page, portal_url, axe_violations, path):
    page.goto(portal_url + path)
    assert axe_violations(page) == []


@pytest.mark.parametrize("modes", ["large", "contrast"])
def test_no_serious_violations_in_display_modes(
    page, portal_url, axe_violations, modes
):
    page.goto(f"{portal_url}/@@zwgk-display?mode={modes}&came_from={portal_url}")
    assert axe_violations(page) == []
    page.goto(f"{portal_url}/zwgk/gkb/2026zwgkgzyd")
    assert axe_violations(page) == []


def test_phone_home_page(phone_page, portal_url, axe_violations):
    phone_page.goto(portal_url)
    assert axe_violations(phone_page) == []
