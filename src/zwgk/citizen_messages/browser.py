"""Portal pages of 网民留言.

Writers: ``@@leave-message`` (the form: no account, CSRF token, honeypot,
the REST service's checks and limits) and ``@@message-status`` (number +
query code: progress, answer, rating). Everyone: ``@@published-messages``,
the 互动交流 section's list of published messages (question and answer, no
personal data). Staff: ``@@message-list`` (on the site for the office, on a
unit for its staff), ``@@message-statistics`` and ``@@handle-message`` on a
message (the transitions with the fields each needs).
"""

from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five import BrowserView
from zwgk.applications.ratelimit import QUERIES
from zwgk.applications.ratelimit import QUERY_FAILURES_PER_HOUR
from zwgk.citizen_messages import terms
from zwgk.citizen_messages.handling import transition
from zwgk.citizen_messages.intake import find_with_code
from zwgk.citizen_messages.intake import today
from zwgk.citizen_messages.lists import STATE_TITLES
from zwgk.citizen_messages.lists import grouped
from zwgk.citizen_messages.lists import staff_rows
from zwgk.citizen_messages.lists import statistics
from zwgk.citizen_messages.public import HONEYPOT
from zwgk.citizen_messages.public import RateLimited
from zwgk.citizen_messages.public import client_address
from zwgk.citizen_messages.public import public_entry
from zwgk.citizen_messages.public import public_status
from zwgk.citizen_messages.public import published_brains
from zwgk.citizen_messages.public import rate
from zwgk.citizen_messages.public import submit_online
from zwgk.citizen_messages.validation import FIELDS
from zwgk.citizen_messages.validation import Invalid
from zwgk.codes import CHINA
from zwgk.content_types.org_unit import IOrgUnit

import transaction


PAGE_SIZE = 20


def site_url():
    return api.portal.get().absolute_url()


class LeaveMessageForm(BrowserView):
    """我要留言: the form, its errors per field, and the receipt."""

    errors = {}
    result = None
    message = ""

    def __call__(self):
        self.errors, self.result, self.message = {}, None, ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def handle(self):
        form = self.request.form
        data = {name: form.get(name, "") for name in FIELDS}
        data[HONEYPOT] = form.get(HONEYPOT, "")
        try:
            message, code = submit_online(data, self.request)
        except Invalid as error:
            self.errors = error.errors
            self.message = "留言未提交，请改正标出的问题"
            self.request.response.setStatus(400)
        except RateLimited as error:
            self.message = error.message
            self.request.response.setStatus(429)
        else:
            self.result = {
                "number": message.tracking_number,
                "code": code,
                "received_on": message.received_on.isoformat(),
            }

    def fields(self):
        """(name, label, required, widget, choices, value, error) in form order."""
        form = self.request.form if self.result is None else {}
        widgets = {"kind": "radio", "consent": "radio", "body": "textarea"}
        choices = {"kind": terms.KINDS, "consent": terms.CONSENT}
        for name, (label, required, max_length) in FIELDS.items():
            yield {
                "name": name,
                "label": label,
                "required": required,
                "max_length": max_length,
                "widget": widgets.get(name, "text"),
                "choices": choices.get(name, ()),
                "value": form.get(name, ""),
                "error": self.errors.get(name, ""),
                "help": HELP.get(name, ""),
            }

    def status_url(self):
        return f"{site_url()}/@@message-status"


HELP = {
    "name": "仅供办理人员联系，不公开",
    "contact": "仅供办理人员联系，不公开",
    "body": "请写明事项、地点和诉求，5至2000字；请勿填写身份证号等个人信息",
    "consent": "同意后，留言和答复可在互动交流栏目公开，姓名和联系方式不公开",
}


class StatusPage(BrowserView):
    """留言查询: progress and answer with number and query code; the rating."""

    found = None
    message = ""
    rated = False

    def __call__(self):
        self.found, self.message, self.rated = None, "", False
        form = self.request.form
        number, code = form.get("number", ""), form.get("code", "")
        if number or code:
            client = client_address(self.request)
            if not QUERIES.would_allow(client, QUERY_FAILURES_PER_HOUR):
                self.message = "查询失败次数过多，请一小时后再试"
                self.request.response.setStatus(429)
                return self.index()
            found = find_with_code(number, code)
            if found is None:
                QUERIES.allow(client, QUERY_FAILURES_PER_HOUR)
                self.message = "留言编号或查询码不正确"
                self.request.response.setStatus(404)
                return self.index()
            if self.request.method == "POST" and form.get("rating"):
                CheckAuthenticator(self.request)
                try:
                    rate(found, form.get("rating"), form.get("rating_comment", ""))
                    self.rated = True
                except Invalid as error:
                    self.message = "；".join(error.errors.values())
                    self.request.response.setStatus(400)
            self.found = public_status(found)
        return self.index()

    def ratings(self):
        return terms.RATINGS


