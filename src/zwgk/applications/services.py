"""REST: ``@disclosure-applications`` (依申请公开) on the site.

- ``GET``: the JSON Schema of the application form (anonymous).
- ``POST``: submit (JSON); 201 with tracking number and query code, 400 with
  ``errors`` per field (nothing stored), 429 beyond the hourly limit. Staff
  who name a ``channel`` register an application received in person, by
  post or fax, with its ``received_on``.
- ``GET /<tracking number>?code=<query code>``: state, deadline and reply;
  an unknown number and a wrong code get the same 404.
- ``GET /<tracking number>/letter?code=<query code>``: the reply letter
  (答复书) once the application is answered.
- ``POST /<tracking number>/withdraw`` with ``{"code", "reason"}``: the
  applicant withdraws an application not yet answered (申请人撤回).
"""

from AccessControl import Unauthorized
from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.User import UnrestrictedUser
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse
from zwgk.applications.intake import find_with_code
from zwgk.applications.public import RateLimited
from zwgk.applications.public import client_address
from zwgk.applications.public import is_staff_submission
from zwgk.applications.public import json_schema
from zwgk.applications.public import submit_by_staff
from zwgk.applications.public import submit_online
from zwgk.applications.ratelimit import limited_lookup
from zwgk.applications.status import CLOSED
from zwgk.applications.status import deadline_info
from zwgk.applications.status import public_status
from zwgk.applications.validation import Invalid
from zwgk.directories.exporter import set_download_headers
from zwgk.parameters import BadParameter
from zwgk.parameters import text
from zwgk.parameters import whole_number


APPLICANT = "applicant"  # the actor of an applicant's own withdrawal
WITHDRAWABLE = ("pending", "correction", "processing", "consultation", "extended")


class Applicant(UnrestrictedUser):
    """The applicant acting with the query code, for one transition."""

    def getId(self):
        return APPLICANT


NOT_FOUND = {"type": "NotFound", "message": "受理编号或查询码不正确"}


@implementer(IPublishTraverse)
class TraversingService(Service):
    """Keeps the path below the service: ``<number>`` and ``letter``/``withdraw``."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self


class ApplicationsGet(TraversingService):
    refusal = None  # why the letter is not sent: 404 or 429, as JSON

    def render(self):
        if len(self.params) == 2 and self.params[1] == "letter":
            letter = self.letter()
            if letter is not None:
                set_download_headers(
                    self.request.response,
                    letter.filename or "答复书",
                    letter.contentType or "application/octet-stream",
                    letter.getSize(),
                )
                return letter.data
        return super().render()

    def letter(self):
        """答复书 of an answered application. The code is checked as a status
        query is, so wrong codes count toward the hourly limit here too."""
        code = text(self.request.form, "code", max_length=64)
        application, self.refusal = checked_query(self.request, self.params[0], code)
        if application is None:
            return None
        letter = application.reply_letter
        if api.content.get_state(application) not in CLOSED or letter is None:
            self.request.response.setStatus(404)
            self.refusal = NOT_FOUND
            return None
        return letter

    def reply(self):
        if self.refusal is not None:
            return self.refusal
        if not self.params:
            return json_schema()
        if len(self.params) != 1:
            self.request.response.setStatus(404)
            return NOT_FOUND
        code = text(self.request.form, "code", max_length=64)
        return lookup(self.request, self.params[0], code)


def lookup(request, number, code):
    application, refusal = checked_query(request, number, code)
    return refusal if application is None else public_status(application)


def checked_query(request, number, code):
    """(application, None) for a right number and code; otherwise (None, the
    refusal as JSON) with the status set, a wrong code counting toward the
    hourly limit of failed queries."""
    return limited_lookup(
        request,
        client_address(request),
        lambda: find_with_code(number, code),
        NOT_FOUND,
    )


class ApplicationsPost(TraversingService):
    def reply(self):
        # A public endpoint without a session: nothing for a CSRF token to protect.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if self.params:
            return self.withdraw(data if isinstance(data, dict) else {})
        try:
            if is_staff_submission(data):
                application, code = submit_by_staff(data)
            else:
                application, code = submit_online(data, self.request)
        except Invalid as error:
            self.request.response.setStatus(400)
            return {
                "type": "BadRequest",
                "message": "申请未提交，请改正以下问题",
                "errors": error.errors,
            }
        except RateLimited as error:
            self.request.response.setStatus(429)
            return {"type": "TooManyRequests", "message": error.message}
        except Unauthorized as error:
            self.request.response.setStatus(403)
            return {"type": "Forbidden", "message": str(error)}
        self.request.response.setStatus(201)
        base = self.context.absolute_url()
        return {
            "tracking_number": application.tracking_number,
            "query_code": code,
            "received_on": application.received_on.isoformat(),
            "deadline": deadline_info(application),
            "status_url": f"{base}/@disclosure-applications/"
            f"{application.tracking_number}",
            "message": "申请已提交。请保存受理编号和查询码，凭其查询办理进度和答复。",
        }

    def withdraw(self, data):
        """申请人撤回: with number and code; the history keeps the reason."""
        if len(self.params) != 2 or self.params[1] != "withdraw":
            self.request.response.setStatus(404)
            return NOT_FOUND
        found = lookup(self.request, self.params[0], data.get("code"))
        if self.request.response.getStatus() != 200:
            return found
        application = find_with_code(self.params[0], data.get("code"))
        if api.content.get_state(application) not in WITHDRAWABLE:
            self.request.response.setStatus(409)
            return {"type": "Conflict", "message": "申请已办结，不能撤回"}
        reason = str(data.get("reason") or "").strip()[:500] or "未说明理由"
        workflow = api.portal.get_tool("portal_workflow")
        # The applicant has no account: the code entitles them to this one
        # transition, recorded with the actor "applicant".
        previous = getSecurityManager()
        acl_users = api.portal.get_tool("acl_users")
        newSecurityManager(
            None, Applicant(APPLICANT, "", ["Manager"], []).__of__(acl_users)
        )
        try:
            workflow.doActionFor(
                application, "withdraw", comment=f"申请人撤回：{reason}"
            )
        finally:
            setSecurityManager(previous)
        return public_status(application)


class ApplicationStatistics(Service):
    """``GET <unit>/@disclosure-statistics?year=2026``: table 3 for the handlers."""

    def reply(self):
        from zwgk.applications.intake import today
        from zwgk.applications.report import table3_report

        try:
            year = whole_number(
                self.request.form, "year", today().year, low=1950, high=2199
            )
        except BadParameter:
            self.request.response.setStatus(400)
            return {"type": "BadRequest", "message": "年份应为四位数字"}
        return table3_report(self.context, year)
