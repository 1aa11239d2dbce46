"""Checking a comment as submitted (意见内容校验).

``check(data, contact_required)`` returns the cleaned fields or raises
``Invalid`` (the same class as 依申请公开's, one Chinese message per field);
nothing is stored before this passes. Plain text only: markup is refused,
not silently stripped, so what the commenter sees is what staff read.
Pure Python.
"""

from zwgk.applications.validation import EMAIL
from zwgk.applications.validation import PHONE
from zwgk.applications.validation import Invalid
from zwgk.parameters import invalid_characters

import re


__all__ = ["FIELDS", "Invalid", "check"]

MAX_TEXT = 3000
MIN_TEXT = 2
# field: (label, max length); the order of the form
FIELDS = {
    "name": ("姓名", 50),
    "email": ("电子邮箱", 100),
    "phone": ("联系电话", 30),
    "text": ("意见建议", MAX_TEXT),
}
TAG = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def _text(value):
    if value is None:
        return ""
    if not isinstance(value, str):
        return None
    return value.replace("\r\n", "\n").strip()


def check(data, contact_required=False):
    """Cleaned {field: value} of ``data``, or raise Invalid."""
    if not isinstance(data, dict):
        raise Invalid({"": "意见内容应为 JSON 对象"})
    clean, errors = {}, {}
    for name, (label, max_length) in FIELDS.items():
        value = _text(data.get(name))
        if value is None:
            errors[name] = f"{label}应为文字"
        elif not value:
            if name == "text" or (contact_required and name == "name"):
                errors[name] = f"请填写{label}"
        elif len(value) > max_length:
            errors[name] = f"{label}不能超过{max_length}个字（现为{len(value)}个字）"
        elif invalid_characters(value):
            errors[name] = f"{label}含有无效字符"
        elif TAG.search(value) or ENTITY.search(value):
            errors[name] = f"{label}请使用纯文本，不能包含 HTML 标签或代码"
        elif name == "text" and len(value) < MIN_TEXT:
            errors[name] = f"{label}至少{MIN_TEXT}个字"
        elif name != "text" and "\n" in value:
            errors[name] = f"{label}不能换行"
        else:
            clean[name] = value
    if "email" in clean and not EMAIL.match(clean["email"]):
        errors["email"] = "电子邮箱格式不正确"
        del clean["email"]
    if "phone" in clean and not PHONE.match(clean["phone"]):
        errors["phone"] = "联系电话格式不正确"
        del clean["phone"]
    if (
        contact_required
        and not clean.get("email")
        and not clean.get("phone")
        and "email" not in errors
        and "phone" not in errors
    ):
        errors["phone"] = "请至少填写联系电话或电子邮箱中的一项"
    if errors:
        raise Invalid(errors)
    return clean
