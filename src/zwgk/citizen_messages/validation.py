"""Checking a message as submitted (留言内容校验).

``check(data)`` returns the cleaned fields or raises ``Invalid`` (the
applications' exception: one Chinese message per field); nothing is
stored before it passes. Plain text only: control characters are refused,
markup is kept as typed and always shown escaped.
"""

from zwgk.applications.validation import EMAIL
from zwgk.applications.validation import PHONE
from zwgk.applications.validation import Invalid
from zwgk.citizen_messages import terms
from zwgk.parameters import invalid_characters


__all__ = ["FIELDS", "Invalid", "check"]

# field: (label, required, max length); the order of the form.
FIELDS = {
    "kind": ("留言类型", True, None),
    "subject": ("留言标题", True, 100),
    "body": ("留言内容", True, 2000),
    "name": ("姓名", True, 50),
    "contact": ("联系电话或电子邮箱", True, 100),
    "consent": ("是否同意公开", True, None),
}
CHOICES = {"kind": terms.KINDS, "consent": terms.CONSENT}
MIN_BODY = 5


def _text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if not isinstance(value, str):
        return None
    return value.strip()


def check(data):
    """Cleaned {field: value} of ``data`` (``consent`` a bool), or raise Invalid."""
    if not isinstance(data, dict):
        raise Invalid({"": "留言内容应为 JSON 对象"})
    clean, errors = {}, {}
    for name, (label, required, max_length) in FIELDS.items():
        value = _text(data.get(name))
        if value is None:
            errors[name] = f"{label}应为文字"
        elif not value:
            if required:
                errors[name] = f"请选择{label}" if name in CHOICES else f"请填写{label}"
        elif max_length and len(value) > max_length:
            errors[name] = f"{label}不能超过{max_length}个字"
        elif invalid_characters(value):
            errors[name] = f"{label}含有无效字符"
        elif name in CHOICES and value not in dict(CHOICES[name]):
            errors[name] = f"{label}“{value}”不在可选值中"
        else:
            clean[name] = value
    if "body" in clean and len(clean["body"]) < MIN_BODY:
        errors["body"] = f"留言内容不能少于{MIN_BODY}个字"
        del clean["body"]
    contact = clean.get("contact")
    if contact and not (PHONE.match(contact) or EMAIL.match(contact)):
        errors["contact"] = "请填写有效的联系电话或电子邮箱"
        del clean["contact"]
    if errors:
        raise Invalid(errors)
    clean["consent"] = clean["consent"] == "yes"
    return clean


def is_email(contact):
    return bool(EMAIL.match(contact or ""))
