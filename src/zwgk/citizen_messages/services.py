"""REST: ``@citizen-messages`` (网民留言) on the site.

- ``GET``: the JSON Schema of the message form (anonymous).
- ``POST``: submit (JSON); 201 with tracking number and query code, 400 with
  ``errors`` per field (nothing stored), 429 beyond the hourly limit.
- ``GET /<number>?code=<query code>``: state, unit, deadline, answer; an
  unknown number and a wrong code get the same 404.
- ``POST /<number>/rating`` with ``{"code", "rating", "comment"}``: the
  writer rates the answer once (满意 / 基本满意 / 不满意).
- ``GET @citizen-message-statistics?year=2026`` (staff): per unit and year.
"""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zwgk.applications.ratelimit import limited_lookup
from zwgk.applications.services import TraversingService
from zwgk.citizen_messages.intake import find_with_code
from zwgk.citizen_messages.intake import today
from zwgk.citizen_messages.lists import statistics
from zwgk.citizen_messages.public import RateLimited
from zwgk.citizen_messages.public import client_address
from zwgk.citizen_messages.public import json_schema
from zwgk.citizen_messages.public import public_status
from zwgk.citizen_messages.public import rate
from zwgk.citizen_messages.public import submit_online
from zwgk.citizen_messages.validation import Invalid


NOT_FOUND = {"type": "NotFound", "message": "留言编号或查询码不正确"}


def checked_query(request, number, code):
    """(message, None) for a right number and code, else (None, refusal)."""
    return limited_lookup(
        request,
        client_address(request),
        lambda: find_with_code(number, code),
        NOT_FOUND,
    )


class MessagesGet(TraversingService):
    def reply(self):
        if not self.params:
            return json_schema()
        if len(self.params) != 1:
            self.request.response.setStatus(404)
            return NOT_FOUND
        code = self.request.form.get("code")
        message, refusal = checked_query(self.request, self.params[0], code)
        return refusal if message is None else public_status(message)


class MessagesPost(TraversingService):
    def reply(self):
        # A public endpoint without a session: nothing for a CSRF token to protect.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if self.params:
            return self.rating(data if isinstance(data, dict) else {})
        try:
            message, code = submit_online(data, self.request)
        except Invalid as error:
            self.request.response.setStatus(400)
            return {
                "type": "BadRequest",
                "message": "留言未提交，请改正以下问题",
                "errors": error.errors,
            }
        except RateLimited as error:
            self.request.response.setStatus(429)
            return {"type": "TooManyRequests", "message": error.message}
        self.request.response.setStatus(201)
        base = self.context.absolute_url()
        return {
            "tracking_number": message.tracking_number,
            "query_code": code,
            "received_on": message.received_on.isoformat(),
            "status_url": f"{base}/@citizen-messages/{message.tracking_number}",
            "message": "留言已提交。请保存留言编号和查询码，凭其查询办理进度和答复。",
        }

    def rating(self, data):
        if len(self.params) != 2 or self.params[1] != "rating":
            self.request.response.setStatus(404)
            return NOT_FOUND
        message, refusal = checked_query(self.request, self.params[0], data.get("code"))
        if message is None:
            return refusal
        try:
            rate(message, data.get("rating"), data.get("comment"))
        except Invalid as error:
            self.request.response.setStatus(400)
            return {
                "type": "BadRequest",
                "message": "评价未提交",
                "errors": error.errors,
            }
        return public_status(message)


class MessageStatistics(Service):
    """Per unit and year: received, answered, on time, mean working days."""

    def reply(self):
        try:
            year = int(self.request.form.get("year") or today().year)
        except ValueError:
            self.request.response.setStatus(400)
            return {"type": "BadRequest", "message": "年份应为四位数字"}
        return statistics(year)
