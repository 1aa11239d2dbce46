"""Portal pages of 依申请公开.

Applicants: ``@@apply`` (the form; works without JavaScript, CSRF token,
honeypot, the same checks and limits as the REST service) and
``@@application-status`` (number + query code). Staff: ``@@register-application``
on a unit (in person, post, fax), ``@@application-list`` (open applications,
overdue and due soon first) and ``@@application-statistics`` (table 3).
"""

from AccessControl import Unauthorized
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zwgk.applications import terms
from zwgk.applications.clock import DUE_SOON
from zwgk.applications.clock import OVERDUE
from zwgk.applications.clock import PAUSED
from zwgk.applications.clock import status
from zwgk.applications.intake import find_with_code
from zwgk.applications.intake import today
from zwgk.applications.intake import units
from zwgk.applications.public import HONEYPOT
from zwgk.applications.public import RateLimited
from zwgk.applications.public import client_address
from zwgk.applications.public import submit_by_staff
from zwgk.applications.public import submit_online
from zwgk.applications.ratelimit import QUERIES
from zwgk.applications.ratelimit import QUERY_FAILURES_PER_HOUR
from zwgk.applications.report import applications
from zwgk.applications.report import table3_report
from zwgk.applications.status import CLOSED
from zwgk.applications.status import public_status
from zwgk.applications.status import state_title
from zwgk.applications.validation import FIELDS
from zwgk.applications.validation import Invalid
from zwgk.index_numbers import owning_unit
from zwgk.parameters import text
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


class ApplyForm(BrowserView):
    """申请公开: the form, its errors per field, and the receipt."""

    staff = False
    errors = {}
    result = None
    message = ""

    def __call__(self):
        self.errors, self.result, self.message = {}, None, ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def data(self):
        form = self.request.form
        data = {name: form.get(name, "") for name in FIELDS}
        data[HONEYPOT] = form.get(HONEYPOT, "")
        if self.staff:
            data["channel"] = form.get("channel") or terms.IN_PERSON
            data["received_on"] = form.get("received_on") or None
        return data

    def submit(self, data):
        return submit_online(data, self.request)

    def handle(self):
        try:
            application, code = self.submit(self.data())
        except Invalid as error:
            self.errors = error.errors
            self.message = "申请未提交，请改正标出的问题"
            self.request.response.setStatus(400)
        except RateLimited as error:
            self.message = error.message
            self.request.response.setStatus(429)
        else:
            self.result = {
                "number": application.tracking_number,
                "code": code,
                "received_on": application.received_on.isoformat(),
                "deadline": public_status(application)["deadline"],
            }

    def fields(self):
        """(name, label, required, widget, choices, value, error) in form order."""
        choices = {
            "applicant_type": terms.applicant_types(),
            "id_type": terms.ID_TYPES,
            "form": terms.FORMS,
            "delivery": terms.DELIVERIES,
            "unit": tuple(units().items()),
        }
        form = self.request.form if self.result is None else {}
        for name, (label, required, _max) in FIELDS.items():
            widget = "select" if name in choices else "text"
            if name == "information":
                widget = "textarea"
            yield {
                "name": name,
                "label": label,
                "required": required,
                "widget": widget,
                "choices": choices.get(name, ()),
                "value": form.get(name, ""),
                "error": self.errors.get(name, ""),
            }

    def channels(self):
        return [c for c in terms.CHANNELS if c[0] != terms.ONLINE]

    def status_url(self):
        return f"{api.portal.get().absolute_url()}/@@application-status"


class RegisterForm(ApplyForm):
    """登记 on a unit: an application that came in person, by post or by fax."""

    staff = True

    def data(self):
        data = super().data()
        data["unit"] = self.context.UID()
        data.pop(HONEYPOT, None)
        return data

    def submit(self, data):
        try:
            return submit_by_staff(data)
        except Unauthorized as error:
            raise Invalid({"unit": str(error)}) from None


class StatusPage(BrowserView):
    """申请查询: state, deadline and reply with number and query code."""

    found = None
    message = ""

    def __call__(self):
        self.found, self.message = None, ""
        form = self.request.form
        number, code = (
            text(form, "number", max_length=64),
            text(form, "code", max_length=64),
        )
        if number or code:
            client = client_address(self.request)
            if not QUERIES.would_allow(client, QUERY_FAILURES_PER_HOUR):
                self.message = "查询失败次数过多，请一小时后再试"
                self.request.response.setStatus(429)
            else:
                application = find_with_code(number, code)
                if application is None:
                    QUERIES.allow(client, QUERY_FAILURES_PER_HOUR)
                    self.message = "受理编号或查询码不正确"
                    self.request.response.setStatus(404)
                else:
                    self.found = public_status(application)
        return self.index()


LABELS = {OVERDUE: "已逾期", DUE_SOON: "即将到期", PAUSED: "计时暂停"}


class ApplicationList(BrowserView):
    """经办: the open applications below here, overdue and due soon first."""

    def rows(self):
        found, cal, day = [], calendar(), today()
        for application in applications(self.context):
            state = api.content.get_state(application)
            if state in CLOSED:
                continue
            unit = owning_unit(application)
            row = {
                "number": application.tracking_number,
                "url": application.absolute_url(),
                "unit": unit.Title() if unit is not None else "",
                "state": state_title(application, state),
                "received_on": application.received_on,
                "deadline": None,
                "status": "",
                "label": "",
                "lapsed": None,  # 第三方逾期未提出意见: the unit decides now
            }
            try:
                deadline = application.deadline(cal)
                row["deadline"] = deadline.day
                row["status"] = status(deadline, day, cal)
                row["lapsed"] = deadline.lapsed
            except CalendarNotCovered as error:
                row["label"] = str(error)
            row["label"] = row["label"] or LABELS.get(row["status"], "")
            found.append(row)
        order = {OVERDUE: 0, DUE_SOON: 1}
        return sorted(
            found,
            key=lambda r: (order.get(r["status"], 2), str(r["deadline"] or "9999")),
        )


class Statistics(BrowserView):
    """表三 for a year (``?year=2026``)."""

    def year(self):
        value = text(self.request.form, "year", max_length=20)
        if value.isascii() and value.isdigit() and 1949 < int(value) < 2200:
            return int(value)
        return today().year

    def report(self):
        return table3_report(self.context, self.year())
