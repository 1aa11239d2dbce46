"""首页: the portal's home page, the site root's default view (``@@zwgk-home``).

Newest proactive disclosures (主动公开) with their 发布日期, newest policy
interpretations, decisions open for comment, and the entries citizens look
for first: 依申请公开, 办事服务 and the search box.
"""

from plone import api
from Products.Five import BrowserView
from zwgk.portal.frame import SEARCH_VIEW


LATEST = 8
# 公众参与 (its own issue): decisions open for comment will be this type;
# until it exists the query finds nothing and the page says so.
CONSULTATION_TYPE = "ParticipationItem"


def _published(brain):
    """When it went public: the effective date, else (never set) creation."""
    effective = brain.effective
    if effective is not None and effective.year() > 1970:  # 1969: the "unset" floor
        return effective
    return brain.created


def _date(value):
    """A date, datetime or Zope DateTime as YYYY-MM-DD ("" when unset)."""
    if not value:
        return ""
    if hasattr(value, "ISO8601"):  # Zope DateTime
        return value.ISO8601()[:10]
    return value.isoformat()[:10]


class HomeView(BrowserView):
    def portal_url(self):
        return api.portal.get().absolute_url()

    def search_url(self):
        return f"{self.portal_url()}/{SEARCH_VIEW}"

    def _entries(self, brains, date):
        return [
            {"title": b.Title, "url": b.getURL(), "date": _date(date(b))}
            for b in brains
        ]

    def disclosures(self):
        """Latest proactively disclosed, published information, newest first."""
        brains = api.content.find(
            portal_type="GovernmentInformation",
            review_state="published",
            disclosure_attribute="proactive",
            sort_on="publication_date",
            sort_order="descending",
            sort_limit=LATEST,
        )[:LATEST]
        return self._entries(brains, lambda b: b.publication_date or b.written_date)

    def interpretations(self):
        brains = api.content.find(
            portal_type="PolicyInterpretation",
            review_state="published",
            sort_on="effective",
            sort_order="descending",
            sort_limit=LATEST,
        )[:LATEST]
        return self._entries(brains, _published)

    def consultations(self):
        if CONSULTATION_TYPE not in api.portal.get_tool("portal_types"):
            return []
        brains = api.content.find(
            portal_type=CONSULTATION_TYPE,
            review_state="published",
            sort_on="effective",
            sort_order="descending",
            sort_limit=LATEST,
        )[:LATEST]
        return self._entries(brains, _published)

    def section_url(self, section_id, view=""):
        """A top section's URL (``view`` appended), or None if it is missing."""
        portal = api.portal.get()
        if section_id not in portal.objectIds():
            return None
        url = portal[section_id].absolute_url()
        return f"{url}/{view}" if view else url
