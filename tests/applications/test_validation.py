"""Each bad input of an application gets its own Chinese message."""

from zwgk.applications.validation import Invalid
from zwgk.applications.validation import check

import pytest


UNITS = {"uid-czj": "财政局"}
GOOD = {
    "applicant_type": "natural_person",
    "name": "张三",
    "id_type": "resident_id",
    "id_number": "11010519491231002x",
    "phone": "0791-88888888",
    "email": "zhangsan@example.org",
    "address": "南昌市经开区某路1号",
    "postal_code": "330013",
    "unit": "uid-czj",
    "information": "2025年本单位财政预算执行情况的报告",
    "form": "electronic",
    "delivery": "email",
}
COMPANY = GOOD | {
    "applicant_type": "commercial_enterprise",
    "name": "某某有限公司",
    "id_type": "uscc",
    "id_number": "91350100M000100Y43",
    "contact_person": "李四",
}


def errors(data):
    with pytest.raises(Invalid) as raised:
        check(data, UNITS)
    return raised.value.errors


def test_good_person_and_company_pass_normalised():
    assert check(GOOD, UNITS)["id_number"] == "11010519491231002X"
    assert check(COMPANY, UNITS)["id_number"] == "91350100M000100Y43"


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"name": ""}, "name", "请填写申请人姓名或名称"),
        ({"name": "  "}, "name", "请填写申请人姓名或名称"),
        ({"information": None}, "information", "请填写所需政府信息"),
        ({"information": "字" * 5001}, "information", "不能超过5000个字"),
        ({"applicant_type": "alien"}, "applicant_type", "不在可选值中"),
        ({"unit": "uid-other"}, "unit", "请从列表中选择受理机关"),
        ({"id_number": "110105194912310021"}, "id_number", "校验位错误，应为“X”"),
        ({"id_number": "110105194913310021"}, "id_number", "出生日期"),
        ({"id_number": "1101051949"}, "id_number", "应为18位"),
        ({"id_type": "uscc"}, "id_type", "自然人申请应提供身份证件"),
        ({"phone": "call me"}, "phone", "联系电话格式不正确"),
        ({"email": "no-at-sign"}, "email", "电子邮箱格式不正确"),
        ({"email": ""}, "email", "请填写电子邮箱"),  # delivery by email
        ({"delivery": "post", "address": ""}, "address", "请填写通信地址"),
        ({"postal_code": "3300"}, "postal_code", "邮政编码应为6位数字"),
        ({"form": "microfilm"}, "form", "不在可选值中"),
        ({"name": 42}, "name", "应为文字"),
        ({"name": "张\x00三"}, "name", "无效字符"),
    ],
)
def test_bad_person_input(changes, field, message):
    found = errors(GOOD | changes)
    assert message in found[field]


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"id_number": "91350100M000100Y44"}, "id_number", "校验位错误，应为“3”"),
        ({"id_number": "91350100M00010"}, "id_number", "应为18位"),
        ({"id_type": "resident_id"}, "id_type", "应提供统一社会信用代码"),
        ({"contact_person": ""}, "contact_person", "请填写联系人"),
    ],
)
def test_bad_company_input(changes, field, message):
    assert message in errors(COMPANY | changes)[field]


def test_every_problem_at_once():
    found = errors({"applicant_type": "natural_person"})
    assert {"name", "id_type", "id_number", "phone", "unit", "information"} <= set(
        found
    )


def test_not_an_object():
    assert errors(["x"]) == {"": "申请内容应为 JSON 对象"}
