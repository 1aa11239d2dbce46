"""The portal pages, without JavaScript: section, consultation, form, staff."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import PASSWORD
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import UNITS
from zwgk.testing.participation import make_consultation
from zwgk.testing.participation import staffed_unit

import pytest
import re
import requests
import transaction


TOKEN = re.compile(r'name="_authenticator"[^>]*value="([^"]+)"')
HEARING = date.today() + timedelta(days=20)  # the live stream is still ahead
EVENT = {
    "method": "hearing",
    "title": "老旧小区改造方案听证会",
    "date": HEARING.isoformat(),
    "time": "09:30",
    "place": "经开区管委会三楼会议室",
    "attendees": "居民代表12人、人大代表2人",
    "live_url": "https://live.example.org/tingzheng",
    "live_start": f"{HEARING.isoformat()}T09:30",
    "live_end": f"{HEARING.isoformat()}T11:30",
}


@pytest.fixture
def site(functional_portal, monkeypatch):
    portal = functional_portal
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    if "gzcy" not in portal:
        api.content.create(container=portal, type="Folder", id="gzcy", title="公众参与")
    portal["gzcy"].setLayout("public-participation")
    units = {spec[0]: staffed_unit(portal, *spec) for spec in UNITS}
    czj = units["czj"]
    found = {
        "open": make_consultation(czj, id="open", events=[EVENT]),
        "closed": make_consultation(
            czj,
            id="closed",
            title="关于已截止事项的意见征集",
            start=TODAY - timedelta(60),
            end=TODAY - timedelta(20),
        ),
        "answered": make_consultation(
            czj,
            id="answered",
            title="关于已反馈事项的意见征集",
            start=TODAY - timedelta(100),
            end=TODAY - timedelta(60),
        ),
        "short": make_consultation(
            units["jqz"],
            id="short",
            title="关于汛期排涝方案的紧急意见征集",
            start=TODAY - timedelta(2),
            end=TODAY + timedelta(10),
            short_period_reason="汛期临近，须尽快出台",
        ),
    }
    answered = found["answered"]
    answered.feedback_published = TODAY - timedelta(30)
    answered.feedback_summary = "共收到意见0条。"
    answered.reindexObject()
    api.content.create(
        container=found["open"],
        type="File",
        id="draft-pdf",
        title="征求意见稿全文",
        file=NamedBlobFile(b"%PDF-1.4\n%%EOF\n", filename="征求意见稿.pdf"),
    )
    transaction.commit()
    return {"portal": portal, "url": portal.absolute_url(), "units": units, **found}


def staff(user):
    session = requests.Session()
    session.auth = (user, PASSWORD)
    return session


def get(session, url, **params):
    answer = session.get(url, params=params, timeout=30)
    return answer


def test_section_lists_open_first_then_awaiting_feedback_then_answered(site):
    page = requests.get(f"{site['url']}/gzcy", timeout=30).text
    order = [
        page.index(text)
        for text in (
            "正在征求意见",
            "汛期排涝",  # closes in 10 days: before the one with 25 days left
            "老旧小区改造",
            "已截止，待反馈采纳情况",
            "已截止事项",
            "已反馈采纳情况",
            "已反馈事项",
        )
    ]
    assert order == sorted(order)
    assert "还剩10天" in page and "还剩24天" in page


def test_home_page_shows_open_consultations(site):
    page = requests.get(site["url"], timeout=30).text
    block = page[page.index('id="zwgk-open-consultations"') :]
    block = block[: block.index("</section>")]
    assert "老旧小区改造" in block and "汛期排涝" in block
    assert "已截止事项" not in block
    assert "目前没有正在征求意见" not in block


def test_consultation_page_shows_draft_explanation_files_events(site):
    page = requests.get(f"{site['url']}/czj/open", timeout=30).text
    for text in (
        "征求意见稿",
        "第一条 为推进老旧小区改造",
        "起草说明：背景和依据",
        "征求意见稿.pdf",
        "老旧小区改造方案听证会",
        "经开区管委会三楼会议室",
        "直播预告",
        "gzcy@example.org",
        "征集中",
        'name="website"',
    ):
        assert text in page, text
    assert "工作人员操作" not in page


def test_a_short_period_shows_its_reason(site):
    page = requests.get(f"{site['url']}/jqz/short", timeout=30).text
    assert "本次征求意见期限为13日，少于30日" in page
    assert "汛期临近，须尽快出台" in page


def post_comment(session, url, token_from=None, **data):
    form = session.get(token_from or url, timeout=30).text
    found = TOKEN.search(form)
    fields = {
        "_authenticator": found.group(1) if found else "",
        "form.submitted": "1",
        "website": "",
        **data,
    }
    return session.post(url, data=fields, timeout=30, allow_redirects=False)


def test_form_without_javascript_then_moderation_then_public(site):
    url = f"{site['url']}/czj/open"
    citizen = requests.Session()
    answer = post_comment(
        citizen,
        url,
        name="张三",
        email="zhangsan@example.org",
        phone="13800138000",
        text="建议在改造中增设电梯。",
    )
    assert answer.status_code == 303
    page = citizen.get(answer.headers["Location"], timeout=30).text
    assert "您的意见已提交" in page and "YJ-" in page
    assert "建议在改造中增设电梯" not in page  # pending
    # staff of the unit see it in the queue with the contact data
    queue = get(staff("czj-editor"), f"{site['url']}/czj/@@comment-moderation").text
    assert "建议在改造中增设电梯" in queue and "zhangsan@example.org" in queue
    transaction.begin()
    (made,) = comments.all_comments(site["open"])
    # another unit's staff may not
    other = staff("jqz-editor").get(
        f"{url}/@@comment-moderation", timeout=30, allow_redirects=False
    )
    assert other.status_code == 302 and "require_login" in other.headers["Location"]
    empty = get(staff("jqz-editor"), f"{site['url']}/jqz/@@comment-moderation").text
    assert "建议在改造中增设电梯" not in empty
    session = staff("czj-reviewer")
    queue = session.get(f"{url}/@@comment-moderation", timeout=30).text
    token = TOKEN.search(queue).group(1)
    done = session.post(
        f"{url}/@@comment-moderation",
        data={
            "_authenticator": token,
            "ids:list": f"{site['open'].UID()}:{made.key}",
            "action": "approve",
        },
        timeout=30,
    )
    assert done.status_code == 200 and "已通过1条意见" in done.text
    public = requests.get(url, timeout=30).text
    assert "建议在改造中增设电梯" in public
    assert "张**" in public and "张三" not in public
    assert "zhangsan@example.org" not in public and "13800138000" not in public


def test_form_errors_keep_the_input_and_save_nothing(site):
    url = f"{site['url']}/czj/open"
    answer = post_comment(
        requests.Session(), url, email="bad", text="<script>alert(1)</script>"
    )
    assert answer.status_code == 400
    assert "意见未提交" in answer.text
    assert "电子邮箱格式不正确" in answer.text and "纯文本" in answer.text
    transaction.begin()
    assert comments.count(site["open"]) == 0


def test_form_without_a_csrf_token_is_refused(site):
    url = f"{site['url']}/czj/open"
    answer = requests.post(
        url, data={"form.submitted": "1", "text": "没有令牌的意见"}, timeout=30
    )
    assert answer.status_code == 403
    transaction.begin()
    assert comments.count(site["open"]) == 0


def test_closed_consultation_has_no_form_and_refuses_a_post(site):
    url = f"{site['url']}/czj/closed"
    page = requests.get(url, timeout=30).text
    assert "不再接受意见" in page
    assert 'name="form.submitted"' not in page
    # the form's token from a page that has the form
    opened = f"{site['url']}/czj/open"
    answer = post_comment(
        requests.Session(), url, token_from=opened, text="截止后提交的意见"
    )
    assert answer.status_code == 409
    assert "不再接受意见" in answer.text
    transaction.begin()
    assert comments.count(site["closed"]) == 0


def test_staff_pages_for_the_unit(site):
    session = staff("czj-approver")
    url = f"{site['url']}/czj"
    due = get(session, f"{url}/@@feedback-due").text
    assert "关于已截止事项的意见征集" in due and ">20<" in due
    assert "已反馈事项" not in due and "老旧小区" not in due
    for view in ("comment-adoption", "participation-feedback", "register-comment"):
        assert get(session, f"{url}/closed/@@{view}").status_code == 200, view
    export = get(session, f"{url}/open/@@comment-export", format="csv")
    assert export.headers["Content-Type"].startswith("text/csv")
    assert export.content.decode("utf-8-sig").startswith("意见编号,提交时间")
