"""Staff pages of 政务舆情 (no public page: 舆情 are the office's and the
units' business only).

``@@opinion-list`` (on the site for the office, on a unit for its staff):
each open transfer order and where each unit stands. ``@@opinion-order``
(an order's default view): its deadlines per unit with their rule, the
unit's report form, the office's 采纳 / 退回 and 催办 / 督办 / 通报.
"""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zwgk.applications.validation import Invalid
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.public_opinion import terms
from zwgk.public_opinion.access import FOLDER_ID
from zwgk.public_opinion.access import is_office
from zwgk.public_opinion.access import units_of_user
from zwgk.public_opinion.lists import rows
from zwgk.public_opinion.reports import escalate
from zwgk.public_opinion.reports import order_status
from zwgk.public_opinion.reports import review
from zwgk.public_opinion.reports import submit_report

import transaction


class OpinionList(BrowserView):
    def rows(self):
        unit = self.context.UID() if IOrgUnit.providedBy(self.context) else None
        return rows(unit)

    def office(self):
        return is_office(self.context)

    def add_url(self):
        return f"{api.portal.get().absolute_url()}/{FOLDER_ID}"


class OrderView(BrowserView):
    message = ""
    done = ""

    def __call__(self):
        self.message, self.done = "", ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.act()
        return self.index()

    def act(self):
        form = self.request.form
        action, unit = form.get("action"), form.get("unit", "")
        try:
            if action == "report" and unit in units_of_user(self.context):
                submit_report(self.context, unit, form)
                self.done = "反馈已提交，等待公开办审核"
            elif action in ("accept", "return") and is_office(self.context):
                review(self.context, unit, action == "accept", form.get("comment"))
                self.done = "已采纳" if action == "accept" else "已退回"
            elif action == "escalate" and is_office(self.context):
                entry = escalate(
                    self.context, unit, int(form.get("level") or 0), form.get("note")
                )
                self.done = f"已记录{entry['title']}"
            else:
                self.message = "不能执行该操作"
                self.request.response.setStatus(403)
        except (Invalid, ValueError) as error:
            transaction.doom()
            errors = getattr(error, "errors", None)
            self.message = "；".join(errors.values()) if errors else "输入有误"
            self.request.response.setStatus(400)

    def event(self):
        event = self.context.__parent__
        return {
            "title": event.Title(),
            "url": event.absolute_url(),
            "source": terms.title(terms.SOURCES, event.source),
            "grade": terms.title(terms.GRADES, event.grade),
            "first_seen": event.first_seen_aware().strftime("%Y-%m-%d %H:%M"),
            "summary": event.summary,
            "links": event.links or (),
            "reference": event.superior_reference or "",
        }

    def units(self):
        return order_status(self.context)

    def mine(self):
        return units_of_user(self.context)

    def office(self):
        return is_office(self.context)

    def response_ways(self):
        return terms.RESPONSE_WAYS

    def escalation_levels(self, status):
        return [
            (level, title)
            for level, title in terms.ESCALATIONS
            if status["escalation_recorded"] < level <= status["escalation_due"]
        ]

    def log(self):
        titles = {
            "report": "反馈",
            "accept": "采纳",
            "return": "退回",
            "escalate": "催办记录",
        }
        return [
            {**e, "title": e.get("title") or titles.get(e["action"], e["action"])}
            for e in getattr(self.context, "log", ()) or ()
        ]
