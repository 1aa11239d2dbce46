"""信息订阅 views: ``@@feed.rss`` and ``@@feed.json`` on the site and on units,
and the ``<link rel="alternate">`` viewlet that lets readers discover them."""

from Acquisition import aq_inner
from html import escape
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five import BrowserView
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.feeds.feed import JSON_TYPE
from zwgk.feeds.feed import RSS_TYPE
from zwgk.feeds.feed import Feed
from zwgk.feeds.feed import json_feed
from zwgk.feeds.feed import rss
from zwgk.parameters import BadParameter


class FeedView(BrowserView):
    content_type = None
    render = None

    def __call__(self):
        response = self.request.response
        try:
            feed = Feed(self.context, self.request)
        except BadParameter as error:  # an unknown area, a repeated type…
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return str(error).encode("utf-8")
        response.setHeader("Content-Type", self.content_type)
        return type(self).render(feed)


class RssFeedView(FeedView):
    content_type = RSS_TYPE
    render = rss


class JsonFeedView(FeedView):
    content_type = JSON_TYPE
    render = json_feed


class FeedLinksViewlet(ViewletBase):
    """The site's feeds on every page; a unit's own feeds on its page."""

    def links(self):
        portal = api.portal.get()
        found = [(portal.Title(), portal.absolute_url())]
        context = aq_inner(self.context)
        if IOrgUnit.providedBy(context):
            found.append((context.Title(), context.absolute_url()))
        return [
            {"title": title, "href": f"{url}/@@{view}", "type": kind}
            for title, url in found
            for view, kind in (
                ("feed.rss", "application/rss+xml"),
                ("feed.json", "application/feed+json"),
            )
        ]

    def index(self):
        return "\n".join(
            f'<link rel="alternate" type="{link["type"]}" '
            f'title="{escape(link["title"])}" href="{escape(link["href"])}" />'
            for link in self.links()
        )
