"""Chinese texts for validation errors (校验错误提示), for imports and forms.

zope.schema's own messages are English with no Chinese catalogue installed,
so the common error classes are worded here; zwgk's own messages (English
msgids) are translated from the zwgk catalogue.
"""

from zope.i18n import translate
from zope.interface import Invalid
from zope.schema import Date
from zope.schema import Datetime
from zope.schema import ValidationError
from zope.schema import interfaces as errors


LANGUAGE = "zh_CN"
# Most specific classes first: several derive from each other.
TEXTS = (
    (errors.RequiredMissing, "为必填项"),
    (errors.ConstraintNotSatisfied, "的值“{value}”不在可选值中"),
    (errors.WrongContainedType, "中有不正确的值"),
    (errors.WrongType, "的类型不正确"),
    (errors.TooLong, "太长"),
    (errors.TooShort, "太短"),
    (errors.TooBig, "太大"),
    (errors.TooSmall, "太小"),
    (errors.NotUnique, "中有重复的值"),
    (errors.InvalidURI, "不是有效的网址"),
)


def chinese(message):
    """A zwgk (or plain) message in Chinese."""
    return translate(message, target_language=LANGUAGE)


def field_title(field):
    return chinese(field.title) if field is not None else ""


def error_text(error, field=None):
    """“主题分类”的值“xx”不在可选值中 and the like."""
    name = f"“{field_title(field)}”" if field is not None else ""
    if isinstance(error, ValidationError):
        if getattr(error, "message", None):  # ours, e.g. InvalidOrgCode: Chinese
            return f"{name}：{error.message}"
        for kind, text in TEXTS:
            if isinstance(error, kind):
                value = error.args[0] if error.args else ""
                return name + text.format(value=value)
        return f"{name}无效"
    if isinstance(error, ValueError) and isinstance(field, Date | Datetime):
        return f"{name}不是有效的日期，应为“年-月-日”，如 2026-03-01"
    if isinstance(error, Invalid):
        return chinese(error.args[0]) if error.args else "数据不一致"
    return f"{name}：{chinese(str(error))}" if name else chinese(str(error))
