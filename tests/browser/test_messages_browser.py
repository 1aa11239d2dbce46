"""网民留言 in a real browser: a citizen sends a message with the form, the
office and the unit answer it, and the citizen reads the published answer
in 互动交流 and with the query code; axe-core finds nothing serious."""

from plone import api
from zope.component.hooks import setSite

import re
import transaction


SUBJECT = "蛟桥镇某路口红绿灯时间太短"
ANSWER = "经现场核查，已将该路口行人绿灯时间由20秒调整为35秒。"


def answer_and_publish(portal, number):
    """The office hands the message to 蛟桥镇, which answers; the office
    approves and publishes it (the writer agreed)."""
    from zwgk.citizen_messages.handling import transition
    from zwgk.citizen_messages.intake import find

    setSite(portal)
    transaction.begin()
    message = find(number)
    steps = (
        ("gkb-approver", "hand_over", {"unit": portal.zwgk.jqz.UID()}),
        ("jqz-editor", "submit_answer", {"answer": ANSWER}),
        ("gkb-approver", "approve", {}),
        ("gkb-approver", "publish", {}),
    )
    for user, name, fields in steps:
        with api.env.adopt_user(username=user):
            transition(message, name, **fields)
    transaction.commit()


def test_send_a_message_and_read_its_published_answer(
    page, portal_url, browser_site, axe_violations
):
    from zwgk.citizen_messages.public import SUBMISSIONS

    SUBMISSIONS.reset()
    page.goto(f"{portal_url}/hdjl")
    page.get_by_role("link", name="我要留言").click()
    assert axe_violations(page) == []
    page.get_by_label("投诉").check()
    page.get_by_role("textbox", name="留言标题").fill(SUBJECT)
    page.get_by_role("textbox", name="留言内容").fill(
        "行人绿灯只有二十秒，老人过马路走不完，建议延长。"
    )
    page.get_by_role("textbox", name="姓名", exact=True).fill("赵敏")
    page.get_by_role("textbox", name="联系电话或电子邮箱").fill("13900002001")
    page.get_by_label("同意公开（不公开姓名和联系方式）").check()
    page.get_by_role("button", name="提交留言").click()
    receipt = page.locator(".zwgk-message-receipt")
    number = receipt.locator(".zwgk-tracking-number").inner_text().strip()
    code = receipt.locator(".zwgk-query-code").inner_text().strip()
    assert re.fullmatch(r"LY-\d{8}-[A-Z2-9]{4}", number)
    assert axe_violations(page) == []

    answer_and_publish(browser_site["portal"], number)

    page.goto(f"{portal_url}/hdjl")
    entry = page.locator(f"#message-{number}")
    assert SUBJECT in entry.inner_text()
    assert ANSWER in entry.inner_text()
    assert "赵敏" not in page.content() and "13900002001" not in page.content()
    assert axe_violations(page) == []

    page.get_by_role("link", name="留言查询").click()
    page.get_by_label("留言编号").fill(number)
    page.get_by_label("查询码").fill(code)
    page.get_by_role("button", name="查询").click()
    status = page.locator(".zwgk-message-status")
    assert "已答复并公开" in status.inner_text()
    assert ANSWER in status.inner_text()
    assert axe_violations(page) == []
    page.get_by_label("满意", exact=True).check()
    page.get_by_role("button", name="提交评价").click()
    assert "感谢您的评价" in page.content()
