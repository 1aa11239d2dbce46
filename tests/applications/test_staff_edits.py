"""Staff edits and REST PATCH check an application as the public form does:
ID check characters, lengths, formats, the fields that go together."""

from zwgk.applications import intake
from zwgk.applications.validation import check
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing.applications import USCC
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units
from zwgk.testing.applications import token

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
EDITOR = ("czj-editor", STAFF_PASSWORD)


@pytest.fixture
def application(functional_portal):
    portal = functional_portal
    czj, _jqz = staffed_units(portal)
    found, _code = intake.submit(check(body(czj), {czj.UID(): "财政局"}))
    transaction.commit()
    return found


def patch(application, data):
    return requests.patch(
        application.absolute_url(), json=data, headers=JSON, auth=EDITOR, timeout=30
    )


def reloaded(application):
    transaction.begin()
    return application


@pytest.mark.parametrize(
    "data, says",
    [
        ({"id_number": "110105194912310021"}, "校验位"),
        ({"name": "张" * 101}, "不能超过100个字"),
        ({"information": "某" * 5001}, "不能超过5000个字"),
        ({"phone": "请来电"}, "联系电话格式不正确"),
        ({"email": "not-an-address"}, "电子邮箱格式不正确"),
        ({"postal_code": "3300"}, "邮政编码应为6位数字"),
        ({"name": "张\u0001三"}, "含有无效字符"),
        ({"email": None}, "请填写电子邮箱"),  # the delivery is by email
        ({"applicant_type": "commercial_enterprise"}, "统一社会信用代码"),
        (
            {
                "applicant_type": "commercial_enterprise",
                "id_type": "uscc",
                "id_number": USCC,
            },
            "联系人",
        ),
    ],
)
def test_rest_patch_is_checked_as_the_public_form(application, data, says):
    answer = patch(application, data)
    assert answer.status_code == 400, answer.text
    assert says in answer.json()["message"], answer.json()["message"]
    assert reloaded(application).id_number == "11010519491231002X"
    assert application.name == "张三"


def test_a_good_patch_is_kept(application):
    answer = patch(application, {"phone": "0791-12345678", "name": "张三丰"})
    assert answer.status_code == 204, answer.text
    assert reloaded(application).phone == "0791-12345678"


def test_the_edit_form_is_checked_as_the_public_form(application):
    session = requests.Session()
    session.auth = EDITOR
    url = f"{application.absolute_url()}/@@edit"
    page = session.get(url, timeout=30)
    assert page.status_code == 200
    form = {
        "form.widgets.name": "张三",
        "form.widgets.id_number": "110105194912310021",  # wrong check character
        "form.widgets.phone": "0791-88888888",
        "form.widgets.email": "zhangsan@example.org",
        "form.widgets.information": "2025年本单位财政预算执行情况的报告",
        "form.widgets.applicant_type:list": "natural_person",
        "form.widgets.id_type:list": "resident_id",
        "form.widgets.form:list": "electronic",
        "form.widgets.delivery:list": "email",
        "form.widgets.channel:list": "online",
        "form.widgets.received_on": application.received_on.isoformat(),
        "form.buttons.save": "保存",
        "_authenticator": token(page.text),
    }
    answer = session.post(url, data=form, timeout=30)
    assert "校验位" in answer.text
    assert reloaded(application).id_number == "11010519491231002X"
