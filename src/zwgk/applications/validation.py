"""Checking an application (申请内容校验), on every way in.

``check(data, units)`` returns the cleaned fields of a submission (portal
form, REST, staff registration) or raises ``Invalid`` with one Chinese
message per field; nothing is stored before this passes. The same rules
hold for staff edits and REST ``PATCH``: the DisclosureApplication schema
takes each text field's rule from ``text_error`` (length, characters,
format) and checks the fields together with ``record_errors`` (证件 and
its check character, contact person, email or address for the delivery).
Pure Python: ``units`` maps the tokens of the units that can be asked to
their titles.
"""

from zwgk.applications import terms
from zwgk.codes import InvalidCode
from zwgk.codes import validate_org_code
from zwgk.codes import validate_resident_id
from zwgk.parameters import invalid_characters

import re


# field: (label, required, max length); the order of the form.
FIELDS = {
    "applicant_type": ("申请人类型", True, None),
    "name": ("申请人姓名或名称", True, 100),
    "id_type": ("证件类型", True, None),
    "id_number": ("证件号码", True, 40),
    "contact_person": ("联系人", False, 50),
    "phone": ("联系电话", True, 30),
    "email": ("电子邮箱", False, 100),
    "address": ("通信地址", False, 200),
    "postal_code": ("邮政编码", False, 6),
    "unit": ("受理机关", True, None),
    "information": ("所需政府信息的名称、文号或者便于查询的其他特征性描述", True, 5000),
    "form": ("获取信息的载体形式", True, None),
    "delivery": ("获取信息的方式", True, None),
}
CHOICES = {
    "applicant_type": terms.applicant_types,
    "id_type": lambda: terms.ID_TYPES,
    "form": lambda: terms.FORMS,
    "delivery": lambda: terms.DELIVERIES,
}
PHONE = re.compile(r"\A\+?[0-9][0-9 \-]{5,28}[0-9]\Z")
EMAIL = re.compile(r"\A[^@\s]+@[^@\s]+\.[^@\s]+\Z")
POSTAL_CODE = re.compile(r"\A[0-9]{6}\Z")
FORMATS = {
    "phone": (PHONE, "联系电话格式不正确"),
    "email": (EMAIL, "电子邮箱格式不正确"),
    "postal_code": (POSTAL_CODE, "邮政编码应为6位数字"),
}


class Invalid(ValueError):
    """Bad input: ``errors`` maps each field to its Chinese message."""

    def __init__(self, errors):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def _text(value):
    if value is None:
        return ""
    if not isinstance(value, str):
        return None
    return value.strip()


def text_error(name, value):
    """What is wrong with one field's (stripped, non-empty) text, or None:
    its length, its characters, its format."""
    label, _required, max_length = FIELDS[name]
    if max_length and len(value) > max_length:
        return f"{label}不能超过{max_length}个字"
    if invalid_characters(value):
        # control characters, or a lone surrogate ("a\ud800b" in JSON,
        # bytes that are not UTF-8 in a form), shown as "a?b"
        return f"{label}含有无效字符（如控制字符或不完整的汉字编码）"
    if name in FORMATS and not FORMATS[name][0].match(value):
        return FORMATS[name][1]
    return None


def record_errors(values):
    """{field: Chinese message} of the checks that read several fields, for
    ``values`` that passed ``text_error`` (empty ones left out)."""
    clean, errors = dict(values), {}
    _check_identity(clean, errors)
    _check_contact(clean, errors)
    return errors


def check(data, units):
    """Cleaned {field: value} of ``data``, or raise Invalid."""
    if not isinstance(data, dict):
        raise Invalid({"": "申请内容应为 JSON 对象"})
    clean, errors = {}, {}
    for name, (label, required, _max_length) in FIELDS.items():
        value = _text(data.get(name))
        if value is None:
            errors[name] = f"{label}应为文字"
        elif not value:
            if required:
                errors[name] = f"请填写{label}"
        elif text_error(name, value):
            errors[name] = text_error(name, value)
        elif name in CHOICES and value not in dict(CHOICES[name]()):
            errors[name] = f"{label}“{value}”不在可选值中"
        elif name == "unit" and value not in units:
            errors[name] = "请从列表中选择受理机关"
        else:
            clean[name] = value
    _check_identity(clean, errors)
    _check_contact(clean, errors)
    if errors:
        raise Invalid(errors)
    return clean


def _check_identity(clean, errors):
    kind, id_type = clean.get("applicant_type"), clean.get("id_type")
    if kind and id_type:
        personal = kind == terms.NATURAL_PERSON
        if personal and id_type not in terms.PERSONAL_ID_TYPES:
            errors["id_type"] = "自然人申请应提供身份证件"
        elif not personal and id_type != terms.USCC:
            errors["id_type"] = "法人或其他组织申请应提供统一社会信用代码"
    number = clean.get("id_number")
    if number is None or "id_type" in errors:
        return
    try:
        if id_type == terms.RESIDENT_ID:
            clean["id_number"] = validate_resident_id(number)
        elif id_type == terms.USCC:
            if len("".join(number.split())) != 18:
                raise InvalidCode("统一社会信用代码应为18位")
            clean["id_number"] = validate_org_code(number)
    except InvalidCode as error:
        del clean["id_number"]
        errors["id_number"] = str(error)


def _check_contact(clean, errors):
    delivery = clean.get("delivery")
    if delivery == "email" and not clean.get("email") and "email" not in errors:
        errors["email"] = "选择以电子邮件获取时，请填写电子邮箱"
    if delivery == "post" and not clean.get("address"):
        errors["address"] = "选择邮寄获取时，请填写通信地址"
    if (
        clean.get("applicant_type") not in (None, terms.NATURAL_PERSON)
        and not clean.get("contact_person")
        and "contact_person" not in errors
    ):
        errors["contact_person"] = "法人或其他组织申请请填写联系人"