class PublishedMessages(BrowserView):
    """互动交流: published messages, newest first, question and answer only."""

    def batch(self):
        start = str(self.request.form.get("b_start", "0"))
        return Batch(
            published_brains(), PAGE_SIZE, int(start) if start.isdigit() else 0
        )

    def entry(self, brain):
        return public_entry(brain._unrestrictedGetObject())

    def form_url(self):
        return f"{site_url()}/@@leave-message"

    def status_url(self):
        return f"{site_url()}/@@message-status"


class MessageList(BrowserView):
    """经办: open messages (待审看, 已逾期, 即将到期, 待审核答复, 办理中)."""

    def unit_uid(self):
        return self.context.UID() if IOrgUnit.providedBy(self.context) else None

    def groups(self):
        return grouped(staff_rows(self.unit_uid()))

    GROUPS = (
        ("screening", "待审看"),
        ("overdue", "已逾期"),
        ("due_soon", "即将到期"),
        ("reviewing", "待审核答复"),
        ("other", "其他办理中"),
    )


class Statistics(BrowserView):
    """办理统计 per unit for a year (``?year=2026``)."""

    def year(self):
        try:
            return int(self.request.form.get("year") or today().year)
        except ValueError:
            return today().year

    def report(self):
        return statistics(self.year())


# transition: (fields it takes from the form, whether a comment is required)
ACTIONS = {
    "hand_over": (("unit",), False),
    "answer_directly": (("answer",), False),
    "close": (("closing_reason", "closing_note"), False),
    "reopen": ((), False),
    "hand_back": ((), True),
    "submit_answer": (("answer",), False),
    "return_answer": ((), True),
    "approve": (("answer",), False),
    "publish": ((), False),
    "unpublish": ((), False),
}


class HandleMessage(BrowserView):
    """办理: the message with what the current user may do next."""

    message = ""
    done = ""

    def __call__(self):
        self.message, self.done = "", ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.act(self.request.form.get("workflow_action", ""))
        return self.index()

    def act(self, action):
        if action not in ACTIONS or action not in self.available():
            self.message = "当前状态下不能执行该操作"
            self.request.response.setStatus(400)
            return
        names, _ = ACTIONS[action]
        form = self.request.form
        fields = {n: (form.get(n) or "").strip() or None for n in names if n in form}
        if len(fields.get("answer") or "") > 5000:
            self.message = "答复内容不能超过5000个字"
            self.request.response.setStatus(400)
            return
        try:
            transition(self.context, action, comment=form.get("comment", ""), **fields)
        except WorkflowException as error:
            transaction.doom()  # nothing of a refused step is saved
            self.message = str(error)
            self.request.response.setStatus(400)
            return
        self.done = TRANSITION_TITLES.get(action, action)

    def available(self):
        workflow = api.portal.get_tool("portal_workflow")
        return [t["id"] for t in workflow.getTransitionsFor(self.context)]

    def actions(self):
        return [
            {
                "id": tid,
                "title": TRANSITION_TITLES.get(tid, tid),
                "fields": ACTIONS.get(tid, ((), False))[0],
                "comment": ACTIONS.get(tid, ((), False))[1],
            }
            for tid in self.available()
        ]

    def state_title(self):
        return STATE_TITLES.get(api.content.get_state(self.context), "")

    def units(self):
        from zwgk.applications.intake import units

        return tuple(units().items())

    def closing_reasons(self):
        return terms.CLOSING_REASONS

    def kind(self):
        return terms.title(terms.KINDS, self.context.kind)

    def unit_title(self):
        from zwgk.citizen_messages.public import unit_title

        return unit_title(self.context)

    def history(self):
        workflow = api.portal.get_tool("portal_workflow")
        return [
            {
                "action": TRANSITION_TITLES.get(h.get("action"), h.get("action") or ""),
                "actor": h.get("actor", ""),
                "time": h["time"]
                .asdatetime()
                .astimezone(CHINA)
                .strftime("%Y-%m-%d %H:%M"),
                "comments": h.get("comments", ""),
            }
            for h in workflow.getHistoryOf("zwgk_message_workflow", self.context) or ()
            if h.get("action")
        ]

    def rating(self):
        return terms.title(terms.RATINGS, self.context.rating)


TRANSITION_TITLES = {
    "hand_over": "转交承办单位",
    "answer_directly": "直接答复",
    "close": "不予受理",
    "reopen": "重新审看",
    "hand_back": "退回公开办",
    "submit_answer": "提交答复",
    "return_answer": "退回修改",
    "approve": "审核通过",
    "publish": "公开",
    "unpublish": "取消公开",
}
