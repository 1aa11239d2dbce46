"""On a 375px phone: no sideways scrolling, and the sections are one tap away
(no menu button that needs JavaScript)."""

from browser.test_navigation import SECTIONS

import pytest


PAGES = [
    "",
    "/zwgk",
    "/zwgk/czj/czyjs",
    "/zwgk/gkb/2026zwgkgzyd",
    "/zwgk/gkb",
]


def horizontal_overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scroll(phone_page, portal_url, path):
    phone_page.goto(portal_url + path)
    assert horizontal_overflow(phone_page) == 0


def test_sections_visible_and_usable_on_a_phone(phone_page, portal_url):
    page = phone_page
    page.goto(portal_url)
    nav = page.get_by_role("navigation", name="主导航")
    links = nav.get_by_role("link")
    assert links.all_inner_texts() == SECTIONS
    for link in links.all():
        assert link.is_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
        assert box["height"] >= 24  # a finger can hit it
    with page.expect_navigation():
        nav.get_by_role("link", name="办事服务").tap()
    assert page.locator("h1").inner_text() == "办事服务"
    assert horizontal_overflow(page) == 0


def test_phone_search_and_display_links(phone_page, portal_url):
    page = phone_page
    page.goto(f"{portal_url}/zwgk")
    assert page.locator("#zwgk-header-search").is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="大字版").tap()
    assert "zwgk-large-text" in page.eval_on_selector("body", "e => e.className")
    assert horizontal_overflow(page) == 0
