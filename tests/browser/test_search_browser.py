"""智能查询 in a real browser: search from the header, narrow by a facet."""

import re


def test_search_then_click_a_facet(page, portal_url):
    page.goto(portal_url)
    page.locator("#zwgk-header-search").fill("低保")
    page.locator("#zwgk-header-search").press("Enter")
    page.wait_for_url(re.compile(r"@@zwgk-search\?"))
    results = page.locator(".zwgk-result-list > li")
    assert results.count() >= 1
    assert "最低生活保障" in page.locator(".zwgk-result-list").inner_text() or (
        "低保" in page.locator(".zwgk-result-list").inner_text()
    )
    total_before = results.count()

    facet = page.locator(".zwgk-facet-portal_type a").first
    label = facet.inner_text()
    expected = int(facet.locator(".badge").inner_text())
    facet.click()
    page.wait_for_load_state()
    # the choice is in the URL (shareable) and marked on the page
    assert "portal_type=" in page.url
    chosen = page.locator(".zwgk-facet-portal_type a[aria-current='true']")
    assert chosen.inner_text() == label
    assert page.locator(".zwgk-result-list > li").count() == min(expected, 20)
    assert expected <= total_before or total_before == 20

    page.go_back()
    page.wait_for_url(re.compile(r"SearchableText="))
    assert "portal_type=" not in page.url


def test_a_shared_search_url_opens_the_same_results(page, portal_url):
    page.goto(f"{portal_url}/@@zwgk-search?SearchableText=预算&sort_on=date")
    first = page.locator(".zwgk-result-list > li").first.inner_text()
    page.goto(f"{portal_url}/@@zwgk-search?SearchableText=预算&sort_on=date")
    assert page.locator(".zwgk-result-list > li").first.inner_text() == first
    assert page.locator(".zwgk-sort a[aria-current='true']").count() == 1
