"""@citizen-messages and the portal pages over HTTP: schema, submit, bad
input, status, rating, the 互动交流 list; privacy for Anonymous and other units."""

from plone import api
from zwgk.citizen_messages.intake import find
from zwgk.citizen_messages.intake import register
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing.citizen_messages import act
from zwgk.testing.citizen_messages import body
from zwgk.testing.citizen_messages import fresh_limits  # noqa: F401
from zwgk.testing.citizen_messages import staffed

import email
import pytest
import re
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
TOKEN = re.compile(r'name="_authenticator"[^>]*value="([^"]+)"')
NAME, PHONE = "李四", "13800138000"


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, jqz = staffed(portal)
    from zwgk.setuphandlers.district import ensure_folder

    ensure_folder(
        portal, {"id": "hdjl", "title": "互动交流", "layout": "published-messages"}
    )
    transaction.commit()
    return {
        "portal": portal,
        "url": portal.absolute_url(),
        "rest": f"{portal.absolute_url()}/@citizen-messages",
        "czj": czj,
        "jqz": jqz,
    }


def stored(site):
    transaction.begin()
    return len(register().numbers)


def post(site, data):
    return requests.post(site["rest"], json=data, headers=JSON, timeout=30)


def submitted(site, **changes):
    answer = post(site, body(**changes))
    assert answer.status_code == 201, answer.text
    found = answer.json()
    transaction.begin()
    return find(found["tracking_number"]), found["query_code"]


def published(site, **changes):
    """A message handed to 财政局, answered, approved and (with consent) published."""
    message, code = submitted(site, **changes)
    act(message, "office", "hand_over", unit=site["czj"].UID())
    act(
        message,
        "czj-editor",
        "submit_answer",
        answer="路灯由区城管局负责，已安排维修。",
    )
    act(message, "office", "approve")
    if message.consent:
        act(message, "office", "publish")
    transaction.commit()
    return message, code


def test_schema_describes_the_form_in_chinese(site):
    schema = requests.get(site["rest"], headers=JSON, timeout=30).json()
    assert schema["title"] == "网民留言"
    assert schema["required"] == [
        "kind",
        "subject",
        "body",
        "name",
        "contact",
        "consent",
    ]
    kind = schema["properties"]["kind"]
    assert kind["title"] == "留言类型"
    assert {"token": "complaint", "title": "投诉"} in kind["vocabulary"]
    assert schema["properties"]["body"]["maxLength"] == 2000


def test_submit_and_follow(site):
    answer = post(site, body())
    assert answer.status_code == 201
    number, code = answer.json()["tracking_number"], answer.json()["query_code"]
    assert number.startswith("LY-")
    status = requests.get(
        f"{site['rest']}/{number}", headers=JSON, params={"code": code}, timeout=30
    ).json()
    assert status["state"] == {"token": "screening", "title": "待审看"}
    assert NAME not in str(status) and PHONE not in str(status)
    wrong = requests.get(
        f"{site['rest']}/{number}", headers=JSON, params={"code": "X"}, timeout=30
    )
    assert wrong.status_code == 404
    assert wrong.json()["message"] == "留言编号或查询码不正确"


@pytest.mark.parametrize(
    "changes,field,text",
    [
        ({"name": ""}, "name", "请填写姓名"),
        ({"contact": "随便"}, "contact", "请填写有效的联系电话或电子邮箱"),
        ({"contact": None}, "contact", "请填写联系电话或电子邮箱"),
        ({"kind": "praise"}, "kind", "留言类型“praise”不在可选值中"),
        ({"consent": None}, "consent", "请选择是否同意公开"),
        ({"body": "字" * 2001}, "body", "留言内容不能超过2000个字"),
        ({"body": "太短"}, "body", "留言内容不能少于5个字"),
        ({"subject": "标题\x07"}, "subject", "留言标题含有无效字符"),
        ({"subject": 12}, "subject", "留言标题应为文字"),
    ],
)
def test_bad_input_is_refused_in_chinese_and_nothing_saved(site, changes, field, text):
    answer = post(site, body(**changes))
    assert answer.status_code == 400
    assert answer.json()["errors"][field] == text
    assert stored(site) == 0


def test_not_json_and_the_honeypot_are_refused(site):
    answer = requests.post(site["rest"], data="nonsense", headers=JSON, timeout=30)
    assert answer.status_code == 400
    assert post(site, body(website="http://spam")).status_code == 400
    assert stored(site) == 0


def test_the_hourly_limit(site):
    api.portal.set_registry_record("zwgk.citizen_messages.submissions_per_hour", 2)
    transaction.commit()
    assert [post(site, body()).status_code for _ in range(3)] == [201, 201, 429]
    assert stored(site) == 2


def test_the_writer_rates_the_answer_once(site):
    message, code = published(site)
    url = f"{site['rest']}/{message.tracking_number}/rating"
    early = requests.post(
        url, json={"code": "WRONG", "rating": "satisfied"}, headers=JSON, timeout=30
    )
    assert early.status_code == 404
    bad = requests.post(
        url, json={"code": code, "rating": "great"}, headers=JSON, timeout=30
    )
    assert bad.status_code == 400
    assert bad.json()["errors"]["rating"] == "请选择满意、基本满意或不满意"
    good = requests.post(
        url, json={"code": code, "rating": "satisfied"}, headers=JSON, timeout=30
    )
    assert good.status_code == 200
    assert good.json()["rating"]["title"] == "满意"
    again = requests.post(
        url, json={"code": code, "rating": "dissatisfied"}, headers=JSON, timeout=30
    )
    assert again.status_code == 400
    assert again.json()["errors"]["rating"] == "已经评价过，不能重复评价"


