"""REST: ``GET <site>/@zwgk-facets``, the search's facets with counts.

Takes the page's query string (``SearchableText``, ``disclosure_area``,
``org_unit``, ``portal_type``, ``publication_year``, ``info_topic``,
``validity``; several values of one facet are alternatives) and answers
``{"total": n, "facets": [{"name", "title", "values": [{"token", "title",
"count", "selected"}]}]}`` with Chinese titles. Counts only what the caller
may see; each facet's counts ignore its own selection.
"""

from plone.restapi.services import Service
from zwgk.messages import chinese
from zwgk.search.handler import SearchQuery
from zwgk.search.handler import search


VALUE_KEYS = ("token", "title", "count", "selected")


class Facets(Service):
    def reply(self):
        query = SearchQuery(self.request.form)
        total, _page, facets = search(query)
        return {
            "@id": f"{self.context.absolute_url()}/@zwgk-facets",
            "total": total,
            "facets": [
                {
                    "name": facet["name"],
                    "title": chinese(facet["label"]),
                    "values": [
                        {
                            key: value[key]
                            for key in ("token", "title", "count", "selected")
                        }
                        for value in facet["values"]
                    ],
                }
                for facet in facets
            ],
        }
