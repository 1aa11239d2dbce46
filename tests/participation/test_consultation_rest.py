"""@consultation-comments and the consultation's JSON, over HTTP."""

from datetime import timedelta
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import PASSWORD
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import UNITS
from zwgk.testing.participation import make_consultation
from zwgk.testing.participation import staffed_unit

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal, monkeypatch):
    portal = functional_portal
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    units = {spec[0]: staffed_unit(portal, *spec) for spec in UNITS}
    open_ = make_consultation(units["czj"], id="open", contact_required=True)
    closed = make_consultation(
        units["czj"],
        id="closed",
        start=TODAY - timedelta(60),
        end=TODAY - timedelta(20),
    )
    transaction.commit()
    return {
        "portal": portal,
        "open": open_,
        "closed": closed,
        "url": f"{open_.absolute_url()}/@consultation-comments",
        "closed_url": f"{closed.absolute_url()}/@consultation-comments",
    }


def auth(user):
    return (user, PASSWORD)


def call(method, url, data=None, user=None, **params):
    return requests.request(
        method,
        url,
        json=data,
        headers=JSON,
        params=params,
        auth=auth(user) if user else None,
        timeout=30,
    )


BODY = {"name": "张三", "phone": "13800138000", "email": "zs@example.org"}


def test_schema_describes_the_form_in_chinese(site):
    schema = call("GET", site["url"]).json()
    assert schema["title"].startswith("对《")
    assert schema["properties"]["text"]["title"] == "意见建议"
    assert schema["properties"]["text"]["maxLength"] == 3000
    assert schema["properties"]["email"]["format"] == "email"
    assert set(schema["required"]) == {"text", "name"}  # contact required here
    assert schema["anyOf"] == [{"required": ["phone"]}, {"required": ["email"]}]
    state = schema["x-zwgk"]
    assert state["accepts_comments"] is True
    assert state["state"] == {
        "token": "open",
        "title": "征集中",
        "start": "2026-03-05",
        "end": "2026-04-03",
        "days": 30,
        "days_left": 24,
    }


def test_post_then_moderate_then_public(site):
    answer = call("POST", site["url"], {**BODY, "text": "建议增加公交线路。"})
    assert answer.status_code == 201, answer.text
    made = answer.json()
    assert made["status"] == {"token": "pending", "title": "待审核"}
    public = call("GET", f"{site['url']}/public").json()
    assert public["items_total"] == 0 and public["items"] == []
    # staff of another unit: 403, Chinese
    refused = call(
        "PATCH", f"{site['url']}/{made['id']}", {"status": "approved"}, "jqz-reviewer"
    )
    assert refused.status_code == 403
    assert refused.json()["message"] == "只有本单位的工作人员可以查看和处理意见"
    done = call(
        "PATCH", f"{site['url']}/{made['id']}", {"status": "approved"}, "czj-reviewer"
    )
    assert done.status_code == 200, done.text
    assert done.json()["email"] == "zs@example.org"  # staff see contact data
    public = call("GET", f"{site['url']}/public").json()
    (shown,) = public["items"]
    assert shown["text"] == "建议增加公交线路。" and shown["name"] == "张**"
    assert "email" not in shown and "phone" not in shown


def test_bad_input_gets_errors_per_field_and_nothing_is_stored(site):
    answer = call("POST", site["url"], {"text": "<p>意见</p>", "email": "x"})
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert errors["text"] == "意见建议请使用纯文本，不能包含 HTML 标签或代码"
    assert errors["email"] == "电子邮箱格式不正确"
    assert errors["name"] == "请填写姓名"
    transaction.begin()
    assert comments.count(site["open"]) == 0


def test_closed_consultation_answers_409_in_chinese(site):
    answer = call("POST", site["closed_url"], {**BODY, "text": "迟到的意见"})
    assert answer.status_code == 409
    assert answer.json() == {
        "type": "Conflict",
        "message": "本次意见征集已于2026年2月18日截止，不再接受意见",
    }
    assert call("GET", site["closed_url"]).json()["x-zwgk"]["accepts_comments"] is False


def test_only_staff_may_name_a_channel(site):
    letter = {"channel": "letter", "received_on": "2026-03-09", "text": "来信意见"}
    refused = call("POST", site["url"], letter)
    assert refused.status_code == 403
    assert refused.json()["message"] == "只有本单位的工作人员可以登记意见"
    registered = call("POST", site["url"], letter, "czj-editor")
    assert registered.status_code == 201
    assert registered.json()["status"]["token"] == "approved"


def test_staff_list_has_contact_data_and_anonymous_none(site):
    call("POST", site["url"], {**BODY, "text": "待审核的意见"})
    assert call("GET", f"{site['url']}/all").status_code in (401, 403)
    assert call("GET", f"{site['url']}/all", user="jqz-editor").status_code == 403
    staff = call("GET", f"{site['url']}/all", user="czj-editor", status="pending")
    (row,) = staff.json()["items"]
    assert row["phone"] == "13800138000" and row["status"]["token"] == "pending"


def test_consultation_json_has_its_state_and_no_comment(site):
    call("POST", site["url"], {**BODY, "text": "不该出现在JSON里的意见"})
    found = call("GET", site["open"].absolute_url())
    assert found.status_code == 200
    data = found.json()
    assert data["@type"] == "Consultation"
    assert data["consultation_state"]["title"] == "征集中"
    assert data["comments"]["items_total"] == 0
    assert "不该出现" not in found.text and "13800138000" not in found.text
    assert "zs@example.org" not in found.text
    staff = call("GET", site["open"].absolute_url(), user="czj-editor")
    assert "不该出现" not in staff.text  # comments are not content, for anyone


def test_adoption_and_feedback_over_rest(site, monkeypatch):
    made = call("POST", site["url"], {**BODY, "text": "建议延长征求意见期"}).json()
    url = f"{site['url']}/{made['id']}"
    assert call("PATCH", url, {"status": "approved"}, "czj-editor").status_code == 200
    wrong = call("PATCH", url, {"outcome": "not_adopted"}, "czj-editor")
    assert wrong.status_code == 400
    assert wrong.json()["errors"]["outcome"].endswith("“未采纳”须说明理由")
    ok = call(
        "PATCH",
        url,
        {"outcome": "not_adopted", "outcome_reason": "期限已满30日"},
        "czj-editor",
    )
    assert ok.status_code == 200
    early = call("POST", f"{site['url']}/feedback", {"summary": "说明"}, "czj-approver")
    assert early.status_code == 400
    assert "尚未截止" in early.json()["errors"]["feedback"]
    monkeypatch.setattr(periods, "today", lambda: TODAY + timedelta(days=40))
    editor = call("POST", f"{site['url']}/feedback", {"summary": "说明"}, "czj-editor")
    assert editor.status_code == 403  # the 签发人 publishes
    done = call("POST", f"{site['url']}/feedback", {"summary": "说明"}, "czj-approver")
    assert done.status_code == 200, done.text
    assert done.json()["rows"][0]["outcome_title"] == "未采纳"
    public = call("GET", f"{site['url']}/feedback").json()
    assert public["summary"] == "说明" and "zs@example.org" not in str(public)
    assert (
        call("GET", site["open"].absolute_url()).json()["consultation_state"]["token"]
        == "answered"
    )
