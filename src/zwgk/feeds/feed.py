"""信息订阅: RSS 2.0 and JSON Feed 1.1 of newly published public information.

New-media accounts and aggregation platforms read the newest 主动公开
information and interpretations of the whole portal, of one unit, of one
area (公开领域) or of one type. The catalog is queried as the current user
and only for published content, so every reader gets what Anonymous gets
(that is what lets the feeds be cached in RAM for anonymous readers).
Everything comes from catalog metadata: no object is woken.
"""

from datetime import date
from datetime import datetime
from email.utils import format_datetime
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from xml.etree import ElementTree
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
from zwgk import _
from zwgk import parameters
from zwgk.codes import CHINA
from zwgk.codes import china_time
from zwgk.messages import chinese

import json


# 发布日期 is a calendar day in China: midnight Beijing time.
LIMIT = 50  # items when ``?limit=`` is not given
MAX_LIMIT = 200  # an aggregation platform catching up, not a dump of everything
TYPES = {
    "GovernmentInformation": _("Government information"),
    "PolicyInterpretation": _("Policy interpretation"),
}
RSS_TYPE = "application/rss+xml; charset=utf-8"
JSON_TYPE = "application/feed+json; charset=utf-8"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
NAMESPACES = {
    "atom": "http://www.w3.org/2005/Atom",
    "dc": "http://purl.org/dc/elements/1.1/",
}
for _prefix, _uri in NAMESPACES.items():
    ElementTree.register_namespace(_prefix, _uri)


class BadFeedParameter(parameters.BadParameter):
    """An unknown area or type, or a bad limit; the message is Chinese."""


def _areas(context):
    return getUtility(IVocabularyFactory, "zwgk.vocabularies.areas")(context)


def _has_token(vocabulary, token):
    try:
        vocabulary.getTermByToken(token)
    except LookupError:
        return False
    return True


def _when(value):
    """A timezone-aware datetime of 发布日期 (a date) or a Zope DateTime."""
    if not value:  # None or Missing.Value (no such metadata on the type)
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=CHINA)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=CHINA)
    if value.year() < 1980:  # Plone's "no effective date" floor
        return None
    return china_time(value)  # not asdatetime(): see china_time


class Feed:
    """The query and the items of one feed; ``context`` is a unit or the site."""

    def __init__(self, context, request):
        self.context = context
        self.request = request
        form = request.form
        self.area = parameters.text(form, "area")
        self.portal_type = parameters.text(form, "type")
        self.limit = self._limit(parameters.text(form, "limit", max_length=20))
        self._check()

    def _limit(self, value):
        if not value:
            return LIMIT
        # ASCII digits and short: "²" is a digit to isdigit(), not to int(),
        # and int() refuses 5,000 digits
        if value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_LIMIT:
            return int(value)
        raise BadFeedParameter(
            chinese(
                _(
                    "The number of items must be a whole number from 1 to ${max}.",
                    mapping={"max": MAX_LIMIT},
                )
            )
        )

    def _check(self):
        if self.area and not _has_token(_areas(self.context), self.area):
            raise BadFeedParameter(
                chinese(
                    _(
                        "Unknown disclosure area “${area}”.",
                        mapping={"area": self.area},
                    )
                )
            )
        if self.portal_type and self.portal_type not in TYPES:
            raise BadFeedParameter(
                chinese(
                    _(
                        "Unknown type “${type}”: use ${types}.",
                        mapping={"type": self.portal_type, "types": "、".join(TYPES)},
                    )
                )
            )

    @property
    def is_site(self):
        return IPloneSiteRoot.providedBy(self.context)

    def title(self):
        parts = [self.context.Title(), chinese(_("Government information disclosure"))]
        if self.area:
            parts.append(_areas(self.context).getTermByToken(self.area).title)
        if self.portal_type:
            parts.append(chinese(TYPES[self.portal_type]))
        return " · ".join(parts)

    def description(self):
        return chinese(_("Newly published proactively disclosed information."))

    def url(self, view):
        query = "&".join(
            f"{key}={value}"
            for key, value in (
                ("area", self.area),
                ("type", self.portal_type),
                ("limit", self.limit if self.limit != LIMIT else ""),
            )
            if value
        )
        url = f"{self.context.absolute_url()}/@@{view}"
        return f"{url}?{query}" if query else url

    def brains(self):
        catalog = api.portal.get_tool("portal_catalog")
        query = dict(
            portal_type=self.portal_type or list(TYPES),
            review_state="published",
            disclosure_attribute="proactive",
            sort_on="effective",
            sort_order="descending",
            sort_limit=self.limit,
        )
        if not self.is_site:
            query["path"] = "/".join(self.context.getPhysicalPath())
        if self.area:
            query["disclosure_area"] = self.area
        # searchResults filters by what the current user may view
        return catalog.searchResults(**query)[: self.limit]

    def _unit_titles(self):
        """path → title of every unit (机构), from the catalog."""
        catalog = api.portal.get_tool("portal_catalog")
        return {
            b.getPath(): b.Title for b in catalog.searchResults(portal_type="OrgUnit")
        }

    def items(self):
        """Plain dicts, shared by the RSS and JSON renderings."""
        units = self._unit_titles()
        areas = _areas(self.context)
        found = []
        for brain in self.brains():
            path = brain.getPath()
            unit = ""
            while "/" in path:
                path = path.rsplit("/", 1)[0]
                if path in units:
                    unit = units[path]
                    break
            area_tokens = [
                a for a in (brain.disclosure_area or ()) if _has_token(areas, a)
            ]
            published = (
                _when(brain.publication_date)
                or _when(brain.effective)
                or _when(brain.created)
            )
            found.append(
                {
                    "id": f"urn:uuid:{brain.UID}",
                    "url": brain.getURL(),
                    "title": brain.Title,
                    "description": brain.Description or "",
                    "published": published,
                    "unit": unit,
                    "publisher": brain.publisher or unit,
                    "index_number": brain.index_number or "",
                    "type": brain.portal_type,
                    "areas": [(t, areas.getTermByToken(t).title) for t in area_tokens],
                }
            )
        return found


