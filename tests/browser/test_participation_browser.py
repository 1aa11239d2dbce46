"""公众参与 in a real browser: a citizen comments, staff approve it, it
appears; the feedback is published; axe-core on the section, a consultation
and the form; the form without JavaScript."""

import pytest
import re


OPEN = "/zwgk/gkb/lxgzfa-zqyj"  # the demo's open consultation (the office's)
CLOSED = "/zwgk/jqz/rjhj-zqyj"  # closed, awaiting feedback (蛟桥镇)
PASSWORD = "zwgk-demo"
TEXT = "建议在小区改造时同步建设无障碍坡道，方便坐轮椅的居民出行。"


def log_in(page, portal_url, user):
    page.goto(f"{portal_url}/login")
    page.locator("input[name='__ac_name']").fill(user)
    page.locator("input[name='__ac_password']").fill(PASSWORD)
    with page.expect_navigation():
        page.locator(
            "#login-form button[type='submit'], form button[name='buttons.login']"
        ).first.click()


def log_out(page):
    page.context.clear_cookies()


def comment_as_citizen(page, portal_url, text):
    page.goto(f"{portal_url}/gzcy")
    page.get_by_role("link", name=re.compile("老旧小区改造三年行动方案")).first.click()
    page.wait_for_load_state()
    assert page.url.endswith(OPEN)
    page.get_by_label("姓名").fill("李小红")
    page.get_by_label(re.compile("^意见建议")).fill(text)
    with page.expect_navigation():
        page.get_by_role("button", name="提交意见").click()
    assert "您的意见已提交" in page.locator("#global_statusmessage").inner_text()


def test_a_citizen_comments_staff_approve_it_it_appears(page, portal_url):
    comment_as_citizen(page, portal_url, TEXT)
    assert TEXT not in page.locator("#comments").inner_text()  # pending

    log_in(page, portal_url, "gkb-reviewer")
    page.goto(f"{portal_url}/zwgk/gkb/@@comment-moderation")
    row = page.locator("tr", has_text=TEXT)
    assert "李小红" in row.inner_text()  # staff see who sent it
    row.get_by_role("checkbox").check()
    form = page.locator("form", has=row)
    with page.expect_navigation():
        form.get_by_role("button", name="通过", exact=True).click()
    assert "已通过1条意见" in page.locator("#global_statusmessage").inner_text()

    log_out(page)
    page.goto(portal_url + OPEN)
    comments = page.locator("#comments")
    assert TEXT in comments.inner_text()
    assert "李**" in comments.inner_text() and "李小红" not in page.content()


def test_staff_record_the_adoption_and_publish_the_feedback(page, portal_url):
    log_in(page, portal_url, "jqz-approver")
    page.goto(f"{portal_url}{CLOSED}/@@comment-adoption")
    for row in page.locator(".zwgk-adoption-table tbody tr").all():
        select = row.locator("select")
        if not select.input_value():
            select.select_option(label="采纳")
    with page.expect_navigation():
        page.get_by_role("button", name="保存采纳情况").click()
    assert (
        "已保存2条意见的采纳情况" in page.locator("#global_statusmessage").inner_text()
    )

    page.goto(f"{portal_url}{CLOSED}/@@participation-feedback")
    assert page.locator(".zwgk-feedback-problems").count() == 0
    page.get_by_label("采纳情况说明（概述）").fill("经研究，采纳3条，部分采纳1条。")
    with page.expect_navigation():
        page.get_by_role("button", name="发布采纳情况说明").click()

    log_out(page)
    page.goto(portal_url + CLOSED)
    feedback = page.locator("#feedback")
    assert "经研究，采纳3条，部分采纳1条。" in feedback.inner_text()
    assert page.locator(".zwgk-consultation-state .zwgk-state").inner_text() == "已反馈"
    page.goto(f"{portal_url}/gzcy")
    answered = page.locator("#zwgk-consultations-answered").inner_text()
    assert "农村人居环境整治提升方案" in answered


def test_the_form_works_without_javascript(no_js_page, portal_url):
    page = no_js_page
    page.goto(portal_url + OPEN)
    page.locator("#comment-text").fill("没有脚本也能提交意见。")
    with page.expect_navigation():
        page.locator("form.zwgk-comment-form button[type='submit']").click()
    assert "您的意见已提交" in page.content()


PAGES = {
    "section": "/gzcy",
    "open-consultation": OPEN,
    "closed-consultation": CLOSED,
    "answered-consultation": "/zwgk/gkb/tcgl-zqyj",
    "participation-list": "/zwgk/gkb/2026zdjcqd",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_serious_violations(page, portal_url, axe_violations, path):
    page.goto(portal_url + path)
    assert axe_violations(page) == []


def test_no_serious_violations_on_the_form_with_errors(
    page, portal_url, axe_violations
):
    page.goto(portal_url + OPEN)
    page.locator("#comment-email").fill("不是邮箱")
    page.locator("#comment-text").evaluate("e => e.removeAttribute('required')")
    page.locator("#comment-email").evaluate("e => e.setAttribute('type', 'text')")
    with page.expect_navigation():
        page.get_by_role("button", name="提交意见").click()
    assert "请填写意见建议" in page.locator("#comment-form").inner_text()
    assert axe_violations(page) == []
