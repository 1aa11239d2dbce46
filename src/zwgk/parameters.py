"""Reading what a request carries (查询参数和请求内容), refusing what no form
or link of the portal sends with a 400 and a Chinese message, never a 500.

A link gives each parameter once, as text. A hostile or broken client
sends it twice (``?area=a&area=b``), as a list (``?mode:list=large``), as
bytes that are not UTF-8 (``?type=%ff`` reaches Zope as a lone surrogate,
which cannot be written back into a page), as a number with 5,000 digits
or as ``²`` (a digit to ``str.isdigit``, not to ``int``). ``text``,
``texts`` and ``whole_number`` read a parameter or raise ``BadParameter``;
the exception view (``zwgk.browser.errors``) answers 400 with the message,
as JSON to REST clients and as plain text to browsers.

``invalid_characters`` is the one test of text for characters no person
types: lone surrogates and control characters (line breaks and tabs
allowed); the application form and the directory import use it too.
"""

from zExceptions import BadRequest

import re


MAX_TEXT = 200
MAX_JSON_DEPTH = 64
INVALID = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class BadParameter(BadRequest):
    """A parameter or body no form of the portal sends: 400, Chinese message."""

    def __str__(self):
        return self.args[0] if self.args else "请求参数无效"


def invalid_characters(value):
    """True if ``value`` holds a lone surrogate (bytes that were not UTF-8,
    or ``"\\ud800"`` in JSON) or a control character other than line breaks
    and tabs."""
    return bool(INVALID.search(value))


def _one(name, value, max_length):
    if isinstance(value, list | tuple):
        raise BadParameter(f"参数“{name}”只能给出一个值")
    if not isinstance(value, str):
        raise BadParameter(f"参数“{name}”应为文字")
    if invalid_characters(value):
        raise BadParameter(f"参数“{name}”含有无效字符（应为 UTF-8 编码的文字）")
    if len(value) > max_length:
        raise BadParameter(f"参数“{name}”太长（最多{max_length}个字符）")
    return value.strip()


def text(form, name, default="", max_length=MAX_TEXT):
    """The one text value of ``name`` in a request's form, stripped;
    ``default`` if it is missing or empty."""
    value = form.get(name)
    if value is None:
        return default
    return _one(name, value, max_length) or default


def texts(form, name, max_count=10, max_length=MAX_TEXT):
    """The values of a parameter that may be repeated (a facet's choices)."""
    value = form.get(name)
    if value in (None, ""):
        return []
    values = list(value) if isinstance(value, list | tuple) else [value]
    if len(values) > max_count:
        raise BadParameter(f"参数“{name}”最多给出{max_count}个值")
    found = [_one(name, v, max_length) for v in values]
    return [v for v in found if v]


def whole_number(form, name, default, low=1, high=None):
    """A whole number from ``low`` to ``high`` given in ASCII digits."""
    value = text(form, name, max_length=12)
    if not value:
        return default
    if not (value.isascii() and value.isdigit()):
        raise BadParameter(f"参数“{name}”应为整数")
    number = int(value)
    if number < low or (high is not None and number > high):
        limits = f"{low}到{high}" if high is not None else f"不小于{low}"
        raise BadParameter(f"参数“{name}”应为{limits}的整数")
    return number


def json_depth(body):
    """How deeply a JSON text nests arrays and objects (strings skipped)."""
    brackets = NOT_BRACKET.sub("", JSON_STRING.sub("", body))
    depth = deepest = 0
    for bracket in brackets:
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def refuse_deep_json(site, event):
    """Event handler (before traversing the site): a JSON body nested more
    than MAX_JSON_DEPTH levels deep is refused before anything parses it.
    plone.restapi's authentication reads every JSON body and lets Python's
    RecursionError through (a 500), before any service is reached."""
    request = event.request
    content_type = request.getHeader("Content-Type", "") or ""
    if "json" not in content_type.lower():
        return
    if request.get("REQUEST_METHOD", "GET") not in ("POST", "PUT", "PATCH"):
        return
    body = request.get("BODY") or b""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if json_depth(body) > MAX_JSON_DEPTH:
        raise BadParameter(f"请求内容嵌套超过{MAX_JSON_DEPTH}层，不是有效的申请或数据")
