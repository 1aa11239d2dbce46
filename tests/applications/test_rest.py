"""@disclosure-applications over HTTP: schema, submit, query, limits, privacy."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from zwgk.applications.codes import register
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing.applications import body
from zwgk.testing.applications import record_mail
from zwgk.testing.applications import staffed_units

import email
import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, jqz = staffed_units(portal)
    mails = record_mail(portal)
    transaction.commit()
    return {
        "portal": portal,
        "url": f"{portal.absolute_url()}/@disclosure-applications",
        "czj": czj,
        "jqz": jqz,
        "mails": mails,
    }


def post(site, data, auth=None):
    return requests.post(site["url"], json=data, headers=JSON, auth=auth, timeout=30)


def get(url, auth=None, **params):
    return requests.get(url, headers=JSON, params=params, auth=auth, timeout=30)


def count(site):
    transaction.begin()
    return len(register(site["portal"]).numbers)


def test_schema_for_headless_forms(site):
    schema = get(site["url"]).json()
    assert schema["title"] == "政府信息公开申请"
    assert "information" in schema["required"]
    kinds = schema["properties"]["applicant_type"]["vocabulary"]
    assert {"token": "natural_person", "title": "自然人"} in kinds
    assert {
        "token": "legal_service_org",
        "title": "法人或其他组织—法律服务机构",
    } in kinds
    delivery = schema["properties"]["delivery"]
    assert delivery["title"] == "获取信息的方式"
    assert {"const": "pickup", "title": "当面领取"} in delivery["oneOf"]
    units = schema["properties"]["unit"]["vocabulary"]
    assert {"token": site["czj"].UID(), "title": "财政局"} in units


def test_submit_query_and_acknowledgement(site):
    answer = post(site, body(site["czj"]))
    assert answer.status_code == 201, answer.text
    number, code = answer.json()["tracking_number"], answer.json()["query_code"]
    assert number.startswith("YSQ-")
    assert answer.json()["deadline"]["day"]
    status = get(f"{site['url']}/{number}", code=code)
    assert status.status_code == 200
    found = status.json()
    assert found["state"] == {"token": "pending", "title": "待受理"}
    assert found["unit"] == "财政局"
    assert found["deadline"]["day"] == answer.json()["deadline"]["day"]
    assert "name" not in found and "id_number" not in found
    (raw,) = site["mails"]
    mail = email.message_from_bytes(raw)
    text = mail.get_payload(decode=True).decode("utf-8")
    assert number in text and code in text
    assert mail["To"] == "zhangsan@example.org"


def test_wrong_code_and_unknown_number_look_the_same(site):
    answer = post(site, body(site["czj"])).json()
    number = answer["tracking_number"]
    wrong = get(f"{site['url']}/{number}", code="AAAAAAAAAA")
    unknown = get(f"{site['url']}/YSQ-2026-99999", code=answer["query_code"])
    missing = get(f"{site['url']}/{number}")
    assert wrong.status_code == unknown.status_code == missing.status_code == 404
    assert wrong.json() == unknown.json() == missing.json()
    assert wrong.json()["message"] == "受理编号或查询码不正确"


def test_bad_input_is_refused_per_field_and_nothing_stored(site):
    data = body(site["czj"], id_number="110105194912310021", phone="")
    answer = post(site, data)
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert errors["id_number"] == "居民身份证号码校验位错误，应为“X”"
    assert errors["phone"] == "请填写联系电话"
    assert count(site) == 0
    assert "applications" not in site["czj"].objectIds()


def test_not_json_is_refused(site):
    answer = requests.post(site["url"], data="名字=张三", headers=JSON, timeout=30)
    assert answer.status_code == 400
    assert count(site) == 0


def test_honeypot(site):
    answer = post(site, body(site["czj"], website="http://spam.example"))
    assert answer.status_code == 400
    assert count(site) == 0


def test_rate_limit_per_client(site):
    api.portal.set_registry_record("zwgk.applications.submissions_per_hour", 2)
    transaction.commit()
    assert post(site, body(site["czj"])).status_code == 201
    assert post(site, body(site["czj"])).status_code == 201
    refused = post(site, body(site["czj"]))
    assert refused.status_code == 429
    assert refused.json()["message"] == "提交过于频繁，请一小时后再试"
    assert count(site) == 2
    # staff registering paper applications are not limited
    staff = post(
        site,
        body(site["czj"], channel="in_person"),
        auth=("czj-editor", STAFF_PASSWORD),
    )
    assert staff.status_code == 201


def test_staff_register_a_posted_application_with_its_signed_for_date(site):
    auth = ("czj-editor", STAFF_PASSWORD)
    missing = post(site, body(site["czj"], channel="post"), auth=auth)
    assert missing.status_code == 400
    assert missing.json()["errors"]["received_on"] == "请填写签收日期"
    data = body(site["czj"], channel="post", received_on="2026-02-13")
    answer = post(site, data, auth=auth)
    assert answer.status_code == 201, answer.text
    assert answer.json()["received_on"] == "2026-02-13"
    assert answer.json()["deadline"]["day"] == "2026-03-19"
    other_unit = post(site, data, auth=("jqz-editor", STAFF_PASSWORD))
    assert other_unit.status_code == 403


def test_privacy_over_rest(site):
    answer = post(site, body(site["czj"])).json()
    transaction.begin()
    folder = site["czj"]["applications"]
    url = folder[answer["tracking_number"].lower()].absolute_url()
    for auth in (None, ("jqz-editor", STAFF_PASSWORD)):
        assert get(folder.absolute_url(), auth=auth).status_code == 401
    handler = get(url, auth=("czj-reviewer", STAFF_PASSWORD))
    assert handler.status_code == 200
    assert handler.json()["name"] == "张三"
    office = get(url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert office.status_code == 200
    for auth in (
        None,
        ("jqz-approver", STAFF_PASSWORD),
        ("jqz-editor", STAFF_PASSWORD),
    ):
        refused = get(url, auth=auth)
        assert refused.status_code in (401, 403, 404)
        assert "张三" not in refused.text
        search = get(
            f"{site['portal'].absolute_url()}/@search",
            auth=auth,
            portal_type="DisclosureApplication",
        )
        assert search.json()["items_total"] == 0
        text = get(
            f"{site['portal'].absolute_url()}/@search", auth=auth, SearchableText="张三"
        )
        assert text.json()["items_total"] == 0
    mine = get(
        f"{site['portal'].absolute_url()}/@search",
        auth=("czj-editor", STAFF_PASSWORD),
        portal_type="DisclosureApplication",
        metadata_fields="_all",
    )
    assert mine.json()["items_total"] == 1
    assert "张三" not in mine.text
    assert "11010519491231002X" not in mine.text


def test_statistics_for_the_units_handlers_only(site):
    assert post(site, body(site["czj"])).status_code == 201
    url = f"{site['czj'].absolute_url()}/@disclosure-statistics"
    mine = get(url, auth=("czj-reviewer", STAFF_PASSWORD), year="2026")
    assert mine.status_code == 200
    assert mine.json()["rows"][0]["values"]["natural_person"] == 1
    assert mine.json()["check"]["ok"] is True
    for auth in (None, ("jqz-approver", STAFF_PASSWORD)):
        assert get(url, auth=auth, year="2026").status_code == 401


def test_reply_letter_for_the_applicant_once_answered(site):
    from plone.namedfile.file import NamedBlobFile

    answer = post(site, body(site["czj"])).json()
    number, code = answer["tracking_number"], answer["query_code"]
    letter_url = f"{site['url']}/{number}/letter"
    transaction.begin()
    application = site["czj"]["applications"][number.lower()]
    application.reply_letter = NamedBlobFile(
        b"%PDF-1.4 reply", filename="答复书.pdf", contentType="application/pdf"
    )
    transaction.commit()
    assert get(letter_url, code=code).status_code == 404  # not answered yet
    application.outcome, application.reply = "disclosed", "见答复书"
    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_roles(["Manager"]):
        workflow.doActionFor(application, "answer")
    transaction.commit()
    status = get(f"{site['url']}/{number}", code=code).json()
    assert status["state"]["title"] == "已答复"
    assert status["outcome"] == {"token": "disclosed", "title": "予以公开"}
    assert status["reply_letter"]["filename"] == "答复书.pdf"
    download = get(letter_url, code=code)
    assert download.status_code == 200
    assert download.content == b"%PDF-1.4 reply"
    assert get(letter_url, code="WRONGCODE1").status_code == 404


def test_wrong_codes_are_limited_for_status_and_letter_alike(site):
    from zwgk.applications.ratelimit import QUERY_FAILURES_PER_HOUR

    answer = post(site, body(site["czj"])).json()
    number, code = answer["tracking_number"], answer["query_code"]
    for n in range(QUERY_FAILURES_PER_HOUR):
        # guessing at the letter counts like guessing at the status
        url = f"{site['url']}/{number}" + ("/letter" if n % 2 else "")
        assert get(url, code=f"WRONGCODE{n}").status_code == 404
    for url in (f"{site['url']}/{number}", f"{site['url']}/{number}/letter"):
        refused = get(url, code=code)
        assert refused.status_code == 429
        assert refused.json()["message"] == "查询失败次数过多，请一小时后再试"


def test_applicant_withdraws_with_number_and_code(site):
    answer = post(site, body(site["czj"])).json()
    number, code = answer["tracking_number"], answer["query_code"]
    url = f"{site['url']}/{number}/withdraw"
    wrong = requests.post(url, json={"code": "WRONGCODE1"}, headers=JSON, timeout=30)
    assert wrong.status_code == 404
    done = requests.post(
        url,
        json={"code": code, "reason": "已通过其他途径获取"},
        headers=JSON,
        timeout=30,
    )
    assert done.status_code == 200, done.text
    assert done.json()["state"]["title"] == "已撤回"
    assert done.json()["outcome"]["title"] == "其他处理"
    again = requests.post(url, json={"code": code}, headers=JSON, timeout=30)
    assert again.status_code == 409
    transaction.begin()
    application = site["czj"]["applications"][number.lower()]
    last = application.workflow_history["zwgk_application_workflow"][-1]
    assert last["comments"] == "申请人撤回：已通过其他途径获取"
    assert last["actor"] == "applicant"