def test_form_without_javascript(site):
    session = requests.Session()
    page = session.get(f"{site['url']}/@@leave-message", timeout=30).text
    assert "联系电话或电子邮箱" in page and 'name="website"' in page
    data = body() | {"_authenticator": TOKEN.search(page).group(1), "website": ""}
    answer = session.post(f"{site['url']}/@@leave-message", data=data, timeout=30)
    assert answer.status_code == 200
    number = re.search(r'zwgk-tracking-number">([^<]+)<', answer.text).group(1)
    code = re.search(r'zwgk-query-code">([^<]+)<', answer.text).group(1)
    status = session.post(
        f"{site['url']}/@@message-status",
        data={"number": number, "code": code},
        timeout=30,
    )
    assert "待审看" in status.text
    bad = body(name="") | {"_authenticator": TOKEN.search(page).group(1)}
    refused = session.post(f"{site['url']}/@@leave-message", data=bad, timeout=30)
    assert refused.status_code == 400 and "请填写姓名" in refused.text
    no_token = requests.post(f"{site['url']}/@@leave-message", data=body(), timeout=30)
    assert no_token.status_code == 403
    assert stored(site) == 1


def test_published_question_and_answer_without_personal_data(site):
    message, _ = published(site, subject="路灯维修")
    hidden, _ = published(site, subject="不愿公开的留言", consent="no")
    page = requests.get(f"{site['url']}/hdjl", timeout=30).text
    assert "路灯维修" in page and "已安排维修" in page and "财政局" in page
    assert "不愿公开的留言" not in page
    assert NAME not in page and PHONE not in page
    assert "@@leave-message" in page and "@@message-status" in page
    assert api.content.get_state(hidden) == "answered"


def test_anonymous_never_reads_a_message(site):
    message, _ = published(site)
    url = message.absolute_url()
    for address in (url, f"{url}/@@handle-message", f"{site['url']}/citizen-messages"):
        page = requests.get(address, timeout=30, allow_redirects=False)
        assert page.status_code != 200
        assert NAME not in page.text and PHONE not in page.text
    rest = requests.get(url, headers=JSON, timeout=30)
    assert rest.status_code == 401
    for query in ({"portal_type": "CitizenMessage"}, {"SearchableText": NAME}):
        found = requests.get(
            f"{site['url']}/@search", headers=JSON, params=query, timeout=30
        ).json()
        assert found["items_total"] == 0
    search = requests.get(
        f"{site['url']}/@@search", params={"SearchableText": "路灯"}, timeout=30
    ).text
    assert NAME not in search and message.tracking_number not in search
    for feed in ("@@feed.json", "@@feed.rss"):
        text = requests.get(f"{site['url']}/{feed}", timeout=30).text
        assert NAME not in text and "路灯" not in text


def test_another_unit_never_reads_a_message(site):
    message, _ = published(site)
    auth = ("jqz-editor", STAFF_PASSWORD)
    page = requests.get(message.absolute_url(), headers=JSON, auth=auth, timeout=30)
    assert page.status_code in (401, 403)
    found = requests.get(
        f"{site['url']}/@search",
        headers=JSON,
        auth=auth,
        params={"portal_type": "CitizenMessage"},
        timeout=30,
    ).json()
    assert found["items_total"] == 0
    own = requests.get(
        message.absolute_url(),
        headers=JSON,
        auth=("czj-editor", STAFF_PASSWORD),
        timeout=30,
    )
    assert own.status_code == 200 and own.json()["name"] == NAME


def test_staff_pages(site):
    message, _ = submitted(site)
    act(message, "office", "hand_over", unit=site["czj"].UID())
    transaction.commit()
    office = ("office", STAFF_PASSWORD)
    listing = requests.get(f"{site['url']}/@@message-list", auth=office, timeout=30)
    assert listing.status_code == 200 and message.tracking_number in listing.text
    unit = requests.get(
        f"{site['czj'].absolute_url()}/@@message-list",
        auth=("czj-editor", STAFF_PASSWORD),
        timeout=30,
    )
    assert message.tracking_number in unit.text
    other = requests.get(
        f"{site['jqz'].absolute_url()}/@@message-list",
        auth=("jqz-editor", STAFF_PASSWORD),
        timeout=30,
    )
    assert message.tracking_number not in other.text
    handling = requests.get(
        f"{message.absolute_url()}/@@handle-message",
        auth=("czj-editor", STAFF_PASSWORD),
        timeout=30,
    )
    assert "提交答复" in handling.text and NAME in handling.text
    stats = requests.get(
        f"{site['url']}/@citizen-message-statistics",
        headers=JSON,
        auth=office,
        params={"year": 2026},
        timeout=30,
    )
    assert stats.status_code == 200
    assert (
        requests.get(
            f"{site['url']}/@citizen-message-statistics", headers=JSON, timeout=30
        ).status_code
        == 401
    )


def test_an_email_contact_gets_the_receipt_after_the_commit(functional_portal):
    from zwgk.testing.applications import record_mail

    mails = record_mail(functional_portal)
    transaction.commit()
    url = f"{functional_portal.absolute_url()}/@citizen-messages"
    answer = requests.post(
        url, json=body(contact="lisi@example.org"), headers=JSON, timeout=30
    )
    assert answer.status_code == 201
    (raw,) = mails
    mail = email.message_from_bytes(raw)
    assert mail["To"] == "lisi@example.org"
    text = mail.get_payload(decode=True).decode("utf-8")
    assert answer.json()["tracking_number"] in text
    assert requests.post(url, json=body(), headers=JSON, timeout=30).status_code == 201
    assert len(mails) == 1  # a phone number gets no mail
