"""法定主动公开内容: proactive information by 第二十条 category or by area.

Without a choice the page shows every group with its newest entries and a
link to the whole group; ``?category=<token>`` or ``?area=<token>`` lists one
group page by page. Everything is a plain link: no JavaScript needed.
"""

from plone.batching import Batch
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
from zwgk import _
from zwgk.disclosure_column.browser.column import ColumnView
from zwgk.disclosure_column.browser.column import public_information
from zwgk.information.indexers import UNCLASSIFIED
from zwgk.parameters import text
from zwgk.parameters import whole_number


PREVIEW = 5
PAGE_SIZE = 20
# grouping -> (catalog index, vocabulary)
GROUPINGS = {
    "category": ("statutory_category", "zwgk.vocabularies.statutory_categories"),
    "area": ("disclosure_area", "zwgk.vocabularies.areas"),
}


class ProactiveView(ColumnView):
    current = "proactive"
    choices = (
        ("category", _("By Article 20 category")),
        ("area", _("By disclosure area")),
    )

    def groupings(self):
        """The two ways to group, as tabs (links)."""
        current = None if self.selected() else self.grouping()
        return [
            {
                "title": title,
                "url": f"{self.scope_url()}/@@proactive?by={name}",
                "current": name == current,
            }
            for name, title in self.choices
        ]

    def grouping(self):
        form = self.request.form
        if text(form, "area"):
            return "area"
        by = text(form, "by")
        return by if by in GROUPINGS else "category"

    def _terms(self, grouping):
        vocabulary = getUtility(IVocabularyFactory, GROUPINGS[grouping][1])(
            self.context
        )
        terms = [(term.token, term.title) for term in vocabulary]
        if grouping == "category":
            terms.append((UNCLASSIFIED, _("Not categorised")))
        return terms

    def _link(self, grouping, token):
        return f"{self.scope_url()}/@@proactive?{grouping}={token}"

    def groups(self):
        """Non-empty groups: title, count, newest entries, link to all."""
        grouping = self.grouping()
        index = GROUPINGS[grouping][0]
        found = []
        for token, title in self._terms(grouping):
            brains = public_information(
                self.context, sort_limit=PREVIEW, **{index: token}
            )
            count = brains.actual_result_count
            if count:
                found.append(
                    {
                        "title": title,
                        "count": count,
                        "rows": self.listing(brains[:PREVIEW]),
                        "url": self._link(grouping, token),
                        "more": count > PREVIEW,
                    }
                )
        return found

    def selected(self):
        """(grouping, token, title) of the group asked for, or None."""
        for grouping in GROUPINGS:
            token = text(self.request.form, grouping)
            if not token:
                continue
            for known, title in self._terms(grouping):
                if known == token:
                    return grouping, token, title
        return None

    def batch(self, selected):
        grouping, token, _title = selected
        brains = public_information(self.context, **{GROUPINGS[grouping][0]: token})
        start = whole_number(self.request.form, "b_start", 0, low=0)
        return Batch(brains, PAGE_SIZE, start)
