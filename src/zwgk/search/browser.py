"""The citizens' search page (智能查询), ``@@search`` on the zwgk layer.

A plain GET form and plain links: every state (text, facets, sort, page)
is in the query string, so a search can be bookmarked and shared and the
page works without JavaScript.
"""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from pathlib import Path
from plone import api
from plone.memoize.instance import memoize
from Products.Five import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate
from zwgk import _
from zwgk.fragments import fragment
from zwgk.search.handler import DATE
from zwgk.search.handler import FACET_KEYS
from zwgk.search.handler import RELEVANCE
from zwgk.search.handler import TEXT
from zwgk.search.handler import SearchQuery
from zwgk.search.handler import first_number
from zwgk.search.handler import pages
from zwgk.search.handler import search
from zwgk.search.handler import term_titles


SORT_LABELS = ((RELEVANCE, _("Relevance")), (DATE, _("Date")))
TEMPLATES = Path(__file__).parent / "templates"
# what a result shows under its title, in this order
FACT_LABELS = {
    "index_number": _("label_index_number", default="Index number"),
    "date": _("label_publication_date", default="Date published"),
    "unit": _("label_unit", default="Unit"),
    "type": _("label_type", default="Type"),
}
# 20 results and tens of facet links: fragments (see fragments.py)
RESULTS = fragment(TEMPLATES / "search_results.pt")
FACETS = fragment(TEMPLATES / "search_facets.pt")
WINDOW = 3  # page links either side of the current one


def day(value):
    """YYYY-MM-DD of a date, a datetime or a Zope DateTime; '' if unset."""
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    # catalog metadata may be Missing.Value, which answers every attribute;
    # Plone's "no date" for effective is the 1969-12-31 floor
    if isinstance(value, DateTime) and value.year() >= 1970:
        return value.strftime("%Y-%m-%d")
    return ""


class SearchView(BrowserView):
    def __call__(self):
        self.query = SearchQuery(self.request.form)
        self.total, self.brains, self.facets = search(self.query)
        self.pages = pages(self.query, self.total)
        return self.index()

    @property
    def text(self):
        return self.query.text

    def url(self, **changes):
        base = f"{self.context.absolute_url()}/@@{self.__name__}"
        params = self.query.params(**changes)
        return f"{base}?{urlencode(params)}" if params else base

    def hidden_filters(self):
        """(name, value) of the selected facets, kept when the text changes."""
        return [(k, v) for k, values in self.query.filters.items() for v in values]

    @memoize
    def results(self):
        catalog = api.portal.get_tool("portal_catalog")
        units = catalog._catalog.getIndex("org_unit")
        unit_of = {
            b.getRID(): units.getEntryForObject(b.getRID(), default=None)
            for b in self.brains
        }
        unit_titles = term_titles("unit", {u for u in unit_of.values() if u})
        type_titles = term_titles("type", {b.portal_type for b in self.brains})
        return [
            {
                "title": brain.Title or brain.getId,
                "url": brain.getURL(),
                "description": brain.Description,
                "type": type_titles.get(brain.portal_type, brain.portal_type),
                "index_number": brain.index_number or "",
                "date": day(brain.publication_date) or day(brain.effective),
                "unit": brain.publisher or unit_titles.get(unit_of[brain.getRID()], ""),
            }
            for brain in self.brains
        ]

    def facet_links(self):
        """Facets with a toggle link per value (selecting resets the page)."""
        facets = []
        for facet in self.facets:
            if not facet["values"]:
                continue
            chosen = self.query.filters.get(facet["name"], [])
            values = []
            for value in facet["values"]:
                others = [v for v in chosen if v != value["token"]]
                toggled = others if value["selected"] else [*chosen, value["token"]]
                values.append(
                    {**value, "url": self.url(**{facet["name"]: toggled, "page": 1})}
                )
            facets.append({**facet, "values": values})
        return facets

    def results_html(self):
        labels = {
            key: translate(label, context=self.request)
            for key, label in FACT_LABELS.items()
        }
        return RESULTS(results=self.results(), labels=labels, start=self.first_number())

    def facets_html(self):
        facets = [
            {**facet, "label": translate(facet["label"], context=self.request)}
            for facet in self.facet_links()
        ]
        return FACETS(facets=facets)

    def sort_links(self):
        return [
            {
                "label": label,
                "url": self.url(sort=key, page=1),
                "current": key == self.query.sort,
            }
            for key, label in SORT_LABELS
        ]

    def page_links(self):
        current = min(self.query.page, self.pages)
        low, high = max(1, current - WINDOW), min(self.pages, current + WINDOW)
        return [
            {"number": n, "url": self.url(page=n), "current": n == current}
            for n in range(low, high + 1)
        ]

    def previous_url(self):
        page = min(self.query.page, self.pages)
        return self.url(page=page - 1) if page > 1 else None

    def next_url(self):
        return (
            self.url(page=self.query.page + 1) if self.query.page < self.pages else None
        )

    def first_number(self):
        return first_number(self.query)

    def clear_url(self):
        return self.url(**{key: [] for key in FACET_KEYS}, page=1)

    @property
    def text_key(self):
        return TEXT
