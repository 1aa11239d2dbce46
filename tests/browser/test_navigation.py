"""A citizen finds their way: the main navigation, the home page, a unit's
directory and an information page with its attachment."""

from pathlib import Path
from zwgk.testing import ATTACHMENT_FILENAME
from zwgk.testing import ATTACHMENT_PARENT

import re


SECTIONS = ["首页", "政务公开", "政策解读", "公众参与", "办事服务", "互动交流", "专题"]


def main_nav(page):
    return page.get_by_role("navigation", name="主导航")


def test_main_navigation_lists_the_sections_in_order(page, portal_url):
    page.goto(portal_url)
    links = main_nav(page).get_by_role("link")
    assert links.all_inner_texts() == SECTIONS


def test_each_section_opens_from_the_main_navigation(page, portal_url):
    page.goto(portal_url)
    for title in SECTIONS[1:]:
        with page.expect_navigation():
            main_nav(page).get_by_role("link", name=title, exact=True).click()
        assert page.locator("h1").inner_text() == title
        # the reader sees where they are: the section is marked, and the crumbs
        current = main_nav(page).locator("a[aria-current]")
        assert current.all_inner_texts() == [title]
        crumbs = page.locator("#portal-breadcrumbs").inner_text()
        assert "首页" in crumbs
        assert title in crumbs


def test_home_page(page, portal_url):
    page.goto(portal_url)
    assert page.title().startswith("南昌经济技术开发区")
    header = page.locator("#zwgk-header")
    assert "南昌经济技术开发区" in header.inner_text()
    assert "政府信息公开平台" in header.inner_text()
    assert main_nav(page).locator("a[aria-current]").all_inner_texts() == ["首页"]

    latest = page.locator("#zwgk-latest-disclosures")
    assert latest.get_by_role("heading").inner_text() == "最新公开"
    dates = latest.locator("time").all_inner_texts()
    assert len(dates) == 8
    assert dates == sorted(dates, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)

    interpretations = page.locator("#zwgk-latest-interpretations")
    assert "政策解读" in interpretations.inner_text()
    consultations = page.locator("#zwgk-open-consultations")
    assert "目前没有正在征求意见的决策事项" in consultations.inner_text()

    entries = page.get_by_role("navigation", name="便民入口")
    application = entries.get_by_role("link", name=re.compile("依申请公开"))
    assert application.get_attribute("href") == (f"{portal_url}/@@apply")
    services = entries.get_by_role("link", name=re.compile("办事服务"))
    assert services.get_attribute("href") == f"{portal_url}/bsfw"

    footer = page.locator("#portal-footer-wrapper")
    for text in ("主办单位", "承办单位", "网站标识码", "ICP备案号", "公安机关备案号"):
        assert text in footer.inner_text()


def test_home_search_box_asks_the_search_page(page, portal_url):
    page.goto(portal_url)
    form = page.locator("form.zwgk-search-large")
    assert form.get_attribute("action") == f"{portal_url}/@@zwgk-search"
    assert form.get_attribute("method") == "get"
    page.get_by_role("searchbox", name="关键词").fill("低保")
    with page.expect_navigation(url=re.compile(r"@@zwgk-search\?")):
        form.get_by_role("button", name="搜索").click()
    assert "SearchableText=%E4%BD%8E%E4%BF%9D" in page.url
    assert page.locator("h1").inner_text() == "智能查询"


def test_latest_disclosure_opens(page, portal_url):
    page.goto(portal_url)
    first = page.locator("#zwgk-latest-disclosures li a").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.locator("h1").inner_text() == title
    assert "索引号" in page.locator("#content").inner_text()


def test_directory_page_shows_its_table(page, portal_url):
    page.goto(f"{portal_url}/zwgk/czj")
    with page.expect_navigation():
        page.get_by_role(
            "link", name="经开区财政预决算领域基层政务公开标准目录"
        ).click()
    table = page.locator("#content table").filter(has_text="一级事项").first
    headers = table.locator("th").all_inner_texts()
    for column in ("序号", "一级事项", "公开依据", "公开时限", "公开主体"):
        assert column in headers
    assert table.locator("tbody tr").count() > 3


def test_attachment_downloads_with_its_chinese_name(page, portal_url):
    page.goto(f"{portal_url}/{ATTACHMENT_PARENT}")
    link = page.locator("#content").get_by_role(
        "link", name=ATTACHMENT_FILENAME.rsplit(".", 1)[0]
    )
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == ATTACHMENT_FILENAME
    assert download.value.path().read_bytes().startswith(b"%PDF")


def test_home_page_screenshots(page, phone_page, portal_url):
    """Desktop and phone pictures of the home page in test-results/ for a
    person to look at (CI keeps them); the phone one must not scroll sideways."""
    out = Path(__file__).resolve().parents[2] / "test-results"
    out.mkdir(exist_ok=True)
    page.goto(portal_url)
    page.screenshot(path=out / "home-desktop.png", full_page=True)
    phone_page.goto(portal_url)
    phone_page.screenshot(path=out / "home-phone.png", full_page=True)
    assert (out / "home-desktop.png").stat().st_size > 10_000
    assert phone_page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
