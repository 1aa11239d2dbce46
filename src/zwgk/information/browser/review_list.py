"""Staff page 年度审查: information not proactively public, its last review,
and a form to record this year's review."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zwgk.index_numbers import owning_unit
from zwgk.information.withheld_review import DECISIONS
from zwgk.information.withheld_review import ReviewRefused
from zwgk.information.withheld_review import last_review
from zwgk.information.withheld_review import record_review
from zwgk.vocabularies.titles import term_title


class WithheldReviewView(BrowserView):
    """@@withheld-review on a unit, the 政务公开 section or the site."""

    decisions = DECISIONS
    errors = ()

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and form.get("uid"):
            CheckAuthenticator(self.request)
            self.errors = self.record(
                form["uid"], form.get("decision"), form.get("reason")
            )
            if not self.errors:
                api.portal.show_message("审查结论已记录", request=self.request)
                return self.request.response.redirect(
                    f"{self.context.absolute_url()}/@@withheld-review"
                )
        return self.index()

    def record(self, uid, decision, reason):
        info = api.content.get(UID=uid)
        if info is None or not api.user.has_permission(
            "Review portal content", obj=info
        ):
            return ["找不到该信息，或您无权审查"]
        try:
            record_review(info, decision, reason)
        except ReviewRefused as error:
            return [str(error)]
        return []

    def rows(self):
        path = "/".join(self.context.getPhysicalPath())
        rows = []
        for brain in api.content.find(
            path=path,
            portal_type="GovernmentInformation",
            disclosure_attribute=["withheld", "on-application"],
            sort_on="written_date",
        ):
            info = brain.getObject()
            unit = owning_unit(info)
            last = last_review(info)
            rows.append(
                {
                    "uid": brain.UID,
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "unit": unit.Title() if unit is not None else "",
                    "attribute": term_title(
                        "zwgk.vocabularies.attributes", info.disclosure_attribute, info
                    ),
                    "ground": term_title(
                        "zwgk.vocabularies.withholding_grounds",
                        info.withholding_ground,
                        info,
                    ),
                    "last": last,
                    "last_decision": DECISIONS.get(last["decision"]) if last else "",
                    "can_review": api.user.has_permission(
                        "Review portal content", obj=info
                    ),
                }
            )
        return sorted(rows, key=lambda r: r["unit"])