def rss(feed):
    """RSS 2.0 (https://www.rssboard.org/rss-specification) as UTF-8 bytes."""
    items = feed.items()
    root = ElementTree.Element("rss", version="2.0")
    channel = ElementTree.SubElement(root, "channel")

    def add(parent, tag, text, **attributes):
        element = ElementTree.SubElement(parent, tag, attributes)
        element.text = text
        return element

    add(channel, "title", feed.title())
    add(channel, "link", feed.context.absolute_url())
    add(channel, "description", feed.description())
    add(channel, "language", "zh-cn")
    ElementTree.SubElement(
        channel,
        f"{{{NAMESPACES['atom']}}}link",
        href=feed.url("feed.rss"),
        rel="self",
        type="application/rss+xml",
    )
    dates = [i["published"] for i in items if i["published"]]
    if dates:
        add(channel, "lastBuildDate", format_datetime(max(dates)))
    for item in items:
        element = ElementTree.SubElement(channel, "item")
        add(element, "title", item["title"])
        add(element, "link", item["url"])
        add(element, "guid", item["id"], isPermaLink="false")
        if item["published"]:
            add(element, "pubDate", format_datetime(item["published"]))
        add(element, "description", item["description"])
        for token, title in item["areas"]:
            add(element, "category", title, domain=f"zwgk:area:{token}")
        if item["unit"]:
            add(element, f"{{{NAMESPACES['dc']}}}creator", item["unit"])
        if item["publisher"]:
            add(element, f"{{{NAMESPACES['dc']}}}publisher", item["publisher"])
        if item["index_number"]:
            add(element, f"{{{NAMESPACES['dc']}}}identifier", item["index_number"])
        add(element, f"{{{NAMESPACES['dc']}}}type", chinese(TYPES[item["type"]]))
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def json_feed(feed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as UTF-8 bytes."""
    items = []
    for item in feed.items():
        entry = {
            "id": item["id"],
            "url": item["url"],
            "title": item["title"],
            "content_text": item["description"] or item["title"],
            "summary": item["description"],
            "tags": [title for _token, title in item["areas"]],
            "_zwgk": {
                "index_number": item["index_number"],
                "unit": item["unit"],
                "publisher": item["publisher"],
                "type": item["type"],
                "areas": [token for token, _title in item["areas"]],
            },
        }
        if item["published"]:
            entry["date_published"] = item["published"].isoformat()
        if item["unit"]:
            entry["authors"] = [{"name": item["unit"]}]
        items.append(entry)
    document = {
        "version": JSON_FEED_VERSION,
        "title": feed.title(),
        "home_page_url": feed.context.absolute_url(),
        "feed_url": feed.url("feed.json"),
        "description": feed.description(),
        "language": "zh-CN",
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
