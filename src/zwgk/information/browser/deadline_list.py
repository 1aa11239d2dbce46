"""Staff page: proactive information overdue or due within 5 working days."""

from plone import api
from Products.Five import BrowserView
from zwgk.codes import china_today
from zwgk.index_numbers import owning_unit
from zwgk.information.deadlines import DUE_SOON
from zwgk.information.deadlines import OVERDUE
from zwgk.information.deadlines import classify
from zwgk.working_days.settings import calendar


class DeadlinesView(BrowserView):
    """@@disclosure-deadlines on a unit, the 政务公开 section or the site."""

    def today(self):
        return china_today()

    def unpublished(self):
        path = "/".join(self.context.getPhysicalPath())
        brains = api.content.find(
            path=path,
            portal_type="GovernmentInformation",
            disclosure_attribute="proactive",
        )
        return [b.getObject() for b in brains if b.review_state != "published"]

    def rows(self):
        rows = []
        for pending in classify(self.unpublished(), calendar(), self.today()):
            unit = owning_unit(pending.info)
            rows.append(
                {
                    "title": pending.info.Title(),
                    "url": pending.info.absolute_url(),
                    "unit": unit.Title() if unit is not None else "",
                    "written": pending.info.written_date,
                    "deadline": pending.deadline.day if pending.deadline else None,
                    "item": pending.item.Title() if pending.item is not None else "",
                    "status": pending.status,
                    "overdue": pending.status == OVERDUE,
                    "due_soon": pending.status == DUE_SOON,
                    "problem": pending.problem,
                }
            )
        return rows
