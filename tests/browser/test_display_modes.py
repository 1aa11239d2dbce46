"""适老化: larger text and high contrast, chosen once, kept on every page,
without JavaScript."""

import pytest


def font_size(page, selector="body"):
    return page.eval_on_selector(
        selector, "e => parseFloat(getComputedStyle(e).fontSize)"
    )


def body_classes(page):
    return page.eval_on_selector("body", "e => [...e.classList]")


def follow(page, name):
    """Click the link ``name`` and wait for the page it leads to."""
    with page.expect_navigation():
        page.get_by_role("link", name=name, exact=True).first.click()


@pytest.fixture(params=["no-javascript", "javascript"])
def reader(request):
    """Without JavaScript (what the modes are built for), and with it."""
    return request.getfixturevalue(
        "no_js_page" if request.param == "no-javascript" else "page"
    )


def test_larger_text_persists_across_pages(reader, portal_url):
    page = reader
    page.goto(f"{portal_url}/zwgk")
    normal = font_size(page, "#content")
    follow(page, "大字版")
    # back on the page the reader was reading, bigger
    assert page.url == f"{portal_url}/zwgk"
    assert "zwgk-large-text" in body_classes(page)
    assert font_size(page, "#content") >= normal * 1.2
    assert page.get_by_role("link", name="大字版").get_attribute("aria-current")
    # and still so on the next pages
    follow(page, "政策解读")
    assert "zwgk-large-text" in body_classes(page)
    page.goto(f"{portal_url}/zwgk/gkb/2026zwgkgzyd")
    assert "zwgk-large-text" in body_classes(page)
    assert font_size(page, "#content") >= normal * 1.2


def test_high_contrast_persists_and_combines(no_js_page, portal_url):
    page = no_js_page
    page.goto(portal_url)
    follow(page, "大字版")
    follow(page, "高对比度")
    page.goto(f"{portal_url}/zwgk")
    assert {"zwgk-large-text", "zwgk-high-contrast"} <= set(body_classes(page))
    colours = page.eval_on_selector(
        "#content",
        "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]",
    )
    assert colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    link_colour = page.eval_on_selector("#content a", "e => getComputedStyle(e).color")
    assert link_colour == "rgb(255, 255, 0)"


def test_standard_display_turns_the_modes_off(no_js_page, portal_url):
    page = no_js_page
    page.goto(f"{portal_url}/zcjd")
    follow(page, "高对比度")
    assert "zwgk-high-contrast" in body_classes(page)
    follow(page, "标准版")
    assert page.url == f"{portal_url}/zcjd"
    assert not {"zwgk-large-text", "zwgk-high-contrast"} & set(body_classes(page))
    page.goto(portal_url)
    assert "zwgk-high-contrast" not in body_classes(page)


def test_no_open_redirect(page, portal_url):
    page.goto(f"{portal_url}/@@zwgk-display?mode=large&came_from=https://example.org/x")
    assert page.url.rstrip("/") == portal_url
    assert "zwgk-large-text" in body_classes(page)
