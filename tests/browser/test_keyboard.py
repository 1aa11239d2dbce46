"""Everything reachable by keyboard, and the reader sees where the focus is."""

from browser.test_navigation import SECTIONS


def tab_until(page, predicate, limit=60):
    """Press Tab until ``predicate(focused element info)`` holds; the stops."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
              const e = document.activeElement;
              const s = getComputedStyle(e);
              return {
                tag: e.tagName, id: e.id, text: (e.innerText || '').trim(),
                nav: !!e.closest('#zwgk-nav'),
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                shadow: s.boxShadow !== 'none',
              };
            }"""
        )
        stops.append(info)
        if predicate(info):
            break
    return stops


def test_tab_reaches_skip_link_search_box_and_every_section(page, portal_url):
    page.goto(portal_url)
    stops = tab_until(page, lambda i: i["nav"] and i["text"] == SECTIONS[-1])
    assert stops[0]["text"] == "跳到主要内容"
    assert "zwgk-header-search" in [s["id"] for s in stops]
    assert [s["text"] for s in stops if s["nav"]] == SECTIONS


def test_focus_is_visible(page, portal_url):
    page.goto(portal_url)
    stops = tab_until(page, lambda i: i["nav"] and i["text"] == "政务公开")
    for stop in stops:
        assert stop["outline"] or stop["shadow"], stop


def test_skip_link_moves_to_the_content(page, portal_url):
    page.goto(f"{portal_url}/zwgk")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")
    page.keyboard.press("Tab")
    assert page.evaluate(
        "!!document.activeElement.closest('#content, #portal-column-content')"
    )


def test_enter_on_a_section_opens_it(page, portal_url):
    page.goto(portal_url)
    tab_until(page, lambda i: i["nav"] and i["text"] == "公众参与")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{portal_url}/gzcy"
    assert page.locator("h1").inner_text() == "公众参与"


def test_home_search_box_is_reachable(page, portal_url):
    page.goto(portal_url)
    stops = tab_until(page, lambda i: i["id"] == "zwgk-home-search")
    assert stops[-1]["id"] == "zwgk-home-search"
